package org.newsgraph.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.actors.Actors;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.embed.Encoder;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.EntityExtractor;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.EventStage;
import org.newsgraph.events.learned.VotedCoder;
import org.newsgraph.events.petrarch.Dictionaries;
import org.newsgraph.events.petrarch.PetrarchPatterns;
import org.newsgraph.events.petrarch.PetrarchStage;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.read.Article;

/**
 * The per-article chain, assembled here and nowhere else. Each step is a small class that reads what
 * the earlier ones produced and returns its own immutable result:
 * <pre>
 *   Article ─annotate→ Document ─entities→ Entities
 *                      Document ─actors→   ActorMention per sentence (dictionary, composition, references)
 *   Document + Entities + actors ─events→  EventMention (patterns, then the learned heads' vote)
 * </pre>
 * Articles in another language than English stop before the first step. Knows nothing of the CLI,
 * HTTP or Spark. Thread-safe; load once per process.
 */
public final class Engine {
  private final Annotator annotate;
  private final EntityExtractor entities;
  private final Actors actors;
  private final EventStage events;

  /**
   * The chain with these steps; {@code actors} may be null when the events step finds its own
   * (PETRARCH dictionaries).
   */
  public Engine(Annotator annotate, EntityExtractor entities, Actors actors, EventStage events) {
    this.annotate = annotate;
    this.entities = entities;
    this.actors = actors;
    this.events = events;
  }

  /** The chain around a pattern coder: its actors, its patterns, then the vote (see {@link #voted}). */
  public Engine(Annotator annotate, EntityExtractor entities, EventCoder coder) {
    this(annotate, entities, coder.actors(), voted(coder));
  }

  /**
   * The pattern coder followed by the learned heads' vote ({@link VotedCoder}), unless
   * {@code -Dnewsgraph.learned=off}.
   */
  static EventStage voted(EventCoder coder) {
    return "off".equals(System.getProperty("newsgraph.learned")) ? coder : new VotedCoder(coder);
  }

  /** The engine with the default models and bundled dictionaries. */
  public static Engine standard() {
    Encoder.preload(); // the vote and the stories need it; it loads beside CoreNLP's models
    return new Engine(Annotator.shared(), new EntityExtractor(), new EventCoder());
  }

  /**
   * The engine with user dictionaries: {@code petrarch:DIR} codes with PETRARCH/TABARI verb, actor,
   * agent and discard files through the PETRARCH-compatible coder; a plain {@code DIR} adds files of
   * our own format (knowledge/README.md, knowledge/PATTERNS.md) to the bundled ones.
   */
  public static Engine withDictionaries(String spec) {
    try {
      Encoder.preload();
      Dictionaries d = Dictionaries.load(spec);
      if (!d.isPetrarch()) {
        return new Engine(Annotator.shared(), new EntityExtractor(), d.eventCoder(Gazetteer.standard()));
      }
      // PETRARCH verb files use a few codes CAMEO lacks; the conversion's ontology knows them.
      Cameo cameo = PetrarchPatterns.convert(d.petrarch().verbs(), Cameo.bundled()).cameo();
      return new Engine(Annotator.shared(), new EntityExtractor(), null, new PetrarchStage(d.petrarchCoder(), cameo));
    } catch (IOException e) {
      throw new UncheckedIOException(spec + ": " + e.getMessage(), e);
    }
  }

  /**
   * Analyses one article. Articles known to be in another language than English are kept as read,
   * with no annotation, entities or events: English models would only invent them.
   */
  public AnalyzedArticle analyze(Article article) {
    return analyze(article, null);
  }

  /** As {@link #analyze(Article)}, adding each step's CPU time to {@code times} (may be null). */
  public AnalyzedArticle analyze(Article article, StageTimes times) {
    if (!article.isEnglish()) return unanalysed(article);
    long t = StageTimes.now();
    Document doc = annotate.annotate(article);
    t = StageTimes.add(times, "annotate", t);
    Entities ents = entities.extract(doc);
    t = StageTimes.add(times, "entities", t);
    List<List<ActorMention>> acts = actors == null ? List.of() : actors.findAll(doc, article.published());
    t = StageTimes.add(times, "actors", t);
    List<EventMention> found = events.code(doc, ents, acts);
    StageTimes.add(times, "events", t);
    return new AnalyzedArticle(doc, ents, acts, found);
  }

  /** An article stored as read: no sentences, entities or events. */
  public static AnalyzedArticle unanalysed(Article article) {
    return new AnalyzedArticle(new Document(article, List.of(), List.of(), List.of(), List.of()),
        new Entities(List.of(), List.of(), List.of(), new Tone(0, 0, 0, 0, 0)), List.of());
  }
}
