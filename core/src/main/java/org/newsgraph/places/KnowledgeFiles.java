package org.newsgraph.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.knowledge.Tsv;

/**
 * The gazetteer's knowledge files, read with {@link Tsv}. Rows of a file of the same name in the user folder (system property {@code newsgraph.knowledge}
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

  /** Cells of the bundled file {@code name}, then of {@code folder}'s file of that name if any, padded to {@code columns}. */
  static List<String[]> rows(Path folder, String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (Tsv.Row r : Tsv.withUser(name, folder)) rows.add(r.cells(columns));
    return rows;
  }

  /** A '|'-separated cell as a list; empty cell = empty list. */
  static List<String> list(String cell) {
    return Tsv.list(cell);
  }
}
