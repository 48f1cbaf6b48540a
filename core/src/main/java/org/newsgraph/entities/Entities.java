package org.newsgraph.entities;

import java.util.List;

/** What the entities stage adds to a document. */
public record Entities(List<Entity> entities, List<Quote> quotes, List<Amount> amounts, Tone tone) {
  public Entities {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    amounts = List.copyOf(amounts);
  }
}
