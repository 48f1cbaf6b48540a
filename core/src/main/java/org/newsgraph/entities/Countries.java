package org.newsgraph.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names and their variants, read from {@code knowledge/countries.tsv}: tab-separated
 * columns {@code code iso2 fips name aliases adjectives capitals seats}, lists separated by
 * {@code |}, {@code #} starts a comment line. Names and aliases ("N.Korea", "Democratic People's
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

  /** The bundled table ({@code knowledge/countries.tsv} on the class path), or an empty one if absent. */
  public static Countries bundled() {
    Countries c = bundled;
    if (c == null) {
      synchronized (Countries.class) {
        if (bundled == null) {
          InputStream in = Countries.class.getResourceAsStream("/knowledge/countries.tsv");
          bundled = in == null ? new Countries() : read(in);
        }
        c = bundled;
      }
    }
    return c;
  }

  /** A table read from a user file in the same format. */
  public static Countries load(Path file) {
    try {
      return read(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Countries read(InputStream in) {
    Countries c = new Countries();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 4) continue;
        String code = f[0].trim();
        String name = f[3].trim();
        c.put(name, new Match(code, name, Kind.NAME));
        if (f.length > 4) for (String a : list(f[4])) c.put(a, new Match(code, name, Kind.NAME));
        if (f.length > 6) for (String a : list(f[6])) c.put(a, new Match(code, name, Kind.CAPITAL));
        if (f.length > 7) for (String a : list(f[7])) c.put(a, new Match(code, name, Kind.SEAT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  private static String[] list(String field) {
    String f = field.trim();
    return f.isEmpty() || f.equals("-") ? new String[0] : f.split("\\|");
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
