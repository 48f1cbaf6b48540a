package org.newsgraph.events;

import java.util.List;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;

/**
 * The events step of the per-article chain ({@code Engine}): from the annotated document, its
 * entities and its actors (per sentence, found once by the actors step), the event mentions.
 * Implementations: {@link EventCoder} (dependency patterns), {@code learned.VotedCoder} (patterns,
 * then the learned heads' vote) and {@code petrarch.PetrarchStage} (PETRARCH dictionaries, which
 * find their own actors).
 */
@FunctionalInterface
public interface EventStage {
  List<EventMention> code(Document doc, Entities entities, List<List<ActorMention>> actors);
}
