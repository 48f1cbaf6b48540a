package org.newsgraph.events;

import java.util.List;
import org.newsgraph.actors.Actors;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.places.Gazetteer;

/**
 * Codes CAMEO events from an annotated document.
 *
 * <pre>{@code
 * EventCoder coder = new EventCoder();                                    // bundled knowledge
 * EventCoder custom = new EventCoder(actors, patterns, Cameo.bundled(), Gazetteer.standard());
 * List<EventMention> events = coder.code(doc);
 * }</pre>
 */
public final class EventCoder {
  private final Actors actors;
  private final EventPatterns patterns;
  private final Cameo cameo;
  private final Gazetteer gazetteer;

  /** The coder with the bundled actors, patterns, CAMEO ontology and gazetteer. */
  public EventCoder() {
    this(Actors.standard(), EventPatterns.bundled(), Cameo.bundled(), Gazetteer.standard());
  }

  public EventCoder(Actors actors, EventPatterns patterns, Cameo cameo, Gazetteer gazetteer) {
    this.actors = actors;
    this.patterns = patterns;
    this.cameo = cameo;
    this.gazetteer = gazetteer;
  }

  public List<EventMention> code(Document doc, Entities entities) {
    return code(doc);
  }

  public List<EventMention> code(Document doc) {
    return List.of();
  }
}
