package org.newsgraph.places;

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
import java.util.List;

/**
 * Reads the knowledge TSV files: UTF-8, tab-separated, '#' starts a comment line, no header row.
 * Rows of a file of the same name in the user folder (system property {@code newsgraph.knowledge}
 * or environment variable {@code NEWSGRAPH_KNOWLEDGE}) come after the bundled ones, so that callers
 * keying rows (by code, say) let the user's rows add to or replace the bundled ones.
 */
final class KnowledgeFiles {
  static final String PROPERTY = "newsgraph.knowledge";
  static final String ENV = "NEWSGRAPH_KNOWLEDGE";

  private KnowledgeFiles() {}

  /** The user folder, if one is configured. */
  static Path userFolder() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) dir = System.getenv(ENV);
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /** Rows of the bundled file {@code name}, then those of {@code folder}'s file of that name if any. */
  static List<String[]> rows(Path folder, String name, int columns) {
    try {
      InputStream stream = KnowledgeFiles.class.getResourceAsStream("/knowledge/" + name);
      if (stream == null) throw new IllegalStateException("bundled knowledge file missing: " + name);
      List<String[]> rows;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        rows = parse(in, columns);
      }
      if (folder != null && Files.isRegularFile(folder.resolve(name))) {
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
          rows.addAll(parse(in, columns));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cells padded to {@code columns} (missing trailing cells are empty). */
  static List<String[]> parse(BufferedReader in, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (rows.isEmpty() && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t", -1);
      String[] row = Arrays.copyOf(cells, Math.max(columns, cells.length));
      for (int i = 0; i < row.length; i++) row[i] = row[i] == null ? "" : row[i].strip();
      rows.add(row);
    }
    return rows;
  }

  /** A '|'-separated cell as a list; empty cell = empty list. */
  static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }
}
