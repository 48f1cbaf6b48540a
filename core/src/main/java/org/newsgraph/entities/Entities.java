package org.newsgraph.entities;

import java.util.List;

/**
 * What the entities stage adds to a document. {@code titleEntities} are the headline's entities,
 * with {@code sentence} -1 and offsets into the title (not the body); the title is not annotated,
 * so they are the names the body's entities, the country table and the alias tables recognise.
 */
public record Entities(List<Entity> entities, List<Quote> quotes, List<Amount> amounts, Tone tone,
                       List<Entity> titleEntities) {
  public Entities {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    amounts = List.copyOf(amounts);
    titleEntities = titleEntities == null ? List.of() : List.copyOf(titleEntities);
  }

  /** Without title entities. */
  public Entities(List<Entity> entities, List<Quote> quotes, List<Amount> amounts, Tone tone) {
    this(entities, quotes, amounts, tone, List.of());
  }
}
