package org.newsgraph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.read.Article;

/**
 * How records travel between Spark stages: JSON text (Spark's own encoders cannot build Java
 * records). Analysed articles travel slim: what the stories stage reads (article, sentence spans,
 * name mentions, entities, events), not tokens and dependencies.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read JSON: " + e.getMessage(), e);
    }
  }

  static Article article(String json) {
    return read(json, Article.class);
  }

  /** The analysed article without what only the per-article stages need (tokens, dependencies). */
  static String slim(AnalyzedArticle a) {
    Document d = a.document();
    List<Sentence> sentences = d.sentences().stream()
        .map(s -> new Sentence(s.index(), s.start(), s.end(), s.text(), List.of(), List.of())).toList();
    return write(new AnalyzedArticle(new Document(d.article(), sentences, d.mentions(), List.of(), List.of()),
        a.entities(), List.of(), a.events())); // the actors are in the events
  }

  static AnalyzedArticle analyzed(String json) {
    return read(json, AnalyzedArticle.class);
  }
}
