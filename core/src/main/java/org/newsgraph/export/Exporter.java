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
import java.util.function.Consumer;
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

  /** Writes every record of {@code kind} to {@code out}; flushes but does not close it. Returns the records written. */
  public long write(Kind kind, Format format, OutputStream out) {
    check(kind, format);
    try {
      if (format == Format.PARQUET) {
        Path tmp = Files.createTempFile("newsgraph-export", ".parquet");
        try {
          Files.delete(tmp); // DuckDB creates it
          long n = store.writeParquet(kind, tmp);
          Files.copy(tmp, out);
          out.flush();
          return n;
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      long[] n = {0};
      Consumer<String> line = l -> {
        append(w, l);
        n[0]++;
      };
      if (format == Format.JSONL) {
        store.eachJson(kind, line);
      } else if (kind == Kind.EVENTS) {
        Gdelt.events(store, line);
      } else {
        Gdelt.mentions(store, line);
      }
      w.flush();
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
  }

  /** Writes every record of {@code kind} to the file {@code out}, replacing it. Returns the records written. */
  public long write(Kind kind, Format format, Path out) {
    check(kind, format);
    try {
      Path abs = out.toAbsolutePath();
      if (abs.getParent() != null) Files.createDirectories(abs.getParent());
      if (format == Format.PARQUET) {
        Files.deleteIfExists(abs);
        return store.writeParquet(kind, abs);
      }
      try (OutputStream os = Files.newOutputStream(abs)) {
        return write(kind, format, os);
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
