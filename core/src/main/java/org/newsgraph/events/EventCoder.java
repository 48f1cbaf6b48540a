package org.newsgraph.events;

import java.util.List;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;

/** Codes CAMEO events from an annotated document. */
public final class EventCoder {
  public List<EventMention> code(Document doc, Entities entities) {
    // TODO(events): the coder.
    return List.of();
  }
}
