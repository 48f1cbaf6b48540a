package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.read.Article;

/**
 * An article with its linguistic annotation. Every later stage reads this, never CoreNLP.
 * All offsets index {@code article.body()}.
 */
public record Document(Article article, List<Sentence> sentences, List<Mention> mentions,
                       List<TimeExpression> times, List<QuoteSpan> quotes) {
  public Document {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
  }

  /** Number of tokens over all sentences. */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) n += s.tokens().size();
    return n;
  }
}
