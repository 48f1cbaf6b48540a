package org.newsgraph.events.learned;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.EventStage;

/**
 * The pattern coder followed by the learned heads' vote ({@link Vote}: the one place where model and
 * patterns decide together). The heads and the encoder load on the first article that needs them;
 * without bundled heads the patterns' events stand as they are.
 */
public final class VotedCoder implements EventStage {
  private final EventCoder strict;
  private final EventCoder lenient;
  private final AtomicReference<Optional<Vote>> vote = new AtomicReference<>();

  public VotedCoder(EventCoder coder) {
    this.strict = coder;
    this.lenient = coder.lenient();
  }

  @Override
  public List<EventMention> code(Document doc, Entities entities, List<List<ActorMention>> actors) {
    List<EventMention> patterns = strict.code(doc, actors);
    Optional<Vote> v = vote.updateAndGet(o -> o != null ? o : Optional.ofNullable(Vote.bundled(strict.cameo())));
    return v.isEmpty() ? patterns : v.get().apply(doc, patterns, lenient.code(doc, actors));
  }
}
