package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** The query layer on {@link QueryFixture}: filters, paging, timeline buckets, search. */
class QueryTest {
  @TempDir static Path dir;
  static Store store;
  static Query q;

  @BeforeAll static void open() {
    store = Store.openReadOnly(QueryFixture.write(dir));
    q = new Query(store);
  }

  @AfterAll static void close() {
    store.close();
  }

  static List<String> texts(List<JsonNode> nodes, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) out.add(n.path(field).isNull() ? null : n.path(field).asText());
    return out;
  }

  static EventFilter events(String from, String to, String actor, String codeStart, String story, String mode) {
    return new EventFilter(from, to, actor == null ? null : List.of(actor), null, null, null, null,
        codeStart == null ? null : List.of(codeStart), 0, story, mode);
  }

  static StoryFilter stories(String from, String to, String actor, String outlet, String text) {
    return new StoryFilter(from, to, actor == null ? null : List.of(actor), outlet, text);
  }

  @Test void storiesNewestFirstAndFiltered() {
    assertEquals(List.of("s2", "s1"), texts(q.stories(StoryFilter.ALL, 50, 0).items(), "story_id"));
    assertEquals(List.of("s2"), texts(q.stories(stories("2014-12", null, null, null, null), 50, 0).items(), "story_id"));
    assertEquals(List.of("s1"), texts(q.stories(stories(null, "2014-11-30", null, null, null), 50, 0).items(), "story_id"));
    assertEquals(2, q.stories(stories(null, null, "IGO", null, null), 50, 0).total()); // prefix of IGOUNO
    assertEquals(0, q.stories(stories(null, null, "USA", null, null), 50, 0).total());
    assertEquals(List.of("s2"), texts(q.stories(stories(null, null, null, "pyongyang TIMES", null), 50, 0).items(), "story_id"));
    // article text, wildcards taken literally
    assertEquals(List.of("s1"), texts(q.stories(stories(null, null, null, null, "OF_THE"), 50, 0).items(), "story_id"));
    assertEquals(0, q.stories(stories(null, null, null, null, "of%the"), 50, 0).total());
  }

  @Test void storyWithArticlesAndEvents() {
    StoryView s = q.story("s1").orElseThrow();
    assertEquals("Putin meets Choe", s.story().get("title").asText());
    assertEquals(List.of("a1", "a2"), texts(s.articles(), "id"));
    assertEquals(-1.5, s.articles().get(0).path("tone").path("tone").asDouble());
    assertEquals(6, s.events().size());
    assertTrue(q.story("nope").isEmpty());
  }

  @Test void eventsFilterByDateAtTheirOwnPrecision() {
    Page all = q.events(EventFilter.ALL, 50, 0);
    assertEquals(9, all.total());
    List<String> dates = texts(all.items(), "date");
    // oldest first, "2014-11" (month) before its days, undated last
    assertEquals(List.of("2014-11", "2014-11-18", "2014-11-25", "2014-11-26", "2014-12-01", "2014-12-03"),
        dates.subList(0, 6));
    assertEquals(3, dates.subList(6, 9).stream().filter(d -> d == null).count());
    assertFalse(all.items().get(0).has("mentions"), "the list leaves mentions out");
    // a month-dated event is within from=2014-11-20 and to=2014-11
    assertEquals(List.of("2014-11", "2014-11-25", "2014-11-26", "2014-12-01", "2014-12-03"),
        texts(q.events(events("2014-11-20", null, null, null, null, null), 50, 0).items(), "date"));
    assertEquals(List.of("2014-11", "2014-11-18", "2014-11-25", "2014-11-26"),
        texts(q.events(events(null, "2014-11", null, null, null, null), 50, 0).items(), "date"));
    // one day: its events, and those known only to its month
    assertEquals(List.of("2014-11", "2014-11-25"),
        texts(q.events(events("2014-11-25", "2014-11-25", null, null, null, null), 50, 0).items(), "date"));
    assertEquals(List.of("2014-12-01", "2014-12-03"),
        texts(q.events(events("2014-12", "2014", null, null, null, null), 50, 0).items(), "date"));
  }

  @Test void eventsFilterByActorCodeStoryAndMode() {
    assertEquals(3, q.events(events(null, null, "IGO", null, null, null), 50, 0).total());
    assertEquals(6, q.events(events(null, null, "PRK", null, null, null), 50, 0).total()); // either side
    assertEquals(List.of("043", "043", "043"), texts(q.events(events(null, null, null, "04", null, null), 50, 0).items(), "code"));
    assertEquals(0, q.events(events(null, null, null, "05", null, null), 50, 0).total());
    assertEquals(List.of("s2", "s2", "s2"), texts(q.events(events(null, null, null, null, "s2", null), 50, 0).items(), "story_id"));
    assertEquals(List.of("planned", "planned", "planned"),
        texts(q.events(events(null, null, null, null, null, "planned"), 50, 0).items(), "mode"));
    EventFilter sources = new EventFilter(null, null, null, List.of("PRK"), List.of("IGO"), List.of("11"), List.of("111"),
        null, 3, null, "actual");
    assertEquals(3, q.events(sources, 50, 0).total());
    EventFilter exact = new EventFilter(null, null, null, null, null, null, List.of("04"), null, 0, null, null);
    assertEquals(0, q.events(exact, 50, 0).total(), "codes match exactly, code starts as prefixes");
  }

  @Test void pagesCountEverythingThatMatches() {
    Page p = q.events(EventFilter.ALL, 2, 8);
    assertEquals(9, p.total());
    assertEquals(1, p.items().size());
    assertEquals(2, p.limit());
    assertEquals(8, p.offset());
    Page past = q.events(EventFilter.ALL, 2, 20); // no row to carry the count: asked apart
    assertEquals(9, past.total());
    assertTrue(past.items().isEmpty());
    assertEquals(2, q.stories(StoryFilter.ALL, 1, 5).total());
    assertEquals(3, q.actors(null, 1, 9).total());
    assertThrows(UnsupportedOperationException.class, () -> p.items().clear());
  }

  @Test void eventWithItsMentionsAndTheirArticles() {
    long id = q.events(events(null, null, null, "04", "s2", null), 50, 0).items().get(0).get("event_id").asLong();
    EventView e = q.event(id).orElseThrow();
    assertEquals("043", e.event().get("code").asText());
    assertEquals(1, e.mentions().size());
    JsonNode m = e.mentions().get(0);
    assertEquals("a3", m.get("article_id").asText());
    assertEquals("Pyongyang answers", m.get("article_title").asText());
    assertEquals("Pyongyang Times", m.get("article_source").asText());
    assertEquals("2014-12-02", m.get("article_published").asText());
    assertEquals("meet with X", m.get("pattern").asText());
    assertTrue(q.event(1).isEmpty());
  }

  @Test void actorsByNumberOfEvents() {
    Page all = q.actors(null, 100, 0);
    assertEquals(List.of("PRKGOV", "RUSGOV", "IGOUNO"), texts(all.items(), "code"));
    assertEquals(6, all.items().get(0).get("events").asInt());
    assertEquals(List.of("RUSGOV"), texts(q.actors("rus", 100, 0).items(), "code"));
    assertEquals(List.of("PRKGOV"), texts(q.actors("choe", 100, 0).items(), "code")); // by name too
  }

  @Test void timelineBucketsByDayWeekAndMonth() {
    Timeline day = q.actor("PRK", Timeline.By.DAY).orElseThrow();
    assertEquals("Choe Ryong Hae", day.name());
    assertEquals("PRK", day.country());
    assertEquals(6, day.events());
    // the month-dated criticism of a1 counts among the events, not on the timeline
    assertEquals(List.of("2014-11-18", "2014-11-25", "2014-11-26", "2014-12-01", "2014-12-03"),
        day.timeline().stream().map(Timeline.Bucket::date).toList());
    assertEquals(new Timeline.Bucket("2014-11-26", 1, 0, -2.0, -2.0, 0, 1), day.timeline().get(2));

    Timeline week = q.actor("PRK", Timeline.By.WEEK).orElseThrow();
    assertEquals(List.of(new Timeline.Bucket("2014-11-17", 1, 2.8, 0, 2.8, 1, 0),
        new Timeline.Bucket("2014-11-24", 2, 2.8, -2.0, 0.8, 1, 1),
        new Timeline.Bucket("2014-12-01", 2, 2.8, -2.0, 0.8, 1, 1)), week.timeline());

    Timeline month = q.actor("PRKGOV", Timeline.By.MONTH).orElseThrow();
    assertEquals(List.of(new Timeline.Bucket("2014-11-01", 3, 5.6, -2.0, 3.6, 2, 1),
        new Timeline.Bucket("2014-12-01", 2, 2.8, -2.0, 0.8, 1, 1)), month.timeline());
    assertEquals(Timeline.By.MONTH, month.by());

    // counterparts: the most frequent first, ties by code; never the actor itself
    assertEquals(List.of(new Timeline.Counterpart("IGOUNO", "United Nations", 3, -6.0),
        new Timeline.Counterpart("RUSGOV", "Vladimir Putin", 3, 8.4)), day.counterparts());
    assertTrue(q.actor("USA", Timeline.By.DAY).isEmpty());
    assertEquals(Timeline.By.WEEK, Timeline.By.of(" Week"));
    assertThrows(IllegalArgumentException.class, () -> Timeline.By.of("year"));
  }

  @Test void articleWithItsMentions() {
    JsonNode a = q.article("a2").orElseThrow();
    assertEquals("Choe criticized 100% of_the UN. Putin met Choe again.", a.get("body").asText());
    assertEquals("s1", a.get("story_id").asText());
    assertFalse(a.has("content_hash") || a.has("metadata"));
    assertEquals(List.of("043", "111", "010"), texts(List.copyOf(toList(a.get("events"))), "code"));
    assertTrue(q.article("zz").isEmpty());
  }

  static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test void searchTitlesAndBodiesNewestFirst() {
    Hits putin = q.search("PUTIN", 20, 0);
    assertEquals(3, putin.total());
    assertEquals(List.of("a3", "a1", "a2"), putin.articles().stream().map(Hits.Hit::id).toList());
    assertEquals("s2", putin.articles().get(0).storyId());
    assertEquals(List.of("a2"), q.search("100%", 20, 0).articles().stream().map(Hits.Hit::id).toList());
    assertEquals(0, q.search("1_0", 20, 0).total(), "_ is no wildcard");
    assertEquals(1, q.search("answers", 20, 0).total(), "titles count");
    Hits page = q.search("choe", 1, 1);
    assertEquals(3, page.total());
    assertEquals(1, page.articles().size());
    assertTrue(page.articles().get(0).snippet().toLowerCase().contains("choe"));
  }

  @Test void snippetsCentreOnTheMatch() {
    String body = "x".repeat(300) + " Choe met Putin " + "y".repeat(300);
    String s = Query.snippet(body, "choe");
    assertTrue(s.startsWith("…") && s.endsWith("…"), s);
    assertTrue(s.contains("Choe met Putin"), s);
    assertTrue(s.length() < 200, s);
    assertEquals("Choe met Putin", Query.snippet("Choe met Putin", "putin"));
    assertEquals("short", Query.snippet("short", "absent"));
  }

  @Test void likePatternsTakeWildcardsLiterally() {
    assertEquals("%100\\%\\_a\\\\b%", Query.contains("100%_a\\b"));
    assertEquals("%Choe%", Query.contains("Choe"));
  }

  @Test void countsOfWhatTheStoreHolds() {
    assertEquals(new Counts(3, 9, 9, 2), q.counts());
  }

  @Test void checksNameTheValueAndItsForm() {
    assertEquals("2014-11", Checks.date("from", "2014-11"));
    assertEquals("from: not a date: 2014-02-30",
        assertThrows(IllegalArgumentException.class, () -> Checks.date("from", "2014-02-30")).getMessage());
    assertEquals("to: expected YYYY-MM-DD, YYYY-MM or YYYY: 11/2014",
        assertThrows(IllegalArgumentException.class, () -> Checks.date("to", "11/2014")).getMessage());
    assertEquals("RUSGOV", Checks.actor("actor", "rusGov"));
    assertThrows(IllegalArgumentException.class, () -> Checks.actor("actor", "RU"));
    assertThrows(IllegalArgumentException.class, () -> Checks.root("root", "4"));
    assertEquals("0431", Checks.code("code", "0431"));
  }
}
