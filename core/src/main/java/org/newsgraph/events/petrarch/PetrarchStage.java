package org.newsgraph.events.petrarch;

import java.util.List;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.EventStage;

/** The events step with PETRARCH/TABARI dictionaries: they bring their own actors, so the actors step's are not used. */
public final class PetrarchStage implements EventStage {
  private final PetrarchCoder coder;
  private final Cameo cameo;

  public PetrarchStage(PetrarchCoder coder, Cameo cameo) {
    this.coder = coder;
    this.cameo = cameo;
  }

  @Override
  public List<EventMention> code(Document doc, Entities entities, List<List<ActorMention>> actors) {
    return coder.events(doc, doc.article().published(), cameo);
  }
}
