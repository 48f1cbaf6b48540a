package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads articles from files, directories (recursively), JSON Lines, or {@code -} (JSON Lines on
 * standard input). Each input yields articles or a {@link Rejection}; one bad input never stops the rest.
 *
 * <p>Formats are told by extension and, for other names, by content: {@code .html/.htm/.xhtml}
 * (or text starting with {@code <!doctype html}, {@code <html}, {@code <head}, {@code <body},
 * {@code <p>}, {@code <div>}, {@code <article>}, {@code <h1>}) is
 * HTML; {@code .jsonl/.ndjson} and {@code .json} are JSON records (one per line; a {@code .json}
 * file may also hold one object or an array); {@code .warc} and {@code .warc.gz} web archives
 * (Common Crawl News) give one article per HTML response record, with its target URL as id and the
 * capture day filling a missing date; everything else is plain text or Markdown. Each article's
 * language is detected ({@link Language}) and kept in its metadata as {@code language}.
 * Directories are read in sorted order, skipping hidden files and folders and the notes that travel
 * with corpora (README, LICENSE, COPYING, NOTICE, CHANGELOG: only when found in a folder; named
 * directly they are read). JSON Lines files and standard input are streamed, and
 * {@link ReadOptions#maxBytes()} limits each line instead of the whole file.
 *
 * <p>What an article says of itself always wins; then the URL (date in its path, outlet from its
 * host); {@link ReadOptions#published()} and {@link ReadOptions#source()} only fill what is left.
 * A Reader holds no state between inputs and may be shared by threads.
 */
public final class Reader {
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  private static final Pattern CORPUS_NOTES =
      Pattern.compile("(?i)(readme|license|licence|copying|notice|changelog)(\\.[a-z]{1,8})?");

  private final ReadOptions options;
  private final Knowledge knowledge = Knowledge.shared();
  private final Copy copy = new Copy(knowledge);
  private final Html html = new Html(copy, knowledge);
  private final JsonArticles json;

  public Reader(ReadOptions options) {
    this.options = options == null ? ReadOptions.defaults() : options;
    this.json = new JsonArticles(copy, html, this.options.maxBytes());
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
      } catch (InvalidPathException e) {
        rejections.accept(new Rejection(p, "invalid path"));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(path, path, new HashSet<>(), articles, rejections);
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
    json.lines(in, name, name, target(articles, rejections));
  }

  // ---- files and folders ----

  private void walk(Path root, Path dir, Set<Path> seen, Consumer<Article> articles, Consumer<Rejection> rejections) {
    List<Path> entries = new ArrayList<>();
    try {
      if (!seen.add(dir.toRealPath())) return; // a symbolic link back into a folder already read
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path entry : stream) {
          String name = entry.getFileName().toString();
          if (name.startsWith(".") || CORPUS_NOTES.matcher(name).matches() && Files.isRegularFile(entry)) continue;
          entries.add(entry);
        }
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
        readFile(entry, root.relativize(entry).toString().replace('\\', '/'), articles, rejections);
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
      String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        Warc.read(path, where, options.maxBytes(), (page, failure) -> {
          if (failure != null) rejections.accept(new Rejection(page, failure));
        }, (uri, at, bytes, type, recordWhere) -> readPage(uri, recordWhere, uri, bytes, type,
            at == null ? null : at.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            at == null ? null : java.util.Map.of("captured", at.toString()), articles, rejections));
        return;
      }
      if (JSONL_EXTENSIONS.contains(ext)) {
        try (InputStream in = Files.newInputStream(path)) {
          json.lines(in, id, where, target(articles, rejections));
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
      read(id, where, ext, Files.readAllBytes(path), d -> {}, articles, rejections);
    } catch (IOException e) {
      rejections.accept(new Rejection(where, "cannot read: " + reason(e)));
    }
  }

  /**
   * Reads one fetched web page (a feed item, a WARC response record) as an article with id
   * {@code id}: HTML unless {@code contentType} says plain text. {@code url}, {@code published} and
   * {@code metadata} only fill what the page does not say of itself; {@code where} names it in rejections.
   */
  public void readPage(String id, String where, String url, byte[] bytes, String contentType, LocalDate published,
                       java.util.Map<String, String> metadata, Consumer<Article> articles, Consumer<Rejection> rejections) {
    if (bytes.length == 0) {
      rejections.accept(new Rejection(where, "empty page"));
      return;
    }
    if (bytes.length > options.maxBytes()) {
      rejections.accept(new Rejection(where, "page too large (" + bytes.length + " bytes, limit " + options.maxBytes() + ")"));
      return;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String ext = type.startsWith("text/plain") ? "txt" : type.startsWith("text/markdown") ? "md"
        : type.contains("json") ? "json" : "html";
    read(id, where, ext, bytes, d -> {
      d.url(url);
      d.published(published);
      if (metadata != null) metadata.forEach(d::meta);
    }, articles, rejections);
  }

  /** One file's bytes: decoded, its format told, read into articles or a rejection. */
  private void read(String id, String where, String ext, byte[] bytes, Consumer<Draft> fallback,
                    Consumer<Article> articles, Consumer<Rejection> rejections) {
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
    boolean isHtml = HTML_EXTENSIONS.contains(ext);
    if ("json".equals(ext) || !isHtml && head.startsWith("{") && JsonArticles.isJson(firstLine(head))) {
      json.file(text, id, where, target(articles, rejections));
      return;
    }
    Draft draft = new Draft();
    if (isHtml || looksLikeHtml(head)) {
      String failure = html.read(text, draft);
      if (failure != null) {
        rejections.accept(new Rejection(where, failure));
        return;
      }
    } else {
      copy.read(text, draft, true);
    }
    fallback.accept(draft);
    finish(id, where, draft, articles, rejections);
  }

  private JsonArticles.Target target(Consumer<Article> articles, Consumer<Rejection> rejections) {
    return new JsonArticles.Target() {
      @Override public void draft(String id, String where, Draft draft) {
        finish(id, where, draft, articles, rejections);
      }

      @Override public void reject(Rejection rejection) {
        rejections.accept(rejection);
      }
    };
  }

  // ---- the article ----

  /** Fills what the article did not say (URL date and host, then options) and hands it on. */
  private void finish(String id, String where, Draft d, Consumer<Article> articles, Consumer<Rejection> rejections) {
    if (d.body == null || d.body.isBlank()) {
      rejections.accept(new Rejection(where, "no article text"));
      return;
    }
    // the text's own language first; the page's declared one only when the text cannot tell
    d.meta("language", Language.shared().detect(d.title == null ? d.body : d.title + "\n" + d.body));
    String declared = d.metadata.get("lang");
    if (declared != null) d.meta("language", declared.replaceFirst("[-_].*", "").toLowerCase(Locale.ROOT));
    d.published(Dates.fromUrl(d.url));
    d.published(options.published());
    String host = host(d.url);
    d.source(knowledge.outletForHost(host));
    d.source(host == null ? null : host.replaceFirst("^www\\.", ""));
    d.source(d.agency);
    d.source(options.source());
    if (d.agency != null) d.meta("agency", d.agency);
    articles.accept(new Article(id, where, d.title, d.byline, d.source, d.url, d.published, d.dateline,
        d.body, d.captions, d.metadata, contentHash(d.title, d.body, d.url)));
  }

  /** SHA-256 (hex) over the normalised title, body and URL. */
  static String contentHash(String title, String body, String url) {
    String s = (title == null ? "" : title) + "\n" + body + "\n" + (url == null ? "" : url);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers ----

  private static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeHtml(String head) {
    String h = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head") || h.startsWith("<body")
        || h.startsWith("<?xml") && h.contains("<html") || h.matches("(?s)<(?:p|div|article|h1)[\\s>].*");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
