package org.newsgraph.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories (recursively), JSON Lines, or {@code -} (JSON Lines on
 * standard input). Each input yields articles or a {@link Rejection}; one bad input never stops the rest.
 *
 * <p>Formats are told by extension and, for other names, by content: {@code .html/.htm/.xhtml}
 * (or text starting with {@code <!doctype html}, {@code <html}, {@code <body}) is HTML;
 * {@code .jsonl/.ndjson} and {@code .json} are JSON records (one per line; a {@code .json} file may
 * also hold one object or an array); everything else is plain text or Markdown. Directories are
 * read in sorted order, skipping hidden files and folders and the notes that travel with corpora
 * (README, LICENSE, COPYING, NOTICE, CHANGELOG: only when found in a folder; named directly they
 * are read). JSON Lines files and standard input are
 * streamed, and {@link ReadOptions#maxBytes()} limits each line instead of the whole file.
 */
public final class Reader {
  // strict: "{...} trailing junk" is broken, and a file of several values is not one value
  private static final ObjectReader JSON = new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  private static final Map<String, List<String>> FIELDS = Map.of(
      "id", List.of("id", "doc_id"),
      "text", List.of("text", "body", "content"),
      "title", List.of("title", "headline"),
      "url", List.of("url", "link"),
      "published", List.of("published", "date", "publish_date"),
      "source", List.of("source", "outlet", "publisher"),
      "html", List.of("html"));

  private static final java.util.regex.Pattern CORPUS_NOTES =
      java.util.regex.Pattern.compile("(?i)(readme|license|licence|copying|notice|changelog)(\\.[a-z]{1,8})?");

  private final ReadOptions options;
  private final Knowledge knowledge = Knowledge.shared();
  private final Copy copy = new Copy(knowledge);
  private final Html html = new Html(copy, knowledge);

  public Reader(ReadOptions options) {
    this.options = options == null ? ReadOptions.defaults() : options;
  }

  /** Reads every path in order, streaming results to the two consumers. */
  public void read(List<String> paths, Consumer<Article> articles, Consumer<Rejection> rejections) {
    for (String p : paths) {
      if ("-".equals(p)) {
        readJsonLines(System.in, "-", articles, rejections);
        continue;
      }
      Path path;
      try {
        path = Path.of(p);
      } catch (java.nio.file.InvalidPathException e) {
        rejections.accept(new Rejection(p, "invalid path"));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(path, path, new java.util.HashSet<>(), articles, rejections);
      } else {
        Path name = path.getFileName();
        readFile(path, name == null ? p : name.toString(), articles, rejections);
      }
    }
  }

  /**
   * Reads JSON Lines from a stream (for {@code -}, uploads and tests); {@code name} stands for the
   * stream in ids ({@code name:line}) and rejections. The stream is read to its end, not closed.
   */
  public void readJsonLines(InputStream in, String name, Consumer<Article> articles, Consumer<Rejection> rejections) {
    readJsonLines(in, name, name, articles, rejections);
  }

  /** JSON Lines: ids fall back to {@code id:line}, paths and rejections say {@code where:line}. */
  private void readJsonLines(InputStream in, String id, String where, Consumer<Article> articles,
                             Consumer<Rejection> rejections) {
    var lines = new LineReader(in, options.maxBytes());
    int number = 0;
    int records = 0;
    try {
      byte[] line;
      while ((line = lines.next()) != null) {
        number++;
        String at = where + ":" + number;
        if (lines.tooLong) {
          records++;
          rejections.accept(new Rejection(at, "line too large (over " + options.maxBytes() + " bytes)"));
          continue;
        }
        if (isBlank(line)) continue;
        records++;
        Decoder.Result text = Decoder.decode(line);
        if (!text.ok()) {
          rejections.accept(new Rejection(at, text.failure().replace("file", "line")));
          continue;
        }
        jsonRecord(text.text(), id + ":" + number, at, articles, rejections);
      }
      if (records == 0) rejections.accept(new Rejection(where, "empty file"));
    } catch (IOException e) {
      rejections.accept(new Rejection(where, "cannot read: " + reason(e)));
    }
  }

  // ---- files and folders ----

  private void walk(Path root, Path dir, Set<Path> seen, Consumer<Article> articles, Consumer<Rejection> rejections) {
    try {
      if (!seen.add(dir.toRealPath())) return; // a symbolic link back into a folder already read
    } catch (IOException e) {
      rejections.accept(new Rejection(dir.toString(), "cannot read folder: " + reason(e)));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || CORPUS_NOTES.matcher(name).matches() && Files.isRegularFile(entry)) continue;
        entries.add(entry);
      }
    } catch (IOException e) {
      rejections.accept(new Rejection(dir.toString(), "cannot read folder: " + reason(e)));
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        walk(root, entry, seen, articles, rejections);
      } else if (Files.isRegularFile(entry)) {
        String id = root.relativize(entry).toString().replace('\\', '/');
        readFile(entry, id, articles, rejections);
      }
    }
  }

  private void readFile(Path path, String id, Consumer<Article> articles, Consumer<Rejection> rejections) {
    String where = path.toString();
    try {
      if (!Files.exists(path)) {
        rejections.accept(new Rejection(where, "no such file or directory"));
        return;
      }
      if (!Files.isRegularFile(path)) {
        rejections.accept(new Rejection(where, "not a regular file"));
        return;
      }
      String ext = extension(path);
      if (JSONL_EXTENSIONS.contains(ext)) {
        try (InputStream in = Files.newInputStream(path)) {
          readJsonLines(in, id, where, articles, rejections);
        }
        return;
      }
      long size = Files.size(path);
      if (size == 0) {
        rejections.accept(new Rejection(where, "empty file"));
        return;
      }
      if (size > options.maxBytes()) {
        rejections.accept(new Rejection(where, "file too large (" + size + " bytes, limit " + options.maxBytes() + ")"));
        return;
      }
      read(id, where, ext, Files.readAllBytes(path), articles, rejections);
    } catch (IOException e) {
      rejections.accept(new Rejection(where, "cannot read: " + reason(e)));
    }
  }

  /** One input's bytes: decoded, its format told, read into an article or a rejection. */
  private void read(String id, String where, String ext, byte[] bytes, Consumer<Article> articles,
                    Consumer<Rejection> rejections) {
    Decoder.Result decoded = Decoder.decode(bytes);
    if (!decoded.ok()) {
      rejections.accept(new Rejection(where, decoded.failure()));
      return;
    }
    String text = decoded.text();
    if (text.isBlank()) {
      rejections.accept(new Rejection(where, "empty file (only whitespace)"));
      return;
    }
    String head = text.stripLeading();
    if ("json".equals(ext) || !HTML_EXTENSIONS.contains(ext) && head.startsWith("{") && isJson(firstLine(head))) {
      jsonFile(text, id, where, articles, rejections);
      return;
    }
    Draft draft = new Draft();
    if (HTML_EXTENSIONS.contains(ext) || looksLikeHtml(head)) {
      String failure = html.read(text, draft);
      if (failure != null) {
        rejections.accept(new Rejection(where, failure));
        return;
      }
    } else {
      copy.read(text, draft, true);
    }
    finish(id, where, draft, articles, rejections);
  }

  /** A .json file: one object, an array of objects, or JSON Lines. */
  private void jsonFile(String text, String id, String where, Consumer<Article> articles, Consumer<Rejection> rejections) {
    JsonNode whole = null;
    try {
      whole = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      // not one JSON value: JSON Lines
    }
    if (whole != null && (whole.isArray() || whole.isObject())) {
      List<JsonNode> items = new ArrayList<>();
      if (whole.isArray()) whole.forEach(items::add);
      else items.add(whole);
      for (int i = 0; i < items.size(); i++) {
        String at = where + ":" + (i + 1);
        if (!items.get(i).isObject()) rejections.accept(new Rejection(at, "not a JSON object"));
        else jsonArticle((ObjectNode) items.get(i), id + ":" + (i + 1), at, articles, rejections);
      }
      return;
    }
    readJsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), id, where, articles, rejections);
  }

  // ---- JSON records ----

  private void jsonRecord(String line, String fallbackId, String where, Consumer<Article> articles,
                          Consumer<Rejection> rejections) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      rejections.accept(new Rejection(where, "broken JSON: " + shortMessage(e)));
      return;
    }
    if (node == null || !node.isObject()) {
      rejections.accept(new Rejection(where, "not a JSON object"));
      return;
    }
    jsonArticle((ObjectNode) node, fallbackId, where, articles, rejections);
  }

  private void jsonArticle(ObjectNode node, String fallbackId, String where,
                           Consumer<Article> articles, Consumer<Rejection> rejections) {
    Draft draft = new Draft();
    String id = field(node, "id");
    draft.title(field(node, "title"));
    draft.url(field(node, "url"));
    draft.source(field(node, "source"));
    String published = field(node, "published");
    draft.published(Dates.parse(published));
    if (published != null && draft.published == null) draft.meta("published", published);
    Set<String> known = new java.util.HashSet<>();
    FIELDS.values().forEach(known::addAll);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      if (known.contains(e.getKey()) || e.getValue().isNull()) continue;
      draft.meta(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
    }
    String text = field(node, "text");
    String page = field(node, "html");
    if (text != null && !text.isBlank()) {
      copy.read(text, draft, draft.title == null);
    } else if (page != null && !page.isBlank()) {
      String failure = html.read(page, draft);
      if (failure != null) {
        rejections.accept(new Rejection(where, failure));
        return;
      }
    } else {
      rejections.accept(new Rejection(where, "no text (none of text, body, content, html)"));
      return;
    }
    finish(id == null ? fallbackId : id, where, draft, articles, rejections);
  }

  /** The first present alias of a field, as text ({@code {"name": ...}} objects give their name). */
  private static String field(JsonNode node, String canonical) {
    for (String name : FIELDS.get(canonical)) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) continue;
      if (v.isObject() && v.has("name")) v = v.get("name");
      String s = v.isValueNode() ? v.asText() : v.toString();
      if (!s.isBlank()) return s;
    }
    return null;
  }

  // ---- the article ----

  /** Fills what the article did not say (URL date, host, options) and hands it on. */
  private void finish(String id, String where, Draft d, Consumer<Article> articles, Consumer<Rejection> rejections) {
    if (d.body == null || d.body.isBlank()) {
      rejections.accept(new Rejection(where, "no article text"));
      return;
    }
    d.published(Dates.fromUrl(d.url));
    d.published(options.published());
    String host = host(d.url);
    d.source(knowledge.outletForHost(host));
    d.source(host == null ? null : host.replaceFirst("^www\\.", ""));
    d.source(d.agency);
    d.source(options.source());
    if (d.agency != null) d.meta("agency", d.agency);
    String hash = sha256((d.title == null ? "" : d.title) + "\n" + d.body + "\n" + (d.url == null ? "" : d.url));
    articles.accept(new Article(id, where, d.title, d.byline, d.source, d.url, d.published, d.dateline,
        d.body, d.captions, d.metadata, hash));
  }

  // ---- helpers ----

  private static String host(String url) {
    if (url == null) return null;
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeHtml(String head) {
    String h = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<body")
        || h.startsWith("<?xml") && h.contains("<html") || h.startsWith("<head");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static boolean isJson(String line) {
    try {
      JSON.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
    return true;
  }

  /** Jackson's message without its location appendix, on one line. */
  private static String shortMessage(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    for (String cut : new String[] {"\n", " (start marker", " at [Source"}) {
      int i = m.indexOf(cut);
      if (i > 0) m = m.substring(0, i);
    }
    return m.strip();
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Lines of a byte stream; a line longer than the limit is skipped to its end and flagged. */
  private static final class LineReader {
    private final InputStream in;
    private final long limit;
    boolean tooLong;

    LineReader(InputStream in, long limit) {
      this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
      this.limit = limit;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      tooLong = false;
      long length = 0;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') break;
        if (++length > limit) tooLong = true;
        else line.write(b);
      }
      if (!any) return null;
      return line.toByteArray();
    }
  }
}
