package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph watch http://127.0.0.1:PORT/feed.xml --once --db X}, end to end with the real
 * engine: each feed item stored once, a bad item reported and skipped, a second run adds nothing.
 */
class WatchCommandTest {
  static final String PAGE = "<html><head><title>Russia and North Korea agree on rail link</title></head><body>"
      + "<article><h1>Russia and North Korea agree on rail link</h1>"
      + "<p>MOSCOW, Nov. 18 - Russian President Vladimir Putin met North Korean envoy Choe Ryong Hae in the Kremlin "
      + "on Tuesday, and the two sides agreed to expand a railway project, officials said.</p>"
      + "<p>Foreign Minister Sergei Lavrov said Moscow opposed a United Nations resolution on human rights.</p>"
      + "</article></body></html>";

  @Test void watchOnceStoresEachItemOnce(@TempDir Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>Rail link</title><link>" + base + "/a.html</link><pubDate>Tue, 18 Nov 2014 10:00:00 +0300</pubDate></item>"
        + "<item><title>Rail link</title><link>" + base + "/a.html</link></item>"
        + "<item><title>Gone</title><link>" + base + "/gone.html</link></item>"
        + "</channel></rss>";
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      String body = path.equals("/feed.xml") ? feed : path.equals("/a.html") ? PAGE : null;
      if (body == null) {
        x.sendResponseHeaders(404, -1);
        x.close();
        return;
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
      x.sendResponseHeaders(200, b.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    });
    server.start();
    try {
      Path db = dir.resolve("x.db");
      String[] args = {"watch", base + "/feed.xml", "--once", "--db", db.toString(), "--delay", "0s", "--threads", "1"};
      CliTest.Run first = CliTest.run(args);
      assertEquals(0, first.code(), first.err());
      assertTrue(first.out().contains(" 1 new articles stored, 0 already stored, 1 rejected"), first.out());
      assertTrue(first.err().contains(base + "/gone.html: HTTP 404"), first.err());
      CliTest.Run second = CliTest.run(args);
      assertEquals(0, second.code(), second.err());
      assertTrue(second.out().contains(" 0 new articles stored, 1 already stored"), second.out());
      try (Store store = Store.openReadOnly(db)) {
        assertEquals(1, store.count(Kind.ARTICLES));
        assertTrue(store.count(Kind.EVENTS) >= 1, "the page is event-coded");
        assertEquals("2014-11-18", String.valueOf(store.article(base + "/a.html").orElseThrow().published()));
      }
    } finally {
      server.stop(0);
    }
  }
}
