package org.newsgraph.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the entities stage's knowledge files: UTF-8 lines, {@code #} comments and blank lines skipped. */
final class Lexicons {
  private Lexicons() {}

  /** The non-comment lines of class-path resource {@code /knowledge/NAME}, each split on tabs. */
  static List<String[]> rows(String name) {
    InputStream in = Lexicons.class.getResourceAsStream("/knowledge/" + name);
    if (in == null) throw new IllegalStateException("missing knowledge file: knowledge/" + name);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
