package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files read like the same pages as HTML; each article's language detected. */
class WarcAndLanguageTest {
  @TempDir Path tmp;

  static final String FRENCH = "Le Premier ministre a présenté mardi devant l'Assemblée nationale un projet de réforme "
      + "des retraites qui prévoit de relever l'âge légal de départ, provoquant la colère des syndicats qui "
      + "appellent à une grève nationale la semaine prochaine.";
  static final String GERMAN = "Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz zur Förderung der "
      + "erneuerbaren Energien beschlossen, das nach Angaben des Ministeriums im kommenden Jahr in Kraft treten soll.";

  private record Result(List<Article> articles, List<Rejection> rejections) {}

  private static Result read(String... paths) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    new Reader(ReadOptions.defaults()).read(List.of(paths), articles::add, rejections::add);
    return new Result(articles, rejections);
  }

  private static List<Path> samplePages() throws Exception {
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(Path.of("..", "samples"))) {
      files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    assertTrue(pages.size() >= 2, "bundled HTML samples: " + pages);
    return pages;
  }

  private void writeWarc(Path file, WarcCompression compression, List<Path> pages) throws Exception {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      Instant at = Instant.parse("2025-11-26T08:00:00Z");
      for (Path page : pages) {
        URI uri = URI.create("https://news.example.net/" + page.getFileName());
        w.write(new WarcRequest.Builder(uri).date(at)
            .body(new HttpRequest.Builder("GET", uri.getPath()).build()).build());
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, Files.readAllBytes(page)).build();
        w.write(new WarcResponse.Builder(uri).date(at).body(http).build());
      }
      // passed over: a redirect, an image, a 404
      w.write(new WarcResponse.Builder("https://news.example.net/old").date(at)
          .body(new HttpResponse.Builder(301, "Moved").addHeader("Location", "/new").build()).build());
      w.write(new WarcResponse.Builder("https://news.example.net/logo.png").date(at)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build()).build());
      w.write(new WarcResponse.Builder("https://news.example.net/gone").date(at)
          .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
              "<html><body><p>Not here</p></body></html>".getBytes(StandardCharsets.UTF_8)).build()).build());
    }
  }

  @Test void aWarcFileReadsLikeTheSamePagesAsHtml() throws Exception {
    List<Path> pages = samplePages();
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path warc = tmp.resolve(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
      writeWarc(warc, c, pages);
      Result fromWarc = read(warc.toString());
      Result fromHtml = read(pages.stream().map(Path::toString).toArray(String[]::new));
      assertEquals(List.of(), fromWarc.rejections(), c.toString());
      assertEquals(pages.size(), fromWarc.articles().size(), c + ": one article per HTML 200 response");
      for (int i = 0; i < pages.size(); i++) {
        Article w = fromWarc.articles().get(i), h = fromHtml.articles().get(i);
        assertEquals("https://news.example.net/" + pages.get(i).getFileName(), w.id(), "the record's URL is the id");
        assertEquals(h.title(), w.title());
        assertEquals(h.body(), w.body());
        assertEquals(h.byline(), w.byline());
        assertEquals(h.dateline(), w.dateline());
        assertEquals(h.published(), w.published(), "the page's own date wins over the capture day");
        assertEquals(h.captions(), w.captions());
        assertEquals("en", w.language());
        assertEquals("2025-11-26T08:00:00Z", w.metadata().get("captured"));
      }
      // the same file twice gives the same articles (stable ids and hashes: re-runs change nothing)
      assertEquals(fromWarc.articles(), read(warc.toString()).articles());
    }
  }

  @Test void aBrokenWarcIsOneClearRejection() throws Exception {
    Path bad = tmp.resolve("bad.warc");
    Files.writeString(bad, "WARC/1.0\r\nthis is not a record\r\n\r\n");
    Result r = read(bad.toString());
    assertEquals(0, r.articles().size());
    assertEquals(1, r.rejections().size(), r.rejections().toString());
    assertTrue(r.rejections().get(0).path().startsWith(bad.toString()), r.rejections().toString());
    assertTrue(r.rejections().get(0).reason().contains("not a readable WARC file"), r.rejections().toString());
  }

  @Test void languageIsDetectedFromTheText() throws Exception {
    Files.writeString(tmp.resolve("fr.txt"), "Réforme des retraites\n\n" + FRENCH + "\n");
    Files.writeString(tmp.resolve("de.txt"), "Neues Energiegesetz\n\n" + GERMAN + "\n");
    Files.writeString(tmp.resolve("en.txt"), "Talks resume\n\nRussian Foreign Minister Sergei Lavrov met his "
        + "Norwegian counterpart in Oslo on Monday and said both countries would resume talks on fishing quotas.\n");
    Files.writeString(tmp.resolve("short.txt"), "Oslo talks\n\nTalks resumed.\n");
    // an English template declaring lang="en" around French text: the text decides
    Files.writeString(tmp.resolve("page.html"), "<html lang=\"en\"><head><title>Réforme</title></head><body><article>"
        + "<h1>Réforme des retraites</h1><p>" + FRENCH + "</p></article></body></html>");
    Result r = read(tmp.toString());
    assertEquals(List.of(), r.rejections());
    java.util.Map<String, String> lang = new java.util.TreeMap<>();
    for (Article a : r.articles()) lang.put(a.id(), String.valueOf(a.language()));
    assertEquals(java.util.Map.of("de.txt", "de", "en.txt", "en", "fr.txt", "fr", "page.html", "fr",
        "short.txt", "null"), lang);
    for (Article a : r.articles()) assertEquals(!a.id().matches("(de|fr)\\.txt|page\\.html"), a.isEnglish(), a.id());
  }

  @Test void aLanguageTheInputStatesIsKept() {
    List<Article> articles = new ArrayList<>();
    String line = "{\"id\":\"x\",\"title\":\"T\",\"language\":\"es\",\"text\":\"" + GERMAN + "\"}\n";
    new Reader(ReadOptions.defaults()).readJsonLines(
        new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "in", articles::add, r -> {});
    assertEquals(1, articles.size());
    assertEquals("es", articles.get(0).language());
    assertNull(Language.shared().detect("Too short."));
  }
}
