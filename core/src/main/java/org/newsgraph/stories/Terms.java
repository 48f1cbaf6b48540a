package org.newsgraph.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text features for story clustering: stemmed term counts (Lucene's English analyzer: standard
 * tokenizer, possessives, lower case, stop words, Porter stemmer) and a cheap guess at proper
 * names for texts that went through no NER (capitalised words that do not open a sentence).
 */
final class Terms {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private Terms() {}

  /** Stemmed term → count, sorted by term (deterministic iteration). */
  static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    if (text == null || text.isEmpty()) return counts;
    try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() >= 2) counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  /**
   * Proper-name guess without NER: lower-cased capitalised words that are not the first word of a
   * sentence or line and not stop words. Cheap and noisy, but names are what tells two events of
   * one kind apart (two different earthquakes, two different rehab stays).
   */
  static Map<String, Integer> names(String text) {
    Map<String, Integer> names = new TreeMap<>();
    if (text == null) return names;
    Matcher m = WORD.matcher(text);
    boolean sentenceStart = true;
    int last = 0;
    while (m.find()) {
      String gap = text.substring(last, m.start());
      if (gap.indexOf('\n') >= 0 || gap.matches(".*[.!?:\"“”]\\s*")) sentenceStart = true;
      String w = stripTail(m.group());
      last = m.end();
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      if (cap && !sentenceStart && w.length() > 1 && !STOP.contains(w.toLowerCase())) {
        names.merge(w.toLowerCase(), 1, Integer::sum);
      }
      sentenceStart = false;
      if (w.length() == 4 && YEAR.matcher(w).matches()) names.merge(w, 1, Integer::sum);
    }
    return names;
  }

  private static String stripTail(String w) {
    int e = w.length();
    while (e > 0 && ".-'’".indexOf(w.charAt(e - 1)) >= 0) e--;
    if (e >= 2 && (w.endsWith("'s") || w.endsWith("’s"))) e = Math.min(e, w.length() - 2);
    return w.substring(0, e);
  }
}
