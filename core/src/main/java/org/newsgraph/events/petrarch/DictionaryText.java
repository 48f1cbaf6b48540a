package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PETRARCH/TABARI dictionary text the way PETRARCH does: XML comments ({@code <!-- -->},
 * possibly over several lines), lines starting with {@code #} and anything after a {@code #} are
 * dropped. Blank lines are kept as empty strings, because the verb file uses them to end blocks.
 */
final class DictionaryText {
  private DictionaryText() {}

  /** One cleaned line with its 1-based line number in the file, for error messages. */
  record Line(int number, String text) {
    boolean blank() {
      return text.isBlank();
    }
  }

  static List<Line> read(Path file) throws IOException {
    return lines(Files.readString(file, StandardCharsets.UTF_8));
  }

  static List<Line> lines(String content) {
    List<Line> out = new ArrayList<>();
    String[] raw = content.split("\r?\n|\r", -1);
    boolean inComment = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      StringBuilder kept = new StringBuilder();
      int pos = 0;
      while (pos < line.length()) {
        if (inComment) {
          int end = line.indexOf("-->", pos);
          if (end < 0) { pos = line.length(); break; }
          inComment = false;
          pos = end + 3;
        } else {
          int start = line.indexOf("<!", pos);
          if (start < 0) { kept.append(line, pos, line.length()); break; }
          kept.append(line, pos, start);
          int end = line.indexOf('>', start);
          boolean dashed = line.startsWith("<!--", start);
          if (dashed) {
            int close = line.indexOf("-->", start + 4);
            if (close < 0) { inComment = true; pos = line.length(); } else pos = close + 3;
          } else if (end < 0) {
            pos = line.length(); // "<! -- ..." style one-line remark
          } else pos = end + 1;
        }
      }
      String text = kept.toString();
      int hash = text.indexOf('#');
      if (hash >= 0) text = text.substring(0, hash);
      out.add(new Line(i + 1, text.stripTrailing()));
    }
    return out;
  }

  /** Dictionary phrase as upper-case words: "GAZA_CITY" and "Gaza City" both give [GAZA, CITY]. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().toUpperCase().split("[_\\s]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }
}
