package org.newsgraph.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A trie of phrases keyed by normalised words ("keys"), built once and then read by many threads.
 * Sentences are turned into the same keys (see {@link #keys}), so a match costs one hash lookup per
 * word: no regular expressions, no per-phrase work.
 *
 * <p>Normalisation: lower case, curly apostrophes straightened, diacritics removed, and words split at
 * hyphens, periods and underscores ({@code Jong-Un}, {@code Jong - Un} and {@code Jong Un} all give
 * {@code jong un}; {@code N.Korea} and {@code N. Korea} give {@code n korea}); a trailing {@code 's}
 * becomes a key of its own, as the tokenizer does with possessives.
 */
final class PhraseTrie<V> {

  static final class Node<V> {
    private HashMap<String, Node<V>> next;
    V value;

    Node<V> child(String key) {
      return next == null ? null : next.get(key);
    }

    Node<V> childOrNew(String key) {
      if (next == null) next = new HashMap<>(4);
      return next.computeIfAbsent(key, k -> new Node<>());
    }
  }

  final Node<V> root = new Node<>();

  /** The node for a phrase, created if needed; null when the phrase has no keys. */
  Node<V> node(String phrase) {
    List<String> ks = phraseKeys(phrase);
    if (ks.isEmpty()) return null;
    Node<V> n = root;
    for (String k : ks) n = n.childOrNew(k);
    return n;
  }

  /** The keys of a phrase as written in a dictionary (words separated by spaces or underscores). */
  static List<String> phraseKeys(String phrase) {
    List<String> out = new ArrayList<>(4);
    int n = phrase.length();
    int from = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || Character.isWhitespace(phrase.charAt(i)) || phrase.charAt(i) == '_') {
        if (i > from) keys(phrase.substring(from, i), out);
        from = i + 1;
      }
    }
    return out;
  }

  /** Appends the keys of one word or token to {@code out}; punctuation-only hyphens and periods give none. */
  static void keys(String word, List<String> out) {
    String w = normalise(word);
    int n = w.length();
    int from = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? w.charAt(i) : '-';
      if (c == '-' || c == '.' || c == '_' || c == '\u2010' || c == '\u2011') {
        if (i > from) addPart(w.substring(from, i), out);
        from = i + 1;
      }
    }
  }

  private static void addPart(String p, List<String> out) {
    if (p.length() > 2 && p.endsWith("'s")) {
      out.add(p.substring(0, p.length() - 2));
      out.add("'s");
    } else if (p.length() > 1 && p.endsWith("'")) {
      out.add(p.substring(0, p.length() - 1)); // "Workers' Party": the tokenizer splits the apostrophe off
      out.add("'");
    } else {
      out.add(p);
    }
  }

  /** Lower case, straight apostrophes, no diacritics. Returns the same string when nothing changes. */
  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) return w;
    w = w.replace('\u2019', '\'').replace('\u2018', '\'');
    boolean marks = false;
    for (int i = 0; i < w.length() && !marks; i++) {
      char c = w.charAt(i);
      marks = c > 127 && Character.isLetter(c);
    }
    if (!marks) return w; // dashes, quotes: nothing to decompose
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    }
    return sb.toString();
  }
}
