package org.newsgraph.query;

import java.util.List;

/** A page of articles whose title or body contains {@code q}, newest first, with the number of all. */
public record Hits(String q, long total, int limit, int offset, List<Hit> articles) {
  public Hits {
    articles = List.copyOf(articles);
  }

  /** One article found, with some 160 characters of its body around the first match. */
  public record Hit(String id, String title, String source, String published, String storyId, String snippet) {}
}
