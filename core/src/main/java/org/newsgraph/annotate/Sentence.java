package org.newsgraph.annotate;

import java.util.List;

/** One sentence with its tokens and dependency arcs; offsets index the article body. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
