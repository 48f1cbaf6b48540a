package org.newsgraph.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.knowledge.Tsv;

/**
 * Canonical names across a corpus: maps the variants seen in different articles ("Kim Jong-Un",
 * "Kim Jong Un", "Vladimir Vladimirovich Putin") to one form per entity, the first one registered.
 * Thread-safe; the store keeps one per run. Within one article the {@link EntityExtractor} has
 * already merged short forms ("Kim", "Choe") with full names.
 *
 * <p>Two names are the same entity when they have the same type and the same key (case, accents,
 * hyphens and possessives ignored), or, for people, the same first and last name with extra middle
 * names in one of them (a patronymic).
 */
public final class Names {
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, List<String>> byFirstLast = new HashMap<>();

  /** The corpus-wide canonical form of {@code name} of the given entity type; registers it if new. */
  public synchronized String canonical(String type, String name) {
    String clean = clean(name);
    String key = type + "|" + key(clean);
    String known = byKey.get(key);
    if (known != null) return known;
    if ("PERSON".equals(type)) {
      String[] parts = clean.split(" ");
      if (parts.length >= 2) {
        String fl = type + "|" + key(parts[0]) + "|" + key(parts[parts.length - 1]);
        for (String other : byFirstLast.getOrDefault(fl, List.of())) {
          if (subsequence(words(other), words(clean)) || subsequence(words(clean), words(other))) {
            byKey.put(key, other);
            return other;
          }
        }
        byFirstLast.computeIfAbsent(fl, k -> new ArrayList<>()).add(clean);
      }
    }
    byKey.put(key, clean);
    return clean;
  }

  /** Every variant key registered, with its canonical form (a copy). */
  public synchronized Map<String, String> variants() {
    return Map.copyOf(byKey);
  }

  private static final Pattern POSSESSIVE = Pattern.compile("\\s*['’]s?$");
  // A final hyphenated part of two short capitalised syllables, as in romanised Korean given names
  // ("Kim Jong-Un", "Choe Ryong-Hae"): written with a space in the canonical form ("Kim Jong Un").
  private static final Pattern SYLLABLES = Pattern.compile("^(.+ \\p{Lu}\\p{Ll}{0,4})-(\\p{Lu}\\p{Ll}{0,4})$");

  private static volatile java.util.Set<String> honorifics;

  private static java.util.Set<String> honorifics() {
    java.util.Set<String> h = honorifics;
    if (h == null) {
      java.util.Set<String> s = new java.util.HashSet<>();
      for (String[] r : Tsv.cells("honorifics.txt")) s.add(r[0].replace(".", ""));
      honorifics = h = s;
    }
    return h;
  }

  /**
   * A display form: spacing collapsed, possessive and leading courtesy titles ("Mr", "Dr.", from
   * knowledge/honorifics.txt) dropped, romanised syllable hyphens spaced.
   */
  static String clean(String name) {
    String n = name.trim().replaceAll("\\s+", " ");
    for (int sp = n.indexOf(' '); sp > 0 && honorifics().contains(n.substring(0, sp).replace(".", "")); sp = n.indexOf(' ')) {
      n = n.substring(sp + 1);
    }
    n = POSSESSIVE.matcher(n).replaceFirst("");
    Matcher m = SYLLABLES.matcher(n);
    if (m.matches()) n = m.group(1) + " " + m.group(2);
    return n;
  }

  /** A comparison key: lower case, no accents, hyphens and dots as spaces. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n = POSSESSIVE.matcher(n.trim()).replaceFirst("");
    return n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[-.\\s]+", " ").trim();
  }

  static List<String> words(String name) {
    return Arrays.asList(key(name).split(" "));
  }

  /** Whether {@code small} appears in {@code big} in order (not necessarily contiguous). */
  static boolean subsequence(List<String> small, List<String> big) {
    int j = 0;
    for (String w : big) if (j < small.size() && small.get(j).equals(w)) j++;
    return j == small.size();
  }
}
