package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;

/** Stories and merged events reach the store's stories and events tables. */
class StoreSyncTest {
  @Test void mergedEventsAndStoriesAreStored(@TempDir Path dir) throws Exception {
    String other = "Choe Ryong Hae, envoy of Kim Jong Un, met Vladimir Putin in the Kremlin on Tuesday, Moscow said. "
        + "Russia and North Korea discussed a railway project and economic ties; Lavrov criticised the United Nations "
        + "resolution on human rights in Pyongyang.";
    List<AnalyzedArticle> batch = List.of(
        StoriesTest.article("a", "Wire", "2014-11-18", "Putin receives Choe", StoriesTest.MEETING,
            List.of(StoriesTest.mention("a", "RUSGOV", "PRKGOV", "042", "2014-11-18")), List.of()),
        StoriesTest.article("c", "Herald", "2014-11-19", "Choe meets Putin", other,
            List.of(StoriesTest.mention("c", "PRKGOV", "RUSGOV", "040", "2014-11-18")), List.of()));
    ObjectMapper om = new ObjectMapper();
    try (Store store = Store.open(dir.resolve("news.db"))) {
      store.write(batch);
      assertEquals(2, store.count(Kind.EVENTS));
      Stories stories = new Stories();
      List<Stories.Placement> placed = stories.addAll(batch);
      StoreSync.write(store, stories, placed);

      assertEquals(1, store.count(Kind.EVENTS));
      JsonNode event = om.readTree(store.json(Kind.EVENTS, 10, 0).get(0));
      assertEquals(2, event.get("num_mentions").asInt());
      assertEquals(2, event.get("num_sources").asInt());
      assertEquals(placed.get(0).storyId(), event.get("story_id").asText());
      Event merged = stories.events(placed.get(0).storyId()).get(0);
      assertEquals(merged.eventId(), event.get("event_id").asLong());

      JsonNode story = om.readTree(store.json(Kind.STORIES, 10, 0).get(0));
      assertEquals(placed.get(0).storyId(), story.get("story_id").asText());
      List<String> ids = new ArrayList<>();
      story.get("article_ids").forEach(n -> ids.add(n.asText()));
      assertEquals(List.of("a", "c"), ids);
      assertEquals(merged.eventId(), story.get("event_ids").get(0).asLong());
    }
  }
  /** A republished copy adds a mention and an article to an event, never a source. */
  @Test void nearCopiesAreNotIndependentSources(@TempDir Path dir) throws Exception {
    List<AnalyzedArticle> batch = List.of(
        StoriesTest.article("w", "Wire", "2014-11-18", "Putin receives Choe", StoriesTest.MEETING,
            List.of(StoriesTest.mention("w", "RUSGOV", "PRKGOV", "042", "2014-11-18")), List.of()),
        StoriesTest.article("r", "Reprint Daily", "2014-11-18", "Putin receives Choe", StoriesTest.MEETING,
            List.of(StoriesTest.mention("r", "RUSGOV", "PRKGOV", "042", "2014-11-18")), List.of()));
    try (Store store = Store.open(dir.resolve("news.db"))) {
      store.write(batch);
      Stories stories = new Stories();
      List<Stories.Placement> placed = stories.addAll(batch);
      assertEquals(1, placed.stream().filter(p -> p.copyOf() != null).count());
      StoreSync.write(store, stories, placed);
      JsonNode event = new ObjectMapper().readTree(store.json(Kind.EVENTS, 10, 0).get(0));
      assertEquals(2, event.get("num_mentions").asInt());
      assertEquals(2, event.get("num_articles").asInt());
      assertEquals(1, event.get("num_sources").asInt());
    }
  }
}
