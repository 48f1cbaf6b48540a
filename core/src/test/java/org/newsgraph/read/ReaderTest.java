package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small fixtures in src/test/resources/read, one test per format or rule. */
class ReaderTest {
  @TempDir Path tmp;

  // ---- formats ----

  @Test void plainTextWithBylineDatelineAndBoilerplate() {
    Article a = one("plain.txt");
    assertEquals("plain.txt", a.id());
    assertEquals("Harbour strike halts grain exports for a third day", a.title());
    assertEquals("By Jane Doe, Baltic Wire Service", a.byline());
    assertEquals("Baltic Wire Service", a.source(), "the outlet named after the author in the byline");
    assertEquals(LocalDate.of(2026, 3, 4), a.published(), "from the date line");
    assertEquals("RIGA", a.dateline());
    assertEquals("AP", a.metadata().get("agency"));
    assertTrue(a.body().startsWith("Dock workers at the port of Riga kept cranes idle on Wednesday, extending a strike"),
        "dateline removed and hard-wrapped lines joined: " + a.body());
    for (String gone : List.of("Advertisement", "Share this article", "Copyright", "RIGA", "By Jane Doe")) {
      assertFalse(a.body().contains(gone), gone);
    }
    assertEquals(3, a.body().split("\n\n").length, "paragraphs separated by one blank line");
    assertTrue(a.body().contains("\"We want a deal this week,\" a ministry spokeswoman said."));
  }

  @Test void markdownWithImageLinksAndUrlFooter() {
    Article a = one("markdown.md");
    assertEquals("Lakeside town votes to rebuild its flooded bridge", a.title());
    assertEquals("By Anna Berg", a.byline());
    assertEquals(LocalDate.of(2025, 11, 19), a.published());
    assertEquals("LINDVIK", a.dateline());
    assertEquals("https://www.lindvik-news.example/2025/11/19/town-votes-to-rebuild-bridge", a.url());
    assertEquals("lindvik-news.example", a.source(), "an unknown host stands for the outlet");
    assertEquals(List.of("Residents walk across a temporary footbridge in Lindvik on Nov. 18, 2025"), a.captions());
    assertTrue(a.body().startsWith("Councillors in the lakeside town of Lindvik voted on Tuesday"));
    assertTrue(a.body().contains("swept away, ending months of argument"), "emphasis markup removed");
    assertTrue(a.body().contains("work is due to start in April, with the regional government paying half."),
        "broken paragraph re-joined and link text kept: " + a.body());
    assertTrue(a.body().contains("\"We have waited long enough,\" said Mayor Erik Holm."), "block quote kept as text");
    for (String gone : List.of("Original url", "http", "commenting guidelines", "](", "**", "![")) {
      assertFalse(a.body().contains(gone), gone);
    }
  }

  @Test void captionsAreKeptOutButPresentTenseLedesStay() {
    Article a = one("caption.txt");
    assertEquals("Finance ministers meet to weigh a fuel tax for aid", a.title(), "bullet headline");
    assertEquals(1, a.captions().size());
    assertTrue(a.captions().get(0).startsWith("Finance Minister Laura Kask speaks during a news conference"));
    assertTrue(a.body().startsWith("Finance ministers meet on Thursday to discuss proposals"),
        "a present-tense lede without a photo date is no caption");
    assertFalse(a.body().contains("REUTERS/"));
  }

  @Test void fullHtmlPage() {
    Article a = one("page.html");
    assertEquals("Rail link reopens after ten years", a.title());
    assertEquals("The Northern Courier", a.source(), "og:site_name");
    assertEquals("https://www.northern-courier.example/news/rail-link-reopens", a.url(), "canonical link");
    assertEquals(LocalDate.of(2025, 6, 2), a.published(), "article:published_time");
    assertEquals("By Piet de Vries", a.byline());
    assertEquals("OLDENZAAL", a.dateline());
    assertEquals(List.of("The first train arrives at Oldenzaal station on Monday."), a.captions());
    assertEquals("Trains run again between two border towns.", a.metadata().get("description"));
    assertTrue(a.body().startsWith("Passenger trains ran between Oldenzaal and Bad Bentheim on Monday"), a.body());
    assertEquals(4, a.body().split("\n\n").length, a.body());
    for (String gone : List.of("Home", "Most read", "Storm warning", "Comments are closed", "©", "tracking",
        "Rail link reopens", "first train arrives")) {
      assertFalse(a.body().contains(gone), gone);
    }
  }

  @Test void htmlPageWithJsonLdAndCaptionElements() {
    Article a = one("jsonld.html");
    assertEquals("Drought forces water rationing in two provinces", a.title());
    assertEquals("Coastal Daily Post", a.source(), "JSON-LD publisher");
    assertEquals(LocalDate.of(2025, 8, 14), a.published(), "JSON-LD datePublished");
    assertEquals("https://coastal-post.example/2025/08/14/drought-rationing", a.url());
    assertEquals("By Maria Lopez", a.byline());
    assertEquals("SAN TELMO", a.dateline());
    assertEquals(List.of("A nearly empty reservoir near San Telmo is seen on Aug. 12, 2025."), a.captions());
    assertEquals("Authorities in two southern provinces ordered water rationing on Wednesday after the driest summer "
        + "in forty years left reservoirs at a fifth of their capacity.\n\nHouseholds will receive water for twelve "
        + "hours a day from Monday, the regional water board said, and farms must cut irrigation by a third.\n\n"
        + "Meteorologists expect little rain before October.", a.body());
  }

  @Test void htmlTitlesLoseTheSiteName() throws Exception {
    String body = "<body><p>The regional assembly approved a new budget on Monday after a week of debate.</p></body></html>";
    Path og = tmp.resolve("og.html");
    Files.writeString(og, "<html><head><meta property=\"og:site_name\" content=\"Valley Times\">"
        + "<meta property=\"og:title\" content=\"Assembly passes budget | Valley Times\"></head>" + body);
    assertEquals("Assembly passes budget", one(ReadOptions.defaults(), og.toString()).title());
    Path plain = tmp.resolve("title.html");
    Files.writeString(plain, "<html><head><title>Valley Times - Assembly passes budget after long debate</title></head>" + body);
    assertEquals("Assembly passes budget after long debate", one(ReadOptions.defaults(), plain.toString()).title());
  }

  @Test void htmlAuthorNamingAnOutletIsTheSource() throws Exception {
    Path page = tmp.resolve("wire.html");
    Files.writeString(page, "<html><head><meta name=\"author\" content=\"By Jane Doe, Reuters\">"
        + "<title>Assembly passes budget</title></head><body><p>The regional assembly approved a new budget on "
        + "Monday.</p><time datetime=\"2025-03-03T10:00\">3 March</time></body></html>");
    Article a = one(ReadOptions.defaults(), page.toString());
    assertEquals("By Jane Doe, Reuters", a.byline());
    assertEquals("Reuters", a.source());
    assertEquals(LocalDate.of(2025, 3, 3), a.published(), "the page's only <time>");
  }

  @Test void htmlFragment() {
    Article a = one("fragment.html");
    assertEquals("Museum returns looted masks", a.title());
    assertEquals("The city museum handed back three carved masks to a delegation from Benin on Friday, ending a "
        + "claim that had run for two decades.\n\nCurators said the masks would travel under guard.", a.body());
  }

  @Test void jsonLinesWithAliasesMetadataAndBadLines() {
    Result r = read(ReadOptions.defaults(), resource("articles.jsonl"));
    Map<String, Article> byId = new java.util.HashMap<>();
    r.articles.forEach(a -> byId.put(a.id(), a));
    assertEquals(List.of("wire-1", "42", "page-1", "articles.jsonl:4", "bad-date"),
        r.articles.stream().map(Article::id).toList(), "ids from id/doc_id, else file:line; order kept");

    Article wire = byId.get("wire-1");
    assertEquals("Port reopens after storm", wire.title());
    assertEquals("Reuters", wire.source());
    assertEquals("https://www.reuters.com/world/port-reopens", wire.url());
    assertEquals(LocalDate.of(2025, 2, 7), wire.published(), "ISO date-time");
    assertEquals("Ships returned to the port of Gdansk on Friday after a storm closed it for two days.\n\n"
        + "Officials said damage was light.", wire.body());
    assertEquals("World", wire.metadata().get("section"), "unknown fields kept");
    assertEquals("[\"ports\",\"weather\"]", wire.metadata().get("tags"));
    assertEquals(List.of("section", "tags", "language"), List.copyOf(wire.metadata().keySet()),
        "in input order, every run; the detected language last");
    assertEquals("en", wire.language());
    assertTrue(wire.path().endsWith("articles.jsonl:1"));

    Article council = byId.get("42");
    assertEquals("Daily Ledger", council.source(), "publisher alias");
    assertEquals(LocalDate.of(2025, 3, 3), council.published(), "publish_date alias");

    Article page = byId.get("page-1");
    assertEquals("Bridge opens", page.title(), "html used when text is absent");
    assertEquals(LocalDate.of(2025, 4, 1), page.published());
    assertEquals("Town Crier", page.source(), "the record's source wins over anything in the page");
    assertTrue(page.body().startsWith("A new bridge opened to traffic on Tuesday"));

    Article badDate = byId.get("bad-date");
    assertEquals("sometime soon", badDate.metadata().get("published"), "an unreadable date is kept as metadata");
    assertEquals(LocalDate.of(2014, 11, 19), badDate.published(), "then the URL path gives the date");
    assertEquals("The Moscow Times", badDate.source(), "known URL host");

    assertEquals(2, r.rejections.size(), r.rejections.toString());
    assertTrue(r.rejections.get(0).path().endsWith("articles.jsonl:5"));
    assertTrue(r.rejections.get(0).reason().startsWith("broken JSON"));
    assertFalse(r.rejections.get(0).toString().contains("\n"));
    assertTrue(r.rejections.get(1).path().endsWith("articles.jsonl:6"));
    assertTrue(r.rejections.get(1).reason().startsWith("no text"));
  }

  @Test void jsonArrayFile() throws Exception {
    Path file = tmp.resolve("batch.json");
    Files.writeString(file, "[\n {\"id\": \"x\", \"text\": \"First record text.\"},\n {\"text\": \"Second record text.\"}\n]\n");
    Result r = read(ReadOptions.defaults(), file.toString());
    assertEquals(List.of("x", "batch.json:2"), r.articles.stream().map(Article::id).toList());
    assertTrue(r.rejections.isEmpty());
  }

  @Test void jsonDatesAndUnusedAliases() {
    String lines = "{\"id\":\"e\",\"text\":\"Epoch seconds.\",\"published\":1416355200}\n"
        + "{\"id\":\"r\",\"text\":\"RFC 1123.\",\"date\":\"Wed, 19 Nov 2014 08:00:00 GMT\"}\n"
        + "{\"id\":\"a\",\"text\":\"Two titles.\",\"title\":\"Main\",\"headline\":\"Other\",\"source\":{\"name\":\"Wire\"}}\n"
        + "{\"id\":\"h\",\"content\":\"<p>First &amp; foremost.</p><p>Second <em>paragraph</em>.</p>\"}\n";
    Result r = new Result();
    new Reader(ReadOptions.defaults()).readJsonLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "s", r.articles::add, r.rejections::add);
    assertEquals(LocalDate.of(2014, 11, 19), r.articles.get(0).published());
    assertEquals(LocalDate.of(2014, 11, 19), r.articles.get(1).published());
    Article a = r.articles.get(2);
    assertEquals("Main", a.title());
    assertEquals("Two titles.", a.body());
    assertEquals("Other", a.metadata().get("headline"), "an alias not used is kept");
    assertEquals("Wire", a.source(), "source given as an object with a name");
    assertEquals("First & foremost.\n\nSecond paragraph.", r.articles.get(3).body(), "HTML in a text field");
  }

  @Test void stdinIsJsonLines() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(
          "{\"id\":\"s1\",\"text\":\"Read from standard input.\"}\n{oops\n".getBytes(StandardCharsets.UTF_8)));
      Result r = read(ReadOptions.defaults(), "-");
      assertEquals(List.of("s1"), r.articles.stream().map(Article::id).toList());
      assertEquals(List.of("-:2"), r.rejections.stream().map(Rejection::path).toList());
    } finally {
      System.setIn(saved);
    }
  }

  @Test void directoriesAreSortedRecursiveAndSkipHiddenFiles() {
    Result r = read(ReadOptions.defaults(), resource("folder"));
    assertEquals(List.of("a.md", "b.txt", "sub/c.txt"), r.articles.stream().map(Article::id).toList());
    assertEquals("First story", r.articles.get(0).title());
    assertTrue(r.rejections.isEmpty());
  }

  @Test void hiddenFilesAndFoldersAreSkipped() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("corpus"));
    Files.createDirectory(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config.txt"), "Not news\n\nA config file.\n");
    Files.writeString(dir.resolve(".draft.txt"), "Hidden draft\n\nNot ready.\n");
    Files.writeString(dir.resolve("story.txt"), "Visible story\n\nRead me.\n");
    Files.writeString(dir.resolve("README.md"), "# About this corpus\n\nTwelve stories.\n");
    Files.writeString(dir.resolve("LICENSE"), "Public domain\n\nDo what you like.\n");
    Result r = read(ReadOptions.defaults(), dir.toString());
    assertEquals(List.of("story.txt"), r.articles.stream().map(Article::id).toList(), "corpus notes skipped too");
    assertTrue(r.rejections.isEmpty());
    assertEquals(List.of("README.md"), read(ReadOptions.defaults(), dir.resolve("README.md").toString())
        .articles.stream().map(Article::id).toList(), "a note named directly is read");
  }

  @Test void symbolicLinkLoopsAreReadOnce() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("looped"));
    Files.writeString(dir.resolve("story.txt"), "Looped story\n\nRead once.\n");
    try {
      Files.createSymbolicLink(dir.resolve("again"), dir);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      return; // no symbolic links on this file system
    }
    Result r = read(ReadOptions.defaults(), dir.toString());
    assertEquals(List.of("story.txt"), r.articles.stream().map(Article::id).toList());
  }

  @Test void optionsFillGapsButNeverOverride() {
    ReadOptions opts = new ReadOptions(LocalDate.of(2000, 1, 1), "Given Outlet", ReadOptions.DEFAULT_MAX_BYTES);
    Article plain = one(opts, resource("plain.txt"));
    assertEquals(LocalDate.of(2026, 3, 4), plain.published());
    assertEquals("Baltic Wire Service", plain.source());
    Article bare = one(opts, resource("folder/b.txt"));
    assertEquals(LocalDate.of(2000, 1, 1), bare.published());
    assertEquals("Given Outlet", bare.source());
  }

  @Test void contentHashIsStableAndFollowsContent() throws Exception {
    assertEquals(one("plain.txt").contentHash(), one("plain.txt").contentHash());
    assertTrue(one("plain.txt").contentHash().matches("[0-9a-f]{64}"));
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    Files.writeString(a, "Title\n\nSame body.\n");
    Files.writeString(b, "Title\r\n\r\nSame   body.   \r\n\r\n\r\n");
    assertEquals(one(ReadOptions.defaults(), a.toString()).contentHash(), one(ReadOptions.defaults(), b.toString()).contentHash(),
        "hash over normalised text");
    Files.writeString(b, "Title\n\nOther body.\n");
    assertNotEquals(one(ReadOptions.defaults(), a.toString()).contentHash(), one(ReadOptions.defaults(), b.toString()).contentHash());
  }

  // ---- encodings ----

  @Test void utf8ByteOrderMarkIsStripped() throws Exception {
    Path file = tmp.resolve("bom.txt");
    byte[] text = "Headline here\n\nBody with “quotes” kept.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Files.write(file, bytes);
    Article a = one(ReadOptions.defaults(), file.toString());
    assertEquals("Headline here", a.title());
    assertEquals("Body with “quotes” kept.", a.body(), "typographic quotes stay as they are");
  }

  @Test void windows1252IsDecoded() throws Exception {
    Path file = tmp.resolve("legacy.txt");
    Files.write(file, "Caf\u00e9 owners protest\n\nThe owners said \u201cenough\u201d on Monday.\n"
        .getBytes("windows-1252"));
    Article a = one(ReadOptions.defaults(), file.toString());
    assertEquals("Café owners protest", a.title());
    assertEquals("The owners said “enough” on Monday.", a.body());
  }

  @Test void utf8WithStrayWindows1252BytesKeepsBoth() throws Exception {
    Path file = tmp.resolve("mixed.txt");
    byte[] head = "Zürich talks\n\nThe mayor said ".getBytes(StandardCharsets.UTF_8);
    byte[] quote = "\u201cyes\u201d".getBytes("windows-1252");
    byte[] tail = " in Zürich.\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + quote.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(quote, 0, all, head.length, quote.length);
    System.arraycopy(tail, 0, all, head.length + quote.length, tail.length);
    Files.write(file, all);
    Article a = one(ReadOptions.defaults(), file.toString());
    assertEquals("Zürich talks", a.title());
    assertEquals("The mayor said “yes” in Zürich.", a.body());
  }

  // ---- bad input: one rejection each, the rest goes on ----

  @Test void badInputsAreRejectedOneLineEachAndTheRestIsRead() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("bad"));
    Files.writeString(dir.resolve("00-good.txt"), "A good story\n\nIt has a body.\n");
    Files.write(dir.resolve("01-empty.txt"), new byte[0]);
    Files.write(dir.resolve("02-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(dir.resolve("03-undecodable.txt"), new byte[] {'A', 'b', 'c', ' ', (byte) 0x81, (byte) 0xC3, ' ', 'x'});
    Files.writeString(dir.resolve("04-broken.html"), "<html><body><div><script>var x = 1;</script><span>   </span>");
    Files.writeString(dir.resolve("05-notext.txt"), "Comments are closed.\n\nAdvertisement\n");
    Files.writeString(dir.resolve("06-blank.txt"), " \n\n\t\n");
    Files.writeString(dir.resolve("07-big.txt"), "Big story\n\n" + "word ".repeat(400));
    Files.writeString(dir.resolve("08-good.md"), "# Another good story\n\nWith a body too.\n");
    ReadOptions opts = new ReadOptions(null, null, 1000);
    Result r = read(opts, dir.toString(), tmp.resolve("missing.txt").toString());

    assertEquals(List.of("00-good.txt", "08-good.md"), r.articles.stream().map(Article::id).toList());
    Map<String, String> reasons = new java.util.LinkedHashMap<>();
    r.rejections.forEach(x -> reasons.put(Path.of(x.path()).getFileName().toString(), x.reason()));
    assertEquals(List.of("01-empty.txt", "02-binary.txt", "03-undecodable.txt", "04-broken.html", "05-notext.txt",
        "06-blank.txt", "07-big.txt", "missing.txt"), List.copyOf(reasons.keySet()));
    assertEquals("empty file", reasons.get("01-empty.txt"));
    assertTrue(reasons.get("02-binary.txt").startsWith("binary file"));
    assertTrue(reasons.get("03-undecodable.txt").startsWith("undecodable bytes"));
    assertTrue(reasons.get("04-broken.html").startsWith("broken HTML"));
    assertEquals("no article text", reasons.get("05-notext.txt"));
    assertTrue(reasons.get("06-blank.txt").startsWith("empty file"));
    assertTrue(reasons.get("07-big.txt").startsWith("file too large"));
    assertEquals("no such file or directory", reasons.get("missing.txt"));
    for (Rejection x : r.rejections) {
      assertFalse(x.toString().contains("\n"), "one line: " + x);
      assertTrue(x.toString().startsWith(x.path() + ": "));
    }
  }

  @Test void unreadableFileIsRejected() throws Exception {
    Path file = tmp.resolve("locked.txt");
    Files.writeString(file, "Locked\n\nCannot be read.\n");
    if (!file.toFile().setReadable(false) || Files.isReadable(file)) return; // running as root: nothing to test
    Result r = read(ReadOptions.defaults(), file.toString());
    assertEquals(1, r.rejections.size());
    assertTrue(r.rejections.get(0).reason().startsWith("cannot read"));
  }

  @Test void jsonLineTooLargeIsRejectedAlone() {
    String lines = "{\"id\":\"small\",\"text\":\"Short.\"}\n{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}\n"
        + "{\"id\":\"after\",\"text\":\"Still read.\"}\n";
    Result r = new Result();
    new Reader(new ReadOptions(null, null, 200)).readJsonLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "upload", r.articles::add, r.rejections::add);
    assertEquals(List.of("small", "after"), r.articles.stream().map(Article::id).toList());
    assertEquals("upload:2", r.rejections.get(0).path());
    assertTrue(r.rejections.get(0).reason().startsWith("line too large"));
  }

  @Test void emptyJsonLinesFileIsRejected() throws Exception {
    Path file = tmp.resolve("none.jsonl");
    Files.writeString(file, "\n\n");
    Result r = read(ReadOptions.defaults(), file.toString());
    assertTrue(r.articles.isEmpty());
    assertEquals("empty file", r.rejections.get(0).reason());
  }

  @Test void noTitleWhenTheFirstParagraphIsASentence() throws Exception {
    Path file = tmp.resolve("lede.txt");
    Files.writeString(file, "The council met on Monday.\n\nIt adjourned at noon.\n");
    Article a = one(ReadOptions.defaults(), file.toString());
    assertNull(a.title());
    assertEquals("The council met on Monday.\n\nIt adjourned at noon.", a.body());
  }

  // ---- helpers ----

  static final class Result {
    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
  }

  private static Result read(ReadOptions options, String... paths) {
    Result r = new Result();
    new Reader(options).read(List.of(paths), r.articles::add, r.rejections::add);
    return r;
  }

  private static Article one(String fixture) {
    return one(ReadOptions.defaults(), resource(fixture));
  }

  private static Article one(ReadOptions options, String path) {
    Result r = read(options, path);
    assertTrue(r.rejections.isEmpty(), r.rejections.toString());
    assertEquals(1, r.articles.size());
    return r.articles.get(0);
  }

  static String resource(String name) {
    try {
      return Path.of(ReaderTest.class.getResource("/read/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
