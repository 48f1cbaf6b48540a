package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: straight ("...") and typographic (“...”) double quotes, including the
 * wire-copy convention for quotes that run over several paragraphs (the paragraph ends without a
 * closing mark and the next one opens with a new opening mark). A quote left open at a paragraph
 * end that is not continued is closed there. Single quotes are ignored (apostrophes make them
 * ambiguous; British copy uses them for headlines and scare quotes more than for speech).
 *
 * <p>Our own scanner rather than CoreNLP's quote annotator: that one needs coref for attribution,
 * which we do from the dependency parse in the entities stage, and a scanner keeps offsets exact.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  static List<QuoteSpan> scan(String body, List<Sentence> sentences) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\n' && open >= 0 && paragraphBreak(body, i)) {
        int next = skipSpace(body, i);
        if (next < n && isOpening(body, next)) {
          i = next; // the quote continues in the next paragraph
          continue;
        }
        add(out, body, sentences, open, trimEnd(body, i));
        open = -1;
        continue;
      }
      if (c == '“' || (c == '"' && open < 0 && isOpening(body, i))) {
        if (open < 0) open = i;
      } else if (c == '"' && open >= 0 && i > 0 && Character.isWhitespace(body.charAt(i - 1)) && isOpening(body, i)) {
        // an opening mark inside an open quote: the copy forgot to close the last one
        int cut = i;
        for (int j = i - 1; j > open + 1; j--) {
          char e = body.charAt(j);
          if (e == '.' || e == '!' || e == '?') { cut = j + 1; break; } // at the last sentence end
        }
        add(out, body, sentences, open, trimEnd(body, cut));
        open = i;
      } else if (c == '”' || c == '"') {
        if (open >= 0) {
          add(out, body, sentences, open, i + 1);
          open = -1;
        }
      }
    }
    if (open >= 0) add(out, body, sentences, open, trimEnd(body, n));
    return out;
  }

  private static boolean isOpening(String body, int i) {
    char c = body.charAt(i);
    if (c == '“') return true;
    if (c != '"') return false;
    boolean before = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
    boolean after = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
    return before && after;
  }

  /** True when the newline at {@code i} starts a blank line (a paragraph break). */
  private static boolean paragraphBreak(String body, int i) {
    for (int j = i + 1; j < body.length(); j++) {
      char c = body.charAt(j);
      if (c == '\n') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return true;
  }

  private static int skipSpace(String body, int i) {
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
    return i;
  }

  private static int trimEnd(String body, int end) {
    while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) end--;
    return end;
  }

  private static void add(List<QuoteSpan> out, String body, List<Sentence> sentences, int start, int end) {
    if (end - start < 3) return;
    out.add(new QuoteSpan(body.substring(start, end), start, end, sentenceAt(sentences, start),
        sentenceAt(sentences, end - 1)));
  }

  /** Index of the sentence containing (or, between sentences, following) character {@code pos}; -1 if none. */
  static int sentenceAt(List<Sentence> sentences, int pos) {
    for (Sentence s : sentences) if (pos < s.end()) return s.index();
    return sentences.isEmpty() ? -1 : sentences.get(sentences.size() - 1).index();
  }
}
