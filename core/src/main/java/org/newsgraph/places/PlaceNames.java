package org.newsgraph.places;

import java.text.Normalizer;

/** Keys under which place names are indexed, so that spelling variants meet. */
final class PlaceNames {
  private PlaceNames() {}

  /**
   * Lower case, accents dropped, apostrophes removed, dots, hyphens and commas as spaces, a leading
   * "the" dropped: "N.Korea" and "N. Korea" meet, as do "Côte d'Ivoire" and "Cote dIvoire".
   */
  static String key(String name) {
    if (name == null) return "";
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        break;
      }
    }
    // Hand-rolled rather than regular expressions: the city list has 135,000 names to key.
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BB' || c == '\u02BC' || c == '`') continue;
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) continue;
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) b.append(' ');
        gap = false;
        b.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    if (b.length() > 4 && b.charAt(0) == 't' && b.charAt(1) == 'h' && b.charAt(2) == 'e' && b.charAt(3) == ' ') {
      b.delete(0, 4);
    }
    return b.toString();
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
