package org.newsgraph;

import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.EntityExtractor;
import org.newsgraph.events.EventCoder;
import org.newsgraph.read.Article;

/**
 * The per-article pipeline, assembled in one place: annotate → entities → events.
 * Knows nothing of the CLI, HTTP or Spark. Thread-safe; load once per process.
 */
public final class Engine {
  private final Annotator annotator;
  private final EntityExtractor entities;
  private final EventCoder coder;

  public Engine(Annotator annotator, EntityExtractor entities, EventCoder coder) {
    this.annotator = annotator;
    this.entities = entities;
    this.coder = coder;
  }

  /** The engine with the default models and bundled dictionaries. */
  public static Engine standard() {
    return new Engine(Annotator.shared(), new EntityExtractor(), new EventCoder());
  }

  public AnalyzedArticle analyze(Article article) {
    Document doc = annotator.annotate(article);
    Entities ents = entities.extract(doc);
    return new AnalyzedArticle(doc, ents, coder.code(doc, ents));
  }
}
