package org.newsgraph.read;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories (recursively), JSON Lines, or {@code -} (JSON Lines on
 * standard input). Each input yields articles or a {@link Rejection}; one bad input never stops the rest.
 */
public final class Reader {
  private final ReadOptions options;

  public Reader(ReadOptions options) {
    this.options = options;
  }

  /** Reads every path in order, streaming results to the two consumers. */
  public void read(List<String> paths, Consumer<Article> articles, Consumer<Rejection> rejections) {
    // TODO(read): plain text, Markdown, HTML, JSON Lines, directories, stdin.
    throw new UnsupportedOperationException("not built yet");
  }
}
