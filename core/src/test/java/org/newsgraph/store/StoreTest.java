package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.Newsgraph;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;
import org.newsgraph.read.Rejection;

class StoreTest {
  @TempDir Path dir;

  /** The number of migrations the store ships (resources/db/migrations.txt). */
  static int migrations() {
    try (var in = Store.class.getResourceAsStream("/db/migrations.txt")) {
      return (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test void roundTripsArticlesAndMentions() {
    Article a = Samples.article("a1");
    AnalyzedArticle analyzed = Samples.analyze(a);
    try (Store store = Store.open(dir.resolve("ng.db"))) {
      assertEquals(migrations(), store.schemaVersion(), "every migration applied");
      store.write(List.of(analyzed));
      Article back = store.article("a1").orElseThrow();
      assertEquals(a.body(), back.body());
      assertEquals(a.published(), back.published());
      assertEquals(a.captions(), back.captions());
      assertEquals(a.metadata(), back.metadata());
      assertEquals(Store.contentHash(a), back.contentHash());
      assertEquals(new Article(a.id(), a.path(), a.title(), a.byline(), a.source(), a.url(), a.published(),
          a.dateline(), a.body(), a.captions(), a.metadata(), back.contentHash()), back);
      assertEquals(analyzed.events(), store.mentions("a1"));
      assertEquals(1, store.count(Kind.ARTICLES));
      assertEquals(3, store.count(Kind.MENTIONS));
      assertEquals(3, store.count(Kind.EVENTS));
      assertEquals(0, store.count(Kind.STORIES));
      long id = Store.eventId("a1", analyzed.events().get(0));
      assertEquals(List.of(analyzed.events().get(0)), store.eventMentions(id));
      assertTrue(store.article("nope").isEmpty());
    }
    try (Store again = Store.open(dir.resolve("ng.db"))) { // reopening applies nothing twice
      assertEquals(migrations(), again.schemaVersion());
      assertEquals(1, again.count(Kind.ARTICLES));
    }
  }

  @Test void eventIdsAreStableAndJsonSafe() {
    EventMention m = Samples.analyze(Samples.article("x")).events().get(0);
    assertEquals(Store.eventId("x", m), Store.eventId("x", m));
    assertTrue(Store.eventId("x", m) < (1L << 53));
    assertTrue(Store.eventId("x", m) != Store.eventId("y", m));
  }

  @Test void reRunChangesNothingAndSkipsAnalysis() {
    Samples.FakeEngine engine = new Samples.FakeEngine();
    List<Article> input = List.of(Samples.article("a1"), Samples.article("a2"));
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), engine)) {
      Newsgraph.Summary first = ng.analyzeArticles(input, 2, Newsgraph.Progress.NONE);
      assertEquals(2, first.stored());
      assertEquals(4, first.entities());
      assertEquals(6, first.events());
      long events = ng.store().count(Kind.EVENTS);
      List<String> before = ng.store().json(Kind.ARTICLES, 10, 0);

      Newsgraph.Summary second = ng.analyzeArticles(input, 2, Newsgraph.Progress.NONE);
      assertEquals(0, second.stored());
      assertEquals(2, second.unchanged());
      assertEquals(2, engine.calls.get(), "unchanged articles are not analysed again");
      assertEquals(2, ng.store().count(Kind.ARTICLES));
      assertEquals(6, ng.store().count(Kind.MENTIONS));
      assertEquals(events, ng.store().count(Kind.EVENTS));
      assertEquals(before, ng.store().json(Kind.ARTICLES, 10, 0));
    }
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), engine)) { // also across processes
      assertEquals(2, ng.analyzeArticles(input, 1, Newsgraph.Progress.NONE).unchanged());
      assertEquals(2, ng.force(true).analyzeArticles(input, 1, Newsgraph.Progress.NONE).stored());
      assertEquals(6, ng.store().count(Kind.MENTIONS));
    }
  }

  @Test void aNewVersionReplacesTheOldOneAndItsRows() {
    Samples.FakeEngine engine = new Samples.FakeEngine();
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), engine)) {
      ng.analyzeArticles(List.of(Samples.article("a1"), Samples.article("a2")), 1, Newsgraph.Progress.NONE);
      String changed = "Lavrov spoke in Moscow. " + Samples.BODY;
      Newsgraph.Summary s = ng.analyzeArticles(List.of(Samples.article("a1", changed), Samples.article("a2")), 1,
          Newsgraph.Progress.NONE);
      assertEquals(1, s.stored());
      assertEquals(1, s.unchanged());
      Store store = ng.store();
      assertEquals(changed, store.article("a1").orElseThrow().body());
      assertEquals(2, store.count(Kind.ARTICLES));
      assertEquals(6, store.count(Kind.MENTIONS));
      // The two articles report the same three events: the stories stage merges their mentions.
      assertEquals(3, store.count(Kind.EVENTS));
      long[] entities = {0};
      store.select("SELECT count(*) FROM entities WHERE article_id = 'a1'", rs -> entities[0] = rs.getLong(1));
      assertEquals(2, entities[0]);
      assertTrue(store.mentions("a1").stream().allMatch(m -> m.text().startsWith("Lavrov")));
    }
  }

  @Test void aFailedBatchLeavesTheStoreAsBefore() {
    try (Store store = Store.open(dir.resolve("ng.db"))) {
      store.write(List.of(Samples.analyze(Samples.article("a1"))));
      String before = store.json(Kind.ARTICLES, 10, 0).toString();
      store.afterInsert(id -> {
        if (id.equals("b2")) throw new IllegalStateException("disk on fire");
      });
      String changed = "Something else entirely. " + Samples.BODY;
      List<AnalyzedArticle> batch = List.of(Samples.analyze(Samples.article("a1", changed)),
          Samples.analyze(Samples.article("b1")), Samples.analyze(Samples.article("b2")),
          Samples.analyze(Samples.article("b3")));
      StoreException e = assertThrows(StoreException.class, () -> store.write(batch));
      assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
      assertEquals(before, store.json(Kind.ARTICLES, 10, 0).toString());
      assertEquals(Samples.BODY, store.article("a1").orElseThrow().body());
      assertFalse(store.article("b1").isPresent());
      assertEquals(3, store.count(Kind.MENTIONS));
      assertEquals(3, store.count(Kind.EVENTS));
      store.afterInsert(id -> {});
      store.write(batch); // and the store still works afterwards
      assertEquals(4, store.count(Kind.ARTICLES));
    }
  }

  @Test void aRunThatFailsMidwayKeepsOnlyTheBatchesBeforeIt() {
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), new Samples.FakeEngine()).batchSize(2)) {
      ng.store().afterInsert(id -> {
        if (id.equals("a4")) throw new IllegalStateException("killed");
      });
      List<Article> input = IntStream.rangeClosed(1, 5).mapToObj(i -> Samples.article("a" + i)).toList();
      assertThrows(StoreException.class, () -> ng.analyzeArticles(input, 1, Newsgraph.Progress.NONE));
      assertEquals(List.of("a1", "a2"), ng.store().articleIds());
      assertEquals(6, ng.store().count(Kind.MENTIONS));
    }
  }

  @Test void twoFilesWithOneIdAreAClashNotTwoVersions() {
    List<Rejection> rejections = new ArrayList<>();
    Newsgraph.Progress progress = new Newsgraph.Progress() {
      @Override public void rejected(Rejection r) {
        rejections.add(r);
      }
    };
    Article a = Samples.article("001.txt", "Russia and China held talks. They agreed.");
    Article b = Samples.article("001.txt", "France accused Germany. Berlin denied it.");
    Article fromA = new Article(a.id(), "news/a/001.txt", a.title(), a.byline(), a.source(), a.url(), a.published(),
        a.dateline(), a.body(), a.captions(), a.metadata(), null);
    Article fromB = new Article(b.id(), "news/b/001.txt", b.title(), b.byline(), b.source(), b.url(), b.published(),
        b.dateline(), b.body(), b.captions(), b.metadata(), null);
    // one JSON Lines file holding an id twice: versions, the later one wins
    Article v1 = new Article("x", "feed.jsonl:1", a.title(), a.byline(), a.source(), a.url(), a.published(),
        a.dateline(), a.body(), a.captions(), a.metadata(), null);
    Article v2 = new Article("x", "feed.jsonl:2", b.title(), b.byline(), b.source(), b.url(), b.published(),
        b.dateline(), b.body(), b.captions(), b.metadata(), null);
    try (Newsgraph ng = Newsgraph.open(dir.resolve("clash.db"), new Samples.FakeEngine())) {
      Newsgraph.Summary s = ng.analyzeArticles(List.of(fromA, fromB, v1, v2), 1, progress);
      assertEquals(2, s.stored());
      assertEquals(1, s.rejected());
      assertEquals(1, rejections.size());
      assertEquals("news/b/001.txt", rejections.get(0).path());
      assertTrue(rejections.get(0).reason().contains("also the id of news/a/001.txt"), rejections.get(0).reason());
      assertEquals(List.of("001.txt", "x"), ng.store().articleIds());
      assertTrue(ng.store().article("001.txt").orElseThrow().body().startsWith("Russia"));
      assertTrue(ng.store().article("x").orElseThrow().body().startsWith("France"));
    }
  }

  @Test void analysisFailuresAreRejectionsAndTheRunGoesOn() {
    List<Rejection> rejections = new ArrayList<>();
    List<Newsgraph.Status> updates = new ArrayList<>();
    Newsgraph.Progress progress = new Newsgraph.Progress() {
      @Override public void rejected(Rejection r) {
        rejections.add(r);
      }

      @Override public void update(Newsgraph.Status s) {
        updates.add(s);
      }
    };
    List<Article> input = new ArrayList<>();
    for (int i = 0; i < 20; i++) input.add(Samples.article("a" + i));
    input.add(Samples.article("bad", "This one will EXPLODE. Sorry."));
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), new Samples.FakeEngine()).batchSize(3)) {
      Newsgraph.Summary s = ng.analyzeArticles(input, 2, progress);
      assertEquals(20, s.stored());
      assertEquals(1, s.rejected());
      assertEquals(List.of("in/bad: analysis failed: IllegalStateException: parser blew up"),
          rejections.stream().map(Rejection::toString).toList());
      assertEquals(20, ng.store().count(Kind.ARTICLES));
      Newsgraph.Status last = updates.get(updates.size() - 1);
      assertTrue(last.readingDone());
      assertEquals(21, last.read());
      assertEquals(21, last.done());
      assertEquals(20, last.stored());
      assertNull(new Newsgraph.Status(3, false, 1, 0, 0, 0, 0, java.time.Duration.ofSeconds(1)).eta());
    }
  }

  @Test void storiesAndMergedEvents() throws Exception {
    try (Store store = Store.open(dir.resolve("ng.db"))) {
      AnalyzedArticle a1 = Samples.analyze(Samples.article("a1"));
      AnalyzedArticle a2 = Samples.analyze(Samples.article("a2"));
      store.write(List.of(a1, a2));
      long e1 = Store.eventId("a1", a1.events().get(0));
      long e2 = Store.eventId("a2", a2.events().get(0));
      store.mergeEvents(e1, List.of(e2));
      assertEquals(5, store.count(Kind.EVENTS));
      assertEquals(6, store.count(Kind.MENTIONS));
      JsonNode merged = new ObjectMapper().readTree(store.json(Kind.EVENTS, String.valueOf(e1)).orElseThrow());
      assertEquals(2, merged.get("num_mentions").asInt());
      assertEquals(2, merged.get("num_articles").asInt());
      assertEquals(1, merged.get("num_sources").asInt(), "both articles are from The Moscow Times");
      assertEquals(2, merged.get("mentions").size());
      assertTrue(store.json(Kind.EVENTS, String.valueOf(e2)).isEmpty());

      store.writeStories(List.of(new StoryRecord("s1", "Putin meets Choe", LocalDate.of(2014, 11, 19),
          LocalDate.of(2014, 11, 20), List.of("a1", "a2"), List.of("The Moscow Times"), List.of(e1))));
      JsonNode story = new ObjectMapper().readTree(store.json(Kind.STORIES, "s1").orElseThrow());
      assertEquals(List.of("story_id", "title", "first_published", "last_published", "article_ids", "sources",
          "event_ids"), fieldNames(story));
      assertEquals("2014-11-19", story.get("first_published").asText());
      assertEquals(2, story.get("article_ids").size());
      assertEquals(e1, story.get("event_ids").get(0).asLong());
      assertEquals("s1", new ObjectMapper().readTree(store.json(Kind.ARTICLES, "a2").orElseThrow()).get("story_id").asText());
      assertEquals("s1", new ObjectMapper().readTree(store.json(Kind.EVENTS, String.valueOf(e1)).orElseThrow())
          .get("story_id").asText());

      // a story merged into another goes in the same write as the one that took its articles
      store.writeStories(List.of(new StoryRecord("s2", "Choe in Moscow", LocalDate.of(2014, 11, 20),
          LocalDate.of(2014, 11, 20), List.of("a2"), List.of("The Moscow Times"), List.of())));
      store.writeStories(List.of(new StoryRecord("s1", "Putin meets Choe", LocalDate.of(2014, 11, 19),
          LocalDate.of(2014, 11, 20), List.of("a1", "a2"), List.of("The Moscow Times"), List.of(e1))), List.of("s2"));
      assertTrue(store.json(Kind.STORIES, "s2").isEmpty(), "the merged-away story is gone");
      assertEquals(1, store.count(Kind.STORIES));
      assertEquals("s1", new ObjectMapper().readTree(store.json(Kind.ARTICLES, "a2").orElseThrow()).get("story_id").asText());

      // re-analysing a2 takes its mention out of the merged event, which stays for a1
      store.write(List.of(Samples.analyze(Samples.article("a2", "Changed. " + Samples.BODY))));
      JsonNode after = new ObjectMapper().readTree(store.json(Kind.EVENTS, String.valueOf(e1)).orElseThrow());
      assertEquals(1, after.get("num_mentions").asInt());
      assertEquals("a1", after.get("mentions").get(0).get("article_id").asText());
    }
  }

  @Test void refusesAStoreFromANewerVersion() {
    Path db = dir.resolve("ng.db");
    try (Store store = Store.open(db)) {
      store.select("SELECT 1", rs -> {});
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
         java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version (version, name) VALUES (99, 'V99__future.sql')");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
    assertTrue(e.getMessage().contains("newer than this newsgraph knows"), e.getMessage());
  }

  @Test void theLaterVersionInOneRunWins() {
    // the first version is slow to analyse, so the second finishes first
    java.util.function.Function<Article, AnalyzedArticle> slowFirst = a -> {
      if (a.body().startsWith("Old")) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Samples.analyze(a);
    };
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), slowFirst).batchSize(1)) {
      Newsgraph.Summary s = ng.analyzeArticles(List.of(Samples.article("x", "Old text. " + Samples.BODY),
          Samples.article("x", "New text. " + Samples.BODY)), 2, Newsgraph.Progress.NONE);
      assertEquals("New text. " + Samples.BODY, ng.store().article("x").orElseThrow().body());
      assertEquals(1, s.stored());
      assertEquals(1, s.unchanged());
    }
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
