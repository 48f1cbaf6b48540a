package org.newsgraph.actors;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.annotate.Document;

/**
 * Recognises CAMEO actors in annotated sentences: dictionary phrase matching over tokens and lemmas,
 * composition (adjective + agent noun), NER fallback, and in-article reference resolution.
 */
public final class Actors {
  private final ActorDictionary dictionary;

  public Actors(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Actors with the bundled dictionaries (src/main/resources/knowledge). */
  public static Actors standard() {
    return new Actors(ActorDictionary.bundled());
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** Actor mentions in one sentence of {@code doc}, with codes valid on {@code date} (null: any). */
  public List<ActorMention> find(Document doc, int sentence, LocalDate date) {
    // TODO(actors)
    return List.of();
  }
}
