package org.newsgraph.places;

import java.text.Normalizer;
import java.util.Locale;

/** Keys under which place names are indexed, so that spelling variants meet. */
final class PlaceNames {
  private PlaceNames() {}

  /**
   * Lower case, accents dropped, apostrophes removed, dots, hyphens and commas as spaces, a leading
   * "the" dropped: "N.Korea" and "N. Korea" meet, as do "Côte d'Ivoire" and "Cote dIvoire".
   */
  static String key(String name) {
    if (name == null) return "";
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.startsWith("the ")) s = s.substring(4);
    return s;
  }

  /**
   * Short all-capital abbreviations ("US", "U.K.", "DPRK", "CAR") are matched only as written, so
   * that "us" or "car" never become countries. Returns the abbreviation without dots, or null when
   * {@code alias} is an ordinary name.
   */
  static String abbreviation(String alias) {
    String letters = alias.replace(".", "").strip();
    if (letters.length() < 2 || letters.length() > 5) return null;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c < 'A' || c > 'Z') return null;
    }
    return letters;
  }
}
