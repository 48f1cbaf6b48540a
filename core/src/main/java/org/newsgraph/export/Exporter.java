package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;

/**
 * Writes what the store holds: JSON Lines in the shapes of interfaces.md, GDELT 2.0 Event and
 * Mentions tables (events and mentions only), or Parquet through DuckDB's COPY.
 */
public final class Exporter {
  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** Writes every record of {@code kind} to {@code out}; flushes but does not close it. */
  public void write(Kind kind, Format format, OutputStream out) {
    check(kind, format);
    try {
      if (format == Format.PARQUET) {
        Path tmp = Files.createTempFile("newsgraph-export", ".parquet");
        try {
          Files.delete(tmp); // DuckDB creates it
          store.writeParquet(kind, tmp);
          Files.copy(tmp, out);
        } finally {
          Files.deleteIfExists(tmp);
        }
        out.flush();
        return;
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      if (format == Format.JSONL) {
        store.eachJson(kind, line -> append(w, line));
      } else if (kind == Kind.EVENTS) {
        Gdelt.events(store, row -> append(w, row));
      } else {
        Gdelt.mentions(store, row -> append(w, row));
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
  }

  /** Writes every record of {@code kind} to the file {@code out}, replacing it. */
  public void write(Kind kind, Format format, Path out) {
    check(kind, format);
    try {
      Path abs = out.toAbsolutePath();
      if (abs.getParent() != null) Files.createDirectories(abs.getParent());
      if (format == Format.PARQUET) {
        Files.deleteIfExists(abs);
        store.writeParquet(kind, abs);
        return;
      }
      try (OutputStream os = Files.newOutputStream(abs)) {
        write(kind, format, os);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static void check(Kind kind, Format format) {
    if (format == Format.GDELT && kind != Kind.EVENTS && kind != Kind.MENTIONS) {
      throw new IllegalArgumentException("the gdelt format has tables for events and mentions only, not " + kind.label());
    }
  }

  private static void append(Writer w, String line) {
    try {
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
