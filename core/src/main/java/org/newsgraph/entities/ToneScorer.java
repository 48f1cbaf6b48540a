package org.newsgraph.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.knowledge.Tsv;

/**
 * GDELT-style document tone from a word lexicon (knowledge/tone.tsv): positive and negative are the
 * percentages of the document's words found in each list, tone = positive - negative, polarity =
 * positive + negative, wordCount the number of words (tokens with a letter).
 */
final class ToneScorer {
  private final Map<String, Integer> lexicon;

  ToneScorer(Map<String, Integer> lexicon) {
    this.lexicon = lexicon;
  }

  static Map<String, Integer> bundledLexicon() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] r : Tsv.cells("tone.tsv")) {
      if (r.length >= 2) m.put(r[0].toLowerCase(Locale.ROOT), r[1].startsWith("-") ? -1 : 1);
    }
    return m;
  }

  Tone score(Document doc) {
    int words = 0, pos = 0, neg = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!hasLetter(t.word())) continue;
        words++;
        Integer v = lexicon.get(t.word().toLowerCase(Locale.ROOT));
        if (v == null && t.lemma() != null) v = lexicon.get(t.lemma().toLowerCase(Locale.ROOT));
        if (v == null) continue;
        if (v > 0) pos++; else neg++;
      }
    }
    if (words == 0) return new Tone(0, 0, 0, 0, 0);
    double p = 100.0 * pos / words;
    double n = 100.0 * neg / words;
    return new Tone(p - n, p, n, p + n, words);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
    return false;
  }
}
