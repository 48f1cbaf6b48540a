package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PETRARCH discard list: phrases that stop a sentence from being coded ({@code BASEBALL}), or the
 * whole story when prefixed with {@code +} ({@code +TYPHOON}). Matching is case-insensitive on
 * whole words; PETRARCH treats a phrase without a final {@code _} as a stem, so its last word
 * matches as a prefix ("BALLCLUB" matches "ballclubs").
 */
public final class PetrarchDiscards {

  /** One phrase: upper-case words, whether it discards the whole story, whether the last word is a stem. */
  public record Entry(List<String> words, boolean story, boolean stem) {}

  private final List<Entry> entries;
  private final java.util.Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();
  private final List<Entry> stemFirst = new ArrayList<>(); // one-word stems match by prefix: scanned

  private PetrarchDiscards(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      if (e.words().size() == 1 && e.stem()) stemFirst.add(e);
      else byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  public static PetrarchDiscards empty() {
    return new PetrarchDiscards(List.of());
  }

  public static PetrarchDiscards read(Path file) throws IOException {
    return parse(DictionaryText.read(file));
  }

  public static PetrarchDiscards parse(String content) {
    return parse(DictionaryText.lines(content));
  }

  static PetrarchDiscards parse(List<DictionaryText.Line> lines) {
    List<Entry> out = new ArrayList<>();
    for (DictionaryText.Line l : lines) {
      String s = l.text().strip();
      if (s.isEmpty()) continue;
      boolean story = s.startsWith("+");
      if (story) s = s.substring(1).strip();
      boolean stem = !s.endsWith("_");
      List<String> w = DictionaryText.words(s);
      if (!w.isEmpty()) out.add(new Entry(w, story, stem));
    }
    return new PetrarchDiscards(out);
  }

  /** The first entry found in {@code words} (upper-case tokens), or null. */
  public Entry find(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      for (Entry e : byFirstWord.getOrDefault(words.get(i), List.of())) if (matches(e, words, i)) return e;
      for (Entry e : stemFirst) if (words.get(i).startsWith(e.words().get(0))) return e;
    }
    return null;
  }

  private static boolean matches(Entry e, List<String> words, int i) {
    int n = e.words().size();
    if (i + n > words.size()) return false;
    for (int k = 0; k < n; k++) {
      String want = e.words().get(k), got = words.get(i + k);
      if (!((k == n - 1 && e.stem()) ? got.startsWith(want) : got.equals(want))) return false;
    }
    return true;
  }
}
