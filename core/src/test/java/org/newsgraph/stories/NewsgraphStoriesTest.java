package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.Newsgraph;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.store.Kind;

/** analyze → stories: the front class keeps the stories state and the store's stories and events in step. */
class NewsgraphStoriesTest {
  static AnalyzedArticle fake(Article a) {
    String tgt = a.id().startsWith("a") ? "PRKGOV" : "RUSGOV";
    String src = a.id().startsWith("a") ? "RUSGOV" : "PRKGOV";
    return StoriesTest.article(a.id(), a.source(), String.valueOf(a.published()), a.title(), a.body(),
        List.of(StoriesTest.mention(a.id(), src, tgt, "04" + (a.id().startsWith("a") ? "2" : "0"), "2014-11-18")), List.of());
  }

  @Test void analyseInTwoRunsThenListAndShow(@TempDir Path dir) throws Exception {
    ObjectMapper om = new ObjectMapper();
    String other = "Choe Ryong Hae, envoy of Kim Jong Un, met Vladimir Putin in the Kremlin on Tuesday, Moscow said. "
        + "Russia and North Korea discussed a railway project and economic ties; Lavrov criticised the United Nations "
        + "resolution on human rights in Pyongyang.";
    Path first = dir.resolve("first.jsonl"), second = dir.resolve("second.jsonl");
    Files.writeString(first, om.writeValueAsString(java.util.Map.of("id", "a1", "title", "Putin receives Choe",
        "source", "Wire", "published", "2014-11-18", "text", StoriesTest.MEETING)) + "\n");
    Files.writeString(second, om.writeValueAsString(java.util.Map.of("id", "c1", "title", "Choe meets Putin",
        "source", "Herald", "published", "2014-11-19", "text", other)) + "\n");
    Path db = dir.resolve("news.db");
    try (Newsgraph ng = Newsgraph.open(db, NewsgraphStoriesTest::fake)) {
      ng.analyze(List.of(first.toString()), ReadOptions.defaults(), 1, Newsgraph.Progress.NONE);
      assertEquals(1, ng.store().count(Kind.STORIES));
    }
    try (Newsgraph ng = Newsgraph.open(db, NewsgraphStoriesTest::fake)) {   // a later run extends the story
      ng.analyze(List.of(second.toString()), ReadOptions.defaults(), 1, Newsgraph.Progress.NONE);
      assertEquals(1, ng.store().count(Kind.STORIES));
      assertEquals(1, ng.store().count(Kind.EVENTS));
      JsonNode event = om.readTree(ng.store().json(Kind.EVENTS, 10, 0).get(0));
      assertEquals(2, event.get("num_sources").asInt());
      JsonNode story = om.readTree(ng.store().json(Kind.STORIES, 10, 0).get(0));
      assertEquals(2, story.get("article_ids").size());
      assertEquals(ng.stories().storyOf("a1").orElseThrow(), story.get("story_id").asText());
    }
    String list = StoriesCliTest.run("stories", "--db", db.toString());
    assertTrue(list.startsWith("1 story") && list.contains("2 articles"), list);
  }
}
