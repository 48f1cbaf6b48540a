package org.newsgraph;

import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.Format;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Rejection;
import org.newsgraph.store.Kind;

/** Two small articles through the real reader, engine, store and exports. */
@Tag("slow")
class EndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Engine engine;

  private static synchronized AnalyzedArticle analyze(org.newsgraph.read.Article a) {
    if (engine == null) engine = Engine.standard();
    return engine.analyze(a);
  }

  private List<JsonNode> export(Newsgraph ng, Kind kind) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ng.export(kind, Format.JSONL, out);
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) records.add(JSON.readTree(line));
    }
    return records;
  }

  /** The actors step's output travels with the analysis, and every event's actors come from it. */
  @Test void theChainHandsOnItsActors() {
    org.newsgraph.read.Article a = new org.newsgraph.read.Article("lavrov", "lavrov", "Lavrov in Oslo", null, "Newswire",
        null, LocalDate.of(2015, 3, 3), null, "Russian Foreign Minister Sergei Lavrov met Norway's foreign minister "
        + "in Oslo on Monday.\n\nThe two ministers discussed fishing quotas in the Barents Sea.", List.of(),
        java.util.Map.of(), null);
    AnalyzedArticle r = analyze(a);
    assertEquals(r.document().sentences().size(), r.actors().size(), "one list per sentence");
    assertTrue(r.actors().get(0).stream().anyMatch(m -> m.code().equals("RUSGOV")), r.actors().toString());
    assertTrue(!r.events().isEmpty(), "the meeting is coded");
    for (var e : r.events()) {
      if (e.source() != null) assertTrue(r.actors().get(e.sentence()).contains(e.source()), e + " vs " + r.actors());
    }
  }

  /** A pronoun whose own sentence has a subject before it ("A man ... he") is not an earlier sentence's actor. */
  @Test void aPronounDoesNotReachPastItsOwnSentencesSubject() {
    org.newsgraph.read.Article a = new org.newsgraph.read.Article("lagos", "lagos", null, null, "Newswire", null,
        LocalDate.of(2015, 1, 12), null, "The French defence minister says two journalists held in Syria are alive.\n\n"
        + "A man died after he was shot by police in Lagos on Sunday. \"The lords are wrong,\" he told reporters.",
        List.of(), java.util.Map.of(), null);
    AnalyzedArticle r = analyze(a);
    for (var e : r.events()) {
      assertTrue(e.sentence() == 0 || e.target() == null || !e.target().code().startsWith("FRA"), e.why());
    }
    assertTrue(r.actors().get(1).stream().noneMatch(m -> m.code().startsWith("FRA")), r.actors().get(1).toString());
  }

  /** The subject of a passive event verb is the one acted on: "Two soldiers were killed in an attack" has no known attacker. */
  @Test void aPassiveVictimIsNotTheSourceOfTheEventAroundIt() {
    org.newsgraph.read.Article a = new org.newsgraph.read.Article("mali", "mali", null, null, "Newswire", null,
        LocalDate.of(2016, 3, 1), null, "Two soldiers were killed in an attack in northern Mali on Tuesday.\n\n"
        + "Turkish troops shelled Kurdish positions in Syria.", List.of(), java.util.Map.of(), null);
    AnalyzedArticle r = analyze(a);
    for (var e : r.events()) {
      assertTrue(e.sentence() != 0 || e.source() == null || !e.source().code().endsWith("MIL"), e.why());
    }
    assertTrue(r.events().stream().anyMatch(e -> e.sentence() == 1 && e.source() != null
        && e.source().code().equals("TURMIL")), r.events().toString());
  }

  @Test void analyzeStoreAndExportTwoArticles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("talks.txt"), """
        Russia and Norway agree to resume fishing talks

        OSLO, March 3 (Newswire) - Russian Foreign Minister Sergei Lavrov met his Norwegian counterpart \
        in Oslo on Monday and said both countries would resume talks on fishing quotas in the Barents Sea.

        "We want stable rules for our fishermen," Lavrov told reporters after the meeting.
        """);
    Files.writeString(in.resolve("aid.md"), """
        # Japan pledges $2 billion for flood relief in Pakistan

        Japan on Tuesday pledged $2 billion in aid to Pakistan after floods displaced more than \
        300,000 people, the foreign ministry in Tokyo said.
        """);
    Files.writeString(in.resolve("empty.txt"), "");
    List<Rejection> rejected = new ArrayList<>();
    Newsgraph.Progress progress = new Newsgraph.Progress() {
      @Override public void rejected(Rejection r) {
        rejected.add(r);
      }
    };
    ReadOptions options = new ReadOptions(LocalDate.of(2015, 3, 3), "Newswire", ReadOptions.DEFAULT_MAX_BYTES);
    try (Newsgraph ng = Newsgraph.open(dir.resolve("ng.db"), EndToEndTest::analyze)) {
      Newsgraph.Summary s = ng.analyze(List.of(in.toString()), options, 2, progress);
      assertEquals(2, s.stored(), s.toString());
      assertEquals(1, s.rejected());
      assertEquals(1, rejected.size());
      assertTrue(rejected.get(0).path().endsWith("empty.txt"), rejected.toString());

      List<JsonNode> articles = export(ng, Kind.ARTICLES);
      assertEquals(2, articles.size());
      Map<String, String> bodies = new HashMap<>();
      long entities = 0;
      for (JsonNode a : articles) {
        String body = a.get("body").asText();
        bodies.put(a.get("id").asText(), body);
        for (JsonNode e : a.get("entities")) {
          entities++;
          assertEquals(e.get("text").asText(), body.substring(e.get("start").asInt(), e.get("end").asInt()), e.toString());
        }
      }
      assertEquals(s.entities(), entities);
      assertTrue(articles.stream().anyMatch(a -> a.get("title").asText().startsWith("Japan pledges")), articles.toString());

      List<JsonNode> mentions = export(ng, Kind.MENTIONS);
      assertEquals(s.events(), mentions.size());
      for (JsonNode m : mentions) {
        String body = bodies.get(m.get("article_id").asText());
        assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()), m.toString());
      }
      assertEquals(ng.store().count(Kind.EVENTS), export(ng, Kind.EVENTS).size());

      Newsgraph.Summary again = ng.analyze(List.of(in.toString()), options, 2, Newsgraph.Progress.NONE);
      assertEquals(0, again.stored());
      assertEquals(2, again.unchanged());
      assertEquals(2, ng.store().count(Kind.ARTICLES));
      assertEquals(mentions.size(), ng.store().count(Kind.MENTIONS));
    }
  }
}
