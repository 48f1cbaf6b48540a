package org.newsgraph.query;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;
import org.newsgraph.store.Samples;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoryRecord;

/**
 * A small store for the query layer's tests and the CLI's, from {@link Samples} (no models):
 * three articles, each with the samples' three events (RUSGOV meets PRKGOV, 043, +2.8; PRKGOV
 * criticizes IGOUNO, 111, -2.0; RUSGOV plans a statement, undated) dated apart, and two stories.
 *
 * <pre>
 * a1  The Moscow Times 2014-11-19  043 2014-11-18  111 2014-11 (month)  story s1
 * a2  The Moscow Times 2014-11-19  043 2014-11-25  111 2014-11-26       story s1  body "... 100% of_the UN ..."
 * a3  Pyongyang Times  2014-12-02  043 2014-12-01  111 2014-12-03       story s2
 * </pre>
 */
public final class QueryFixture {
  private QueryFixture() {}

  /** Writes the store to {@code dir/query.db} and returns its path. */
  public static Path write(Path dir) {
    Path db = dir.resolve("query.db");
    Article a3 = Samples.article("a3");
    a3 = new Article("a3", a3.path(), "Pyongyang answers", null, "Pyongyang Times", null, LocalDate.of(2014, 12, 2),
        null, a3.body(), List.of(), Map.of(), null);
    List<AnalyzedArticle> articles = List.of(
        Samples.analyze(Samples.article("a1")),
        dated(Samples.analyze(Samples.article("a2", "Choe criticized 100% of_the UN. Putin met Choe again.")),
            "2014-11-25", "2014-11-26"),
        dated(Samples.analyze(a3), "2014-12-01", "2014-12-03"));
    try (Store store = Store.open(db)) {
      store.write(articles);
      store.writeStories(List.of(
          new StoryRecord("s1", "Putin meets Choe", LocalDate.of(2014, 11, 19), LocalDate.of(2014, 11, 19),
              List.of("a1", "a2"), List.of("The Moscow Times"), eventIds(articles.subList(0, 2))),
          new StoryRecord("s2", "Pyongyang answers", LocalDate.of(2014, 12, 2), LocalDate.of(2014, 12, 2),
              List.of("a3"), List.of("Pyongyang Times"), eventIds(articles.subList(2, 3)))));
    }
    return db;
  }

  /** The article with its meeting on {@code meeting} and its criticism on {@code criticism}. */
  private static AnalyzedArticle dated(AnalyzedArticle a, String meeting, String criticism) {
    List<EventMention> events = new ArrayList<>();
    for (EventMention m : a.events()) {
      String date = m.code().equals("043") ? meeting : m.code().equals("111") ? criticism : m.date();
      events.add(new EventMention(m.articleId(), m.sentence(), m.start(), m.end(), m.text(), m.source(), m.target(),
          m.code(), m.rootCode(), m.quadClass(), m.goldstein(), date, date == null ? "unknown" : "day",
          m.location(), m.mode(), m.confidence(), m.trigger(), m.pattern(), m.why()));
    }
    return new AnalyzedArticle(a.document(), a.entities(), events);
  }

  private static List<Long> eventIds(List<AnalyzedArticle> articles) {
    List<Long> ids = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (EventMention m : a.events()) ids.add(Store.eventId(a.document().article().id(), m));
    }
    return ids;
  }
}
