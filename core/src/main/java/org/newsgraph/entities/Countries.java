package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.places.Country;
import org.newsgraph.places.Gazetteer;

/**
 * Country names and their variants, from the rows of {@code knowledge/countries.tsv} as the
 * {@link Gazetteer} reads them (one parser for that file). Names and aliases ("N.Korea", "Democratic People's
 * Republic of Korea") always mean the country; capitals ("Pyongyang") and seats of government
 * ("Kremlin") mean it when used as metonyms. Adjectives are kept for callers but not matched here.
 */
public final class Countries {
  /** What a phrase means: the country and how the phrase names it. */
  public record Match(String code, String name, Kind kind) {}

  public enum Kind { NAME, CAPITAL, SEAT }

  private static volatile Countries bundled;

  private final Map<String, Match> exact = new HashMap<>();
  private final Map<String, Match> folded = new HashMap<>();
  private int maxTokens = 1;

  private Countries() {}

  /** The table of the process-wide gazetteer's countries (bundled or user-folder countries.tsv). */
  public static Countries bundled() {
    Countries c = bundled;
    if (c == null) {
      synchronized (Countries.class) {
        if (bundled == null) bundled = of(Gazetteer.standard().countries());
        c = bundled;
      }
    }
    return c;
  }

  /** A table over these rows (names and aliases name the country; capitals and seats are metonyms). */
  public static Countries of(List<Country> rows) {
    Countries c = new Countries();
    for (Country row : rows) {
      Match name = new Match(row.code(), row.name(), Kind.NAME);
      c.put(row.name(), name);
      for (String a : row.aliases()) c.put(a, name);
      for (String a : row.capitals()) c.put(a, new Match(row.code(), row.name(), Kind.CAPITAL));
      for (String a : row.seats()) c.put(a, new Match(row.code(), row.name(), Kind.SEAT));
    }
    return c;
  }

  private void put(String phrase, Match m) {
    if (phrase.startsWith("the ")) return; // "the States": only meaningful with its article; never capitalised in a scan
    String key = key(phrase);
    if (key.isEmpty()) return;
    exact.putIfAbsent(key, m); // a name listed first wins over a later capital/seat of the same spelling
    // Case-folded lookup only for longer phrases: "US" must not match the pronoun "us".
    if (key.length() > 3) folded.putIfAbsent(key.toLowerCase(Locale.ROOT), m);
    maxTokens = Math.max(maxTokens, key.split("[ .]+").length + 2);
  }

  /** Normalises spacing and apostrophes, and drops a leading "The". */
  static String key(String phrase) {
    String k = phrase.trim().replace('’', '\'').replaceAll("\\s+", " ");
    if (k.startsWith("The ")) k = k.substring(4);
    return k;
  }

  /** The country {@code phrase} names, or null. Exact spelling, or any case for phrases over 3 letters in capitals ("MOSCOW"). */
  public Match find(String phrase) {
    String k = key(phrase);
    Match m = exact.get(k);
    if (m == null && k.length() > 3 && k.equals(k.toUpperCase(Locale.ROOT))) m = folded.get(k.toLowerCase(Locale.ROOT));
    return m;
  }

  /** The longest phrase, in tokens (with slack for split punctuation), worth looking up. */
  public int maxTokens() {
    return maxTokens;
  }

  public boolean isEmpty() {
    return exact.isEmpty();
  }
}
