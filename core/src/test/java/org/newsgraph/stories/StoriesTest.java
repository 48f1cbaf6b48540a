package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.entities.Amount;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;

class StoriesTest {
  static final String MEETING = "Russian President Vladimir Putin on Tuesday received Choe Ryong Hae, a senior envoy of "
      + "North Korean leader Kim Jong Un, in the Kremlin. The two sides discussed economic ties, a railway project "
      + "worth 25 billion dollars and the nuclear programme of Pyongyang. Foreign Minister Sergei Lavrov said the "
      + "talks were constructive and that Moscow opposed a United Nations resolution on human rights.";

  static AnalyzedArticle article(String id, String source, String date, String title, String body,
                                 List<EventMention> events, List<Amount> amounts) {
    Article a = new Article(id, id, title, null, source, null, date == null ? null : LocalDate.parse(date), null,
        body, List.of(), Map.of(), id);
    return new AnalyzedArticle(new Document(a, List.of(), List.of(), List.of(), List.of()),
        new Entities(List.of(), List.of(), amounts, new Tone(0, 0, 0, 0, 0)), events);
  }

  static ActorMention actor(String code, String name) {
    return new ActorMention(code, name, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, 0, 0, 1,
        0, 1, name, "test");
  }

  static EventMention mention(String articleId, String src, String tgt, String code, String date) {
    return new EventMention(articleId, 0, 0, 10, "sentence", actor(src, src), actor(tgt, tgt), code,
        code.substring(0, 2), 1, 1.0, date, EventMerger.precision(date), null, "actual", 0.9, "met", "p", "why",
        0, 1, 0);
  }

  @Test void nearCopyIsLinkedToItsOriginalAndCountsAsMentionNotSource() {
    Stories s = new Stories();
    String copyBody = MEETING.replace("on Tuesday", "on Tuesday (Nov 18)").replace("constructive", "very constructive");
    String other = "Choe Ryong Hae, envoy of Kim Jong Un, met Vladimir Putin in the Kremlin on Tuesday, Moscow said. "
        + "Russia and North Korea discussed a railway project and economic ties; Lavrov criticised the United Nations "
        + "resolution on human rights in Pyongyang.";
    Stories.Placement a = s.add(article("a", "Wire", "2014-11-18", "Putin receives Choe", MEETING,
        List.of(mention("a", "RUSGOV", "PRKGOV", "042", "2014-11-18")), List.of()));
    Stories.Placement b = s.add(article("b", "Daily", "2014-11-19", "Putin receives North Korean envoy", copyBody,
        List.of(mention("b", "RUSGOV", "PRKGOV", "042", "2014-11-18")), List.of()));
    Stories.Placement c = s.add(article("c", "Herald", "2014-11-19", "Choe meets Putin", other,
        List.of(mention("c", "PRKGOV", "RUSGOV", "040", "2014-11-18")), List.of()));
    assertTrue(a.newStory());
    assertEquals("a", b.copyOf());
    assertEquals(a.storyId(), b.storyId());
    assertNull(c.copyOf());
    assertEquals(a.storyId(), c.storyId(), "a different report of the same meeting joins the story");
    List<Event> events = s.events(a.storyId());
    assertEquals(1, events.size(), events.toString());
    Event e = events.get(0);
    assertEquals(3, e.numMentions());
    assertEquals(3, e.numArticles());
    assertEquals(2, e.numSources(), "the copy's outlet is not an independent source");
    assertEquals("2014-11-18", e.date());
    assertEquals("042", e.code());
    Story story = s.story(a.storyId()).orElseThrow();
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    s.save(saved);
    Stories restored = Stories.restore(new ByteArrayInputStream(saved.toByteArray()));
    assertEquals(events, restored.events(a.storyId()), "events survive save and restore");
    assertEquals(s.sideBySide(a.storyId()), restored.sideBySide(a.storyId()));
    assertEquals(List.of("b"), story.copies());
    assertEquals(List.of("Wire", "Daily", "Herald"), story.sources());
    assertEquals(List.of(e.eventId()), story.eventIds());
  }

  @Test void mentionsWithIncompatibleDatesOrActorsStaySeparate() {
    List<EventMention> ms = List.of(mention("x", "RUSGOV", "PRKGOV", "042", "2014-11-18"),
        mention("x", "RUSGOV", "PRKGOV", "043", "2014-11"),      // month: compatible, merges
        mention("x", "RUSGOV", "PRKGOV", "042", "2014-11-17"),   // another day
        mention("x", "RUSGOV", "CHNGOV", "042", "2014-11-18"),   // other target
        mention("x", "PRKGOV", "RUSGOV", "111", "2014-11-18"),   // other root
        mention("x", "PRKGOV", "RUSGOV", "043", "2014-11-18"));  // meeting, either direction
    ArticleFacts facts = new ArticleFacts("x", "A", null, null, null, null, null, null, null, null, ms);
    List<Event> events = EventMerger.merge("s", List.of(facts), java.util.Set.of("04"));
    assertEquals(4, events.size(), events.toString());
    assertEquals(3, events.get(0).numMentions());
    assertEquals("2014-11-18", events.get(0).date());
    assertEquals("day", events.get(0).datePrecision());
    assertEquals(1, events.get(0).numSources());
    assertEquals(6, events.stream().mapToInt(Event::numMentions).sum(), "every mention is counted once");
  }

  @Test void storiesCloseOutsideTheTimeWindow() {
    Stories s = new Stories();
    String storm = "A powerful storm hit the coast of Florida, flooding Miami and cutting power to 200,000 homes; "
        + "Governor Ron DeSantis declared an emergency as the hurricane moved north toward Georgia.";
    Stories.Placement a = s.add(StoryArticle.of("a", "X", LocalDate.parse("2020-09-01"), "Storm hits Florida", storm));
    Stories.Placement b = s.add(StoryArticle.of("b", "Y", LocalDate.parse("2020-09-02"), "Hurricane floods Miami", storm + " More rain is expected."));
    Stories.Placement c = s.add(StoryArticle.of("c", "Z", LocalDate.parse("2020-10-15"), "Storm hits Florida", storm));
    assertEquals(a.storyId(), b.storyId());
    assertNotEquals(a.storyId(), c.storyId(), "six weeks later the first story is closed");
    List<Story> stories = s.stories();
    assertEquals(c.storyId(), stories.get(0).storyId(), "newest first");
    assertEquals(LocalDate.parse("2020-09-02"), stories.get(1).lastPublished());
  }

  @Test void unrelatedArticlesStartTheirOwnStories() {
    Stories s = new Stories();
    Stories.Placement a = s.add(StoryArticle.of("a", "X", LocalDate.parse("2020-09-01"), "Storm hits Florida",
        "A powerful storm hit the coast of Florida, flooding Miami and cutting power to homes."));
    Stories.Placement b = s.add(StoryArticle.of("b", "X", LocalDate.parse("2020-09-01"), "Arsenal beat Chelsea",
        "Arsenal beat Chelsea 2-1 at the Emirates stadium with a late goal from Bukayo Saka."));
    assertNotEquals(a.storyId(), b.storyId());
    assertEquals(a.storyId(), s.add(StoryArticle.of("a", "X", LocalDate.parse("2020-09-01"), "again", "again")).storyId(),
        "adding a known id again changes nothing");
    assertEquals(2, s.size());
  }

  @Test void twoHalvesWithSaveAndRestoreGiveTheSameStoriesAsOneRun() {
    assumeTrue(org.newsgraph.SharedData.present("corpora/bbc") && BbcCorpus.available(), "BBC corpus not available");
    List<BbcCorpus.Text> texts = BbcCorpus.texts().subList(0, 900);
    List<StoryArticle> all = new ArrayList<>(BbcCorpus.round(texts, 0, 20, 30));
    all.addAll(BbcCorpus.round(texts.subList(0, 300), 1, 20, 30));   // later re-runs: window must close stories
    // Near-copies on the same day: some trimmed, some longer (those become the originals).
    List<StoryArticle> copies = new ArrayList<>();
    for (int i = 0; i < 900; i += 15) {
      BbcCorpus.Text t = texts.get(i);
      StoryArticle orig = all.stream().filter(a -> a.id().equals("r0/" + t.id())).findFirst().orElseThrow();
      String body = i % 30 == 0 ? t.body() + " Additional reporting by our correspondents in London and Paris."
          : t.body().substring(0, t.body().length() * 9 / 10);
      copies.add(StoryArticle.of("copy/" + t.id(), "Reprints", orig.published(), t.title(), body));
    }
    all.addAll(copies);
    all.sort(java.util.Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id));

    Stories one = new Stories();
    all.forEach(one::add);

    Stories first = new Stories();
    all.subList(0, all.size() / 2).forEach(first::add);
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    first.save(saved);
    Stories second = Stories.restore(new ByteArrayInputStream(saved.toByteArray()));
    all.subList(all.size() / 2, all.size()).forEach(second::add);

    for (StoryArticle a : all) assertEquals(one.storyOf(a.id()), second.storyOf(a.id()), a.id());
    assertEquals(one.stories(), second.stories());
    for (StoryArticle a : all) assertEquals(one.copyOf(a.id()), second.copyOf(a.id()), a.id());
    long linked = copies.stream().filter(c -> one.copyOf(c.id()).isPresent()
        || one.copyOf(c.id().replace("copy/", "r0/")).isPresent()).count();
    assertEquals(copies.size(), linked, "every near-copy pair is linked one way or the other");
    assertTrue(copies.stream().anyMatch(c -> one.copyOf(c.id().replace("copy/", "r0/")).equals(java.util.Optional.of(c.id()))),
        "a longer same-day copy becomes the original");
    int multi = (int) one.stories().stream().filter(st -> st.articleIds().size() > 1).count();
    assertTrue(multi > 10, "some stories group several articles: " + multi);
    assertTrue(one.stories().size() > 300, "but not everything: " + one.stories().size());
    assertFalse(one.stories().stream().anyMatch(st -> st.articleIds().stream().anyMatch(id -> id.startsWith("r0/"))
        && st.articleIds().stream().anyMatch(id -> id.startsWith("r1/"))), "rounds 30 days apart never share a story");
  }

  static final String FOLLOW_UP = "Choe Ryong Hae, the North Korean envoy who met Vladimir Putin in the Kremlin last month, "
      + "returned to Moscow to sign the railway project with Russia. Pyongyang and Moscow agreed on economic ties; "
      + "Lavrov again opposed the United Nations resolution on human rights in North Korea.";

  static Stories.Prepared prepared(String id, String date, String title, String body) {
    return Stories.prepare(article(id, id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + " News", date, title, body,
        List.of(), List.of()));
  }

  @Test void aFollowUpAfterTheWindowJoinsItsStoryAtTheEndOfTheBatch() {
    List<Stories.Prepared> batch = List.of(
        prepared("a", "2014-11-18", "Putin receives Choe", MEETING),
        prepared("f", "2014-12-20", "Choe back in Moscow", FOLLOW_UP),
        prepared("x", "2014-12-21", "Floods in Bavaria", "Heavy rain flooded villages in Bavaria on Sunday, "
            + "and firefighters evacuated hundreds of residents along the Danube near Passau."));
    // one at a time: the first story closed 7 days after its article, so the follow-up opens another
    Stories single = new Stories();
    batch.forEach(p -> single.add(p.article));
    assertNotEquals(single.storyOf("a"), single.storyOf("f"));

    Stories s = new Stories();
    List<Stories.Placement> placed = s.addPrepared(batch);
    assertEquals(s.storyOf("a"), s.storyOf("f"), "the follow-up is in the meeting's story");
    assertNotEquals(s.storyOf("a"), s.storyOf("x"), "an unrelated story stays apart");
    Stories.Placement f = placed.stream().filter(p -> p.articleId().equals("f")).findFirst().orElseThrow();
    assertEquals(s.storyOf("a").orElseThrow(), f.storyId(), "placements name the story after the merge");
    assertEquals(List.of(Clusterer.storyId("f")), placed.stream().flatMap(p -> p.merged().stream()).toList(),
        "the follow-up's own story is reported as merged away");
    assertEquals(2, s.stories().size());

    // consolidation off: as one at a time
    Stories off = new Stories(StorySettings.defaults().withConsolidation(0));
    off.addPrepared(batch);
    assertNotEquals(off.storyOf("a"), off.storyOf("f"));
  }

  @Test void anUndatedArticleMayJoinAStoryWhoseWindowClosedDuringTheBatch() {
    // without embeddings the undated article runs last, when the meeting's window has long closed
    List<Stories.Prepared> batch;
    System.setProperty("newsgraph.learned", "off");
    try {
      batch = List.of(
          prepared("a", "2014-11-18", "Putin receives Choe", MEETING),
          prepared("x", "2014-12-21", "Floods in Bavaria", "Heavy rain flooded villages in Bavaria on Sunday, "
              + "and firefighters evacuated hundreds of residents along the Danube near Passau."),
          prepared("u", null, "Choe in the Kremlin", FOLLOW_UP));
    } finally {
      System.clearProperty("newsgraph.learned");
    }
    assertNull(batch.get(2).article.embedding());
    Stories s = new Stories(StorySettings.defaults().withConsolidation(0));
    s.addPrepared(batch);
    assertEquals(s.storyOf("a"), s.storyOf("u"));
    assertEquals(0, s.openStories() - 1, "only the floods story is still open");
  }
}
