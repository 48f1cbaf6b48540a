package org.newsgraph.export;

import java.util.Locale;

/** Export formats: JSON Lines (the documented record shapes), GDELT 2.0 tab-separated tables, Parquet. */
public enum Format {
  JSONL, GDELT, PARQUET;

  /** "jsonl", "gdelt", "parquet" as written on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "jsonl", "gdelt" or "parquet" (any case). */
  public static Format of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
