package org.newsgraph.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.read.Article;

/**
 * Test helpers: annotated Documents cached as JSON Lines under the build folder (so the coder can be
 * iterated on without re-running CoreNLP), the seed articles, and the shared folder.
 */
final class Docs {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Docs() {}

  /** /work/shared, or what Surefire passes as ng.shared. */
  static Path shared() {
    return Paths.get(System.getProperty("ng.shared", "/work/shared"));
  }

  /** The build folder (target or the -Dng.build one): parent of test-classes. */
  static Path buildDir() {
    try {
      Path classes = Paths.get(Docs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Article article(String id, String body, LocalDate published) {
    return new Article(id, id, null, null, null, null, published, null, body, List.of(), Map.of(), null);
  }

  /** The documents of {@code articles}, annotated once and cached in {@code <build>/doc-cache/<name>.jsonl}. */
  static List<Document> annotated(String name, List<Article> articles) {
    Path file = buildDir().resolve("doc-cache").resolve(name + "-" + key(articles) + ".jsonl");
    try {
      if (Files.isRegularFile(file)) {
        List<Document> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) out.add(JSON.readValue(line, Document.class));
        }
        if (out.size() == articles.size()) return out;
      }
      Files.createDirectories(file.getParent());
      Annotator annotator = Annotator.shared();
      List<Document> out = new ArrayList<>();
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (Article a : articles) {
          Document d = annotator.annotate(a);
          out.add(d);
          w.write(JSON.writeValueAsString(d));
          w.write('\n');
        }
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(List<Article> articles) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Article a : articles) {
        md.update((a.id() + "\u0000" + a.published() + "\u0000" + a.body() + "\u0001").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Multi-CoPED quad-class sentences: text → label. */
  static List<Map.Entry<String, Integer>> multicoped() throws IOException {
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    for (String line : Files.readAllLines(shared().resolve("eval/multicoped/quadclass-train.tsv"))) {
      int tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      out.add(Map.entry(line.substring(0, tab).trim(), Integer.parseInt(line.substring(tab + 1).trim())));
    }
    return out;
  }

  private static final Map<String, LocalDate> SEED_DATES = Map.of(
      "000_c156ba7cf3c6e1e6.txt", LocalDate.of(2014, 11, 19),
      "003_3d0d90c2bc71a833.txt", LocalDate.of(2014, 11, 20));

  /**
   * A seed article's body, cleaned test-side the way the reader does (title, byline, date line, photo
   * caption, boilerplate and the "Original url" tail dropped; a paragraph broken mid-sentence joined).
   * The coder's tests must not depend on the reader being finished.
   */
  static Article seed(String name) throws IOException {
    String raw = Files.readString(shared().resolve("seeds").resolve(name), StandardCharsets.UTF_8);
    int url = raw.indexOf("Original url");
    if (url >= 0) raw = raw.substring(0, url);
    List<String> paras = new ArrayList<>();
    for (String p : raw.split("\\n\\s*\\n")) {
      String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
      if (t.isEmpty() || t.startsWith("#") || t.startsWith("•") || t.startsWith("By [")) continue;
      if (t.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}")) continue; // date line
      if (t.startsWith("Please follow") || t.startsWith("Comments are closed")) continue;
      paras.add(t);
    }
    // 000: the paragraph after the date line is the photo caption
    if (name.startsWith("000") && paras.get(0).contains(" attends ")) paras.remove(0);
    List<String> joined = new ArrayList<>();
    for (String p : paras) {
      if (!joined.isEmpty() && Character.isLowerCase(p.charAt(0))) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + p);
      } else {
        joined.add(p);
      }
    }
    String body = String.join("\n\n", joined);
    Matcher m = Pattern.compile("^[A-Z]{3,}: ").matcher(body);
    if (m.find()) body = body.substring(m.end());
    return article(name, body, SEED_DATES.get(name));
  }

  static final Map<String, Document> SEED_DOCS = new HashMap<>();

  /** The annotated seed article (cached). */
  static Document seedDoc(String name) throws IOException {
    Document d = SEED_DOCS.get(name);
    if (d == null) {
      d = annotated("seed-" + name.substring(0, 3), List.of(seed(name))).get(0);
      SEED_DOCS.put(name, d);
    }
    return d;
  }
}
