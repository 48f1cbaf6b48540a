package org.newsgraph;

import java.util.List;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.events.EventMention;

/** Everything the per-article engine finds in one article. */
public record AnalyzedArticle(Document document, Entities entities, List<EventMention> events) {
  public AnalyzedArticle {
    events = List.copyOf(events);
  }
}
