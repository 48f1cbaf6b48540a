package org.newsgraph.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Newsgraph;
import org.newsgraph.read.Article;
import org.newsgraph.read.Rejection;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Samples;

/**
 * The watcher against a local web site: an RSS feed, an Atom feed, a news sitemap behind a sitemap
 * index, robots.txt, a missing page, a slow page, an oversized page, a French page and a broken feed.
 */
class WatchTest {
  @TempDir Path dir;
  HttpServer server;
  String base;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  static String page(String title, String body) {
    return "<!doctype html><html><head><title>" + title + "</title>"
        + "<meta property=\"og:site_name\" content=\"Test Herald\"></head><body><nav>Home | World | Sport</nav>"
        + "<article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + "</p></article>"
        + "<footer>Copyright Test Herald</footer></body></html>";
  }

  static final String GOOD = "The harbour authority reopened the northern port on Friday after a storm had closed it for "
      + "two days, and officials said the damage to the piers was lighter than first feared.";
  static final String OTHER = "The city council approved a new budget for public transport on Monday, adding three bus "
      + "lines and extending the night service to the eastern districts of the city.";
  static final String FRENCH = "Le conseil municipal a adopté lundi un nouveau budget pour les transports publics, avec "
      + "trois lignes de bus supplémentaires et un service de nuit prolongé vers les quartiers de l'est.";

  @BeforeEach void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    serve("/news/port.html", "text/html; charset=utf-8", page("Port reopens after storm", GOOD));
    serve("/news/budget.html", "text/html; charset=utf-8", page("Council approves transport budget", OTHER));
    serve("/news/fr.html", "text/html; charset=utf-8", page("Budget des transports", FRENCH));
    serve("/private/secret.html", "text/html", page("Secret", GOOD));
    serve("/news/huge.html", "text/html", page("Huge", GOOD.repeat(2000)));
    server.createContext("/news/slow.html", x -> {
      count(x);
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "text/html", page("Slow", GOOD), Map.of());
    });
    server.createContext("/feed.rss", x -> {
      count(x);
      String etag = "\"v1\"";
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      send(x, 200, "application/rss+xml", rss(), Map.of("ETag", etag));
    });
    serve("/feed.atom", "application/atom+xml", atom());
    serve("/sitemap_index.xml", "application/xml", "<?xml version=\"1.0\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + base + "/news-sitemap.xml</loc></sitemap></sitemapindex>");
    serve("/news-sitemap.xml", "application/xml", "<?xml version=\"1.0\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + "<url><loc>" + base + "/news/budget.html</loc><news:news><news:publication><news:name>Test Herald</news:name>"
        + "<news:language>en</news:language></news:publication>"
        + "<news:publication_date>2025-03-03T09:00:00+01:00</news:publication_date>"
        + "<news:title>Council approves transport budget</news:title></news:news></url></urlset>");
    serve("/broken.rss", "application/rss+xml", "<html><body>this is not a feed</body></html>");
    server.start();
  }

  @AfterEach void stop() {
    server.stop(0);
  }

  String rss() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Herald</title><link>" + base + "/</link>"
        + item("/news/port.html", "Port reopens after storm", "Fri, 07 Feb 2025 08:30:00 +0100")
        + item("/news/port.html", "Port reopens after storm (again)", "Fri, 07 Feb 2025 08:30:00 +0100")
        + item("/news/fr.html", "Budget des transports", "Mon, 03 Mar 2025 10:00:00 +0100")
        + item("/news/missing.html", "Gone", "Mon, 03 Mar 2025 10:00:00 +0100")
        + item("/news/slow.html", "Slow", "Mon, 03 Mar 2025 10:00:00 +0100")
        + item("/news/huge.html", "Huge", "Mon, 03 Mar 2025 10:00:00 +0100")
        + item("/private/secret.html", "Secret", "Mon, 03 Mar 2025 10:00:00 +0100")
        + "</channel></rss>";
  }

  String item(String path, String title, String date) {
    return "<item><title>" + title + "</title><link>" + base + path + "</link><pubDate>" + date + "</pubDate></item>";
  }

  String atom() {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test Herald</title>"
        + "<id>urn:test</id><updated>2025-03-03T10:00:00Z</updated>"
        + "<entry><title>Council approves transport budget</title><id>urn:b</id>"
        + "<link href=\"" + base + "/news/budget.html\"/><updated>2025-03-03T10:00:00Z</updated></entry></feed>";
  }

  void serve(String path, String type, String body) {
    server.createContext(path, x -> {
      count(x);
      send(x, 200, type, body, Map.of());
    });
  }

  void count(HttpExchange x) {
    hits.computeIfAbsent(x.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
  }

  static void send(HttpExchange x, int status, String type, String body, Map<String, String> headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    headers.forEach((k, v) -> x.getResponseHeaders().set(k, v));
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  WatchOptions options() {
    return WatchOptions.defaults().withDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(1)).withMaxBytes(100_000);
  }

  static final class Rejections implements Newsgraph.Progress {
    final List<Rejection> all = new CopyOnWriteArrayList<>();

    @Override public void rejected(Rejection r) {
      all.add(r);
    }

    String reason(String idEnd) {
      return all.stream().filter(r -> r.path().endsWith(idEnd)).map(Rejection::reason).findFirst().orElse(null);
    }
  }

  @Test void pollsFeedsPolitelyStoresEachPageOnceAndSaysWhatFailed() {
    Samples.FakeEngine engine = new Samples.FakeEngine();
    List<String> sources = List.of(base + "/feed.rss", base + "/feed.atom", base + "/sitemap_index.xml",
        base + "/broken.rss", base + "/missing-feed.xml");
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), engine)) {
      Rejections first = new Rejections();
      Newsgraph.Summary s = ng.watch(sources, options(), 2, first);
      assertEquals(3, s.stored(), "port, French page, budget (announced by Atom and the news sitemap: once) " + first.all);
      assertEquals(1, s.notEnglish(), "the French page is stored, not coded");
      assertEquals(3, ng.store().count(Kind.ARTICLES));

      Article port = ng.store().article(base + "/news/port.html").orElseThrow();
      assertEquals("Port reopens after storm", port.title());
      assertTrue(port.body().startsWith("The harbour authority reopened"), port.body());
      assertFalse(port.body().contains("Copyright"), "boilerplate removed");
      assertEquals(java.time.LocalDate.of(2025, 2, 7), port.published(), "the feed's date when the page has none");
      assertEquals(base + "/feed.rss", port.metadata().get("feed"));
      assertEquals("2025-02-07T08:30+01:00", port.metadata().get("feed_published"), "the feed's zone kept");
      assertEquals("en", port.language());
      assertEquals("fr", ng.store().article(base + "/news/fr.html").orElseThrow().language());
      assertEquals(java.time.LocalDate.of(2025, 3, 3),
          ng.store().article(base + "/news/budget.html").orElseThrow().published());

      assertEquals("HTTP 404", first.reason("/news/missing.html"));
      assertTrue(first.reason("/news/slow.html").startsWith("timed out after 1"), first.reason("/news/slow.html"));
      assertTrue(first.reason("/news/huge.html").startsWith("too large"), first.reason("/news/huge.html"));
      assertEquals("disallowed by robots.txt", first.reason("/private/secret.html"));
      assertEquals(0, hits("/private/secret.html"), "robots.txt obeyed: never requested");
      assertTrue(first.reason("/broken.rss") != null, "a broken feed is named " + first.all);
      assertEquals("HTTP 404", first.reason("/missing-feed.xml"));
      assertEquals(1, hits("/news/port.html"), "announced twice, fetched once");
      assertEquals(1, hits("/robots.txt"), "robots.txt read once per site and round");
      assertEquals(3, engine.calls.get());

      // Second round: the slow page failed in a way worth retrying, so the RSS feed is polled in full
      // again (no conditional GET), yet stored pages are neither fetched nor stored again.
      Rejections second = new Rejections();
      Newsgraph.Summary again = ng.watch(sources, options(), 2, second);
      assertEquals(0, again.stored(), second.all.toString());
      assertEquals(3, ng.store().count(Kind.ARTICLES), "nothing duplicated");
      assertEquals(1, hits("/news/port.html"), "a stored page is not fetched again");
      assertEquals(3, engine.calls.get());
      assertTrue(second.reason("/news/slow.html") != null, "the retryable page is tried again");
    }
  }

  @Test void anUnchangedFeedCostsOneConditionalGet() {
    server.removeContext("/feed.rss");
    server.createContext("/feed.rss", x -> {
      count(x);
      if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      send(x, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
          + item("/news/port.html", "Port reopens after storm", "Fri, 07 Feb 2025 08:30:00 +0100")
          + "</channel></rss>", Map.of("ETag", "\"v1\""));
    });
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), new Samples.FakeEngine())) {
      assertEquals(1, ng.watch(List.of(base + "/feed.rss"), options(), 1, Newsgraph.Progress.NONE).stored());
    }
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), new Samples.FakeEngine())) { // validators kept in the store
      Rejections r = new Rejections();
      Newsgraph.Summary s = ng.watch(List.of(base + "/feed.rss"), options(), 1, r);
      assertEquals(0, s.stored());
      assertEquals(List.of(), r.all);
      assertEquals(2, hits("/feed.rss"));
      assertEquals(1, hits("/news/port.html"), "304: the page is not even looked up");
    }
  }

  /** serve --watch: one process writes and serves; after a round the page and API show what was stored. */
  @Test void aServerRefreshedAfterARoundShowsTheNewArticles() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), new Samples.FakeEngine());
         org.newsgraph.server.Server web = org.newsgraph.server.Server.start(ng.store(), ng.stories(), "127.0.0.1", 0)) {
      String api = "http://127.0.0.1:" + web.port() + "/api";
      java.util.function.Function<String, String> get = url -> {
        try {
          return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      };
      String storiesBefore = get.apply(api + "/stories");
      assertTrue(get.apply(api).contains("\"articles\":0"), get.apply(api));
      assertEquals(1, ng.watch(List.of(base + "/feed.atom"), options(), 1, Newsgraph.Progress.NONE).stored());
      web.refresh(ng.stories());
      assertTrue(get.apply(api).contains("\"articles\":1"), get.apply(api));
      String storiesAfter = get.apply(api + "/stories");
      assertFalse(storiesAfter.equals(storiesBefore), "the cached answer was dropped: " + storiesAfter);
      assertTrue(storiesAfter.contains("Council approves transport budget"), storiesAfter);
    }
  }
}
