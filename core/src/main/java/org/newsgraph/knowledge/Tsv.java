package org.newsgraph.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of the knowledge files (resources/knowledge/, documented in its README.md):
 * UTF-8, one entry per line, cells separated by tabs, {@code #} at the start of a line makes a
 * comment, blank lines and a byte-order mark are skipped; a file of the same name in a user folder
 * adds its rows after the bundled ones, so loaders that key rows (by code, say) let the user add to
 * or replace them. Every row knows its file and line, for error messages and provenance. The event
 * pattern files (verbs.txt, nouns.txt, event-cues.tsv) are a small pattern language with trailing
 * comments and are parsed by {@code events.EventPatterns} itself.
 */
public final class Tsv {
  private Tsv() {}

  /**
   * One line of a knowledge file.
   *
   * @param where  file name or path, as given
   * @param line   1-based line number
   * @param text   the line, leading and trailing blanks removed (tabs inside kept)
   * @param cells  the line split on tabs, each cell stripped
   */
  public record Row(String where, int line, String text, String[] cells) {
    /** Cell {@code i}, or "" when the row is shorter. */
    public String cell(int i) {
      return i < cells.length ? cells[i] : "";
    }

    /** The cells padded with "" to at least {@code columns}. */
    public String[] cells(int columns) {
      String[] c = Arrays.copyOf(cells, Math.max(columns, cells.length));
      for (int i = cells.length; i < c.length; i++) c[i] = "";
      return c;
    }

    /** "file:line", for messages and provenance. */
    public String origin() {
      return where + ":" + line;
    }

    /** An error about this row, naming file and line. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(origin() + ": " + message);
    }
  }

  /** The rows of the bundled file {@code knowledge/NAME}; fails when it is not on the class path. */
  public static List<Row> bundled(String name) {
    InputStream in = Tsv.class.getResourceAsStream("/knowledge/" + name);
    if (in == null) throw new IllegalStateException("bundled knowledge file missing: knowledge/" + name);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException("knowledge/" + name, e);
    }
  }

  /** The bundled rows' cells, for loaders that need nothing else. */
  public static List<String[]> cells(String name) {
    List<String[]> out = new ArrayList<>();
    for (Row r : bundled(name)) out.add(r.cells());
    return out;
  }

  /** The first cells of a bundled word list, lower-cased. */
  public static java.util.Set<String> words(String name) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Row r : bundled(name)) out.add(r.cell(0).toLowerCase(java.util.Locale.ROOT));
    return java.util.Set.copyOf(out);
  }

  /** The bundled rows of {@code name}, then those of {@code folder}'s file of that name, if any (folder may be null). */
  public static List<Row> withUser(String name, Path folder) {
    List<Row> rows = new ArrayList<>(bundled(name));
    if (folder != null && Files.isRegularFile(folder.resolve(name))) rows.addAll(file(folder.resolve(name)));
    return rows;
  }

  /** The rows of a file on disk. */
  public static List<Row> file(Path path) {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(r, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(path.toString(), e);
    }
  }

  /** Reads rows from {@code in}; {@code where} names the input in each row. */
  public static List<Row> read(BufferedReader in, String where) throws IOException {
    List<Row> rows = new ArrayList<>();
    String raw;
    int n = 0;
    while ((raw = in.readLine()) != null) {
      n++;
      if (n == 1 && raw.startsWith("\uFEFF")) raw = raw.substring(1);
      String text = raw.strip();
      if (text.isEmpty() || text.startsWith("#")) continue;
      String[] cells = raw.split("\t", -1);
      for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
      rows.add(new Row(where, n, text, cells));
    }
    return rows;
  }

  /** A '|'-separated cell as a list; an empty cell gives an empty list. */
  public static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }

  /** Lines grouped under {@code [section]} header lines (lines before any header: section ""). */
  public static Map<String, List<String>> sections(List<Row> rows) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String section = "";
    for (Row r : rows) {
      String t = r.text();
      if (t.startsWith("[") && t.endsWith("]")) {
        section = t.substring(1, t.length() - 1).trim();
        continue;
      }
      out.computeIfAbsent(section, s -> new ArrayList<>()).add(t);
    }
    return out;
  }
}
