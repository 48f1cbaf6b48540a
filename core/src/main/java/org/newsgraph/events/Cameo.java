package org.newsgraph.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event ontology: code → name, root, quad class and Goldstein score. Loaded from
 * {@code knowledge/cameo.tsv} (tab-separated {@code code root quad goldstein name}, {@code #}
 * comments); any malformed line fails loudly with its file and line number.
 */
import org.newsgraph.knowledge.Tsv;

public final class Cameo {

  /** One CAMEO event code. {@code quadClass}: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
  public record Code(String code, String root, int quadClass, double goldstein, String name) {}

  private static volatile Cameo bundled;
  private final Map<String, Code> codes;

  private Cameo(Map<String, Code> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The ontology bundled in {@code src/main/resources/knowledge/cameo.tsv}; loaded once. */
  public static Cameo bundled() {
    Cameo c = bundled;
    if (c == null) {
      synchronized (Cameo.class) {
        c = bundled;
        if (c == null) {
          try (InputStream in = Cameo.class.getResourceAsStream("/knowledge/cameo.tsv")) {
            if (in == null) throw new IllegalStateException("knowledge/cameo.tsv is not on the classpath");
            bundled = c = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "cameo.tsv");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return c;
  }

  /** Reads a cameo.tsv file from disk. */
  public static Cameo load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** Parses the tsv format; {@code origin} names the input in error messages. */
  public static Cameo parse(BufferedReader in, String origin) throws IOException {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read(in, origin)) {
      String[] f = row.cells();
      String where = row.origin() + ": ";
      if (f.length < 5) throw new IllegalArgumentException(where + "expected 5 tab-separated fields, got " + f.length);
      String code = f[0].trim(), root = f[1].trim();
      if (!code.matches("\\d{2,4}")) throw new IllegalArgumentException(where + "bad code '" + code + "'");
      if (!root.matches("\\d{2}") || !code.startsWith(root)) {
        throw new IllegalArgumentException(where + "bad root '" + root + "' for code " + code);
      }
      int quad;
      double goldstein;
      try {
        quad = Integer.parseInt(f[2].trim());
        goldstein = Double.parseDouble(f[3].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "bad quad class or Goldstein score: " + e.getMessage());
      }
      if (quad < 1 || quad > 4) throw new IllegalArgumentException(where + "quad class must be 1..4, got " + quad);
      if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException(where + "Goldstein out of -10..10: " + goldstein);
      if (codes.put(code, new Code(code, root, quad, goldstein, f[4].trim())) != null) {
        throw new IllegalArgumentException(where + "duplicate code " + code);
      }
    }
    if (codes.isEmpty()) throw new IllegalArgumentException(origin + ": no CAMEO codes");
    return new Cameo(codes);
  }

  /** The entry for {@code code} ("043"), if known. */
  public Optional<Code> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The entry for {@code code}; fails if the code is unknown. */
  public Code code(String code) {
    Code c = codes.get(code);
    if (c == null) throw new IllegalArgumentException("unknown CAMEO event code: " + code);
    return c;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<Code> codes() {
    return codes.values();
  }
}
