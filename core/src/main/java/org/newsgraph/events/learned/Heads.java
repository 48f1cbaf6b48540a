package org.newsgraph.events.learned;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The trained heads the {@link Vote} uses: the five-way quad head, the CAMEO root head and the
 * probability below which the model finds the patterns' class improbable and overrules it, with the name of the encoder
 * whose embeddings they were trained on. Bundled in {@code resources/learned/} (see
 * knowledge/README.md for data and licence), rebuilt by {@code newsgraph train}.
 */
public record Heads(Head quad, Head root, double threshold, String encoder, Properties info) {
  static final String RESOURCE = "/learned/";

  /** The heads in {@code -Dnewsgraph.heads=DIR} when set, else the bundled ones, or null when none are bundled. */
  public static Heads bundled() {
    String dir = System.getProperty("newsgraph.heads");
    if (dir != null && !dir.isBlank()) {
      try {
        return load(Path.of(dir));
      } catch (IOException e) {
        throw new UncheckedIOException("learned heads in " + dir + ": " + e.getMessage(), e);
      }
    }
    if (Heads.class.getResource(RESOURCE + "heads.properties") == null) return null;
    try {
      return read(name -> Heads.class.getResourceAsStream(RESOURCE + name));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled learned heads: " + e.getMessage(), e);
    }
  }

  /** Heads written by {@link #write} to {@code dir}. */
  public static Heads load(Path dir) throws IOException {
    return read(name -> {
      Path f = dir.resolve(name);
      if (!Files.isRegularFile(f)) throw new IOException(f + ": missing (run newsgraph train --out " + dir + ")");
      return Files.newInputStream(f);
    });
  }

  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("quad.model"), StandardCharsets.UTF_8)) {
      quad.save(w);
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("root.model"), StandardCharsets.UTF_8)) {
      root.save(w);
    }
    Properties p = new Properties();
    p.putAll(info);
    p.setProperty("threshold", Double.toString(threshold));
    p.setProperty("encoder", encoder);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("heads.properties"), StandardCharsets.UTF_8)) {
      p.store(w, "newsgraph learned heads (newsgraph train)");
    }
  }

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static Heads read(Opener o) throws IOException {
    Properties p = new Properties();
    try (Reader r = reader(o.open("heads.properties"))) {
      p.load(r);
    }
    Head quad, root;
    try (Reader r = reader(o.open("quad.model"))) {
      quad = Head.load(r);
    }
    try (Reader r = reader(o.open("root.model"))) {
      root = Head.load(r);
    }
    return new Heads(quad, root, Double.parseDouble(p.getProperty("threshold", "0.05")),
        p.getProperty("encoder", "?"), p);
  }

  private static Reader reader(InputStream in) throws IOException {
    if (in == null) throw new IOException("missing file");
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
