package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.EntityExtractor;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.learned.Vote;
import org.newsgraph.events.petrarch.Dictionaries;
import org.newsgraph.events.petrarch.PetrarchCoder;
import org.newsgraph.events.petrarch.PetrarchPatterns;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.read.Article;

/**
 * The per-article pipeline, assembled in one place: annotate → entities → events (patterns, then
 * the learned heads' vote).
 * Knows nothing of the CLI, HTTP or Spark. Thread-safe; load once per process.
 */
public final class Engine {
  private final Annotator annotator;
  private final EntityExtractor entities;
  private final BiFunction<Document, Entities, List<EventMention>> coder;

  public Engine(Annotator annotator, EntityExtractor entities, EventCoder coder) {
    this(annotator, entities, voted(coder));
  }

  /**
   * The pattern coder followed by the learned heads' vote ({@link Vote}: the one place where model and
   * patterns decide together), unless {@code -Dnewsgraph.learned=off}. Heads and encoder load on the
   * first article that needs them.
   */
  static BiFunction<Document, Entities, List<EventMention>> voted(EventCoder coder) {
    if ("off".equals(System.getProperty("newsgraph.learned"))) return coder::code;
    EventCoder lenient = coder.lenient();
    java.util.concurrent.atomic.AtomicReference<Optional<Vote>> vote = new java.util.concurrent.atomic.AtomicReference<>();
    return (doc, ents) -> {
      List<EventMention> strict = coder.code(doc, ents);
      Optional<Vote> v = vote.updateAndGet(o -> o != null ? o : Optional.ofNullable(Vote.bundled(coder.cameo())));
      return v.isEmpty() ? strict : v.get().apply(doc, strict, lenient.code(doc));
    };
  }

  private Engine(Annotator annotator, EntityExtractor entities,
                 BiFunction<Document, Entities, List<EventMention>> coder) {
    this.annotator = annotator;
    this.entities = entities;
    this.coder = coder;
  }

  /** The engine with the default models and bundled dictionaries. */
  public static Engine standard() {
    return new Engine(Annotator.shared(), new EntityExtractor(), new EventCoder());
  }

  /**
   * The engine with user dictionaries: {@code petrarch:DIR} codes with PETRARCH/TABARI verb, actor,
   * agent and discard files through the PETRARCH-compatible coder; a plain {@code DIR} adds files of
   * our own format (knowledge/README.md, knowledge/PATTERNS.md) to the bundled ones.
   */
  public static Engine withDictionaries(String spec) {
    try {
      Dictionaries d = Dictionaries.load(spec);
      if (!d.isPetrarch()) {
        return new Engine(Annotator.shared(), new EntityExtractor(), d.eventCoder(Gazetteer.standard()));
      }
      PetrarchCoder pc = d.petrarchCoder();
      // PETRARCH verb files use a few codes CAMEO lacks; the conversion's ontology knows them.
      Cameo cameo = PetrarchPatterns.convert(d.petrarch().verbs(), Cameo.bundled()).cameo();
      return new Engine(Annotator.shared(), new EntityExtractor(),
          (doc, ents) -> pc.events(doc, doc.article().published(), cameo));
    } catch (IOException e) {
      throw new UncheckedIOException(spec + ": " + e.getMessage(), e);
    }
  }

  /**
   * Analyses one article. Articles known to be in another language than English are kept as read,
   * with no annotation, entities or events: English models would only invent them.
   */
  public AnalyzedArticle analyze(Article article) {
    if (!article.isEnglish()) return unanalysed(article);
    Document doc = annotator.annotate(article);
    Entities ents = entities.extract(doc);
    return new AnalyzedArticle(doc, ents, coder.apply(doc, ents));
  }

  /** An article stored as read: no sentences, entities or events. */
  public static AnalyzedArticle unanalysed(Article article) {
    return new AnalyzedArticle(new Document(article, List.of(), List.of(), List.of(), List.of()),
        new Entities(List.of(), List.of(), List.of(), new Tone(0, 0, 0, 0, 0)), List.of());
  }
}
