package org.newsgraph.engine;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.events.EventMention;

/**
 * Everything the per-article chain finds in one article: the annotated document, its entities, the
 * actors step's CAMEO actors per sentence ({@code actors.get(i)}: sentence i's; empty when the
 * events step found its own, as with PETRARCH dictionaries) and the event mentions.
 */
public record AnalyzedArticle(Document document, Entities entities, List<List<ActorMention>> actors,
                              List<EventMention> events) {
  public AnalyzedArticle {
    List<List<ActorMention>> copy = new ArrayList<>();
    if (actors != null) for (List<ActorMention> s : actors) copy.add(s == null ? List.of() : List.copyOf(s));
    actors = List.copyOf(copy);
    events = List.copyOf(events);
  }

  /** An analysis without the actors step's output. */
  public AnalyzedArticle(Document document, Entities entities, List<EventMention> events) {
    this(document, entities, List.of(), events);
  }
}
