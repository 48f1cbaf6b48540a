package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Story clustering on ECB+ (772 dev articles): B-cubed at event and topic level. */
class EcbPlusEvalTest {
  record Doc(String id, String event, String topic, StoryArticle article) {}

  static List<Doc> load() throws IOException {
    Path p = Path.of(System.getProperty("ng.shared", "/work/shared"), "eval/ecbplus/ecbplus-dev.jsonl");
    assumeTrue(org.newsgraph.SharedData.present("eval/ecbplus/ecbplus-dev.jsonl"), "ECB+ not available");
    ObjectMapper om = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      if (line.isBlank()) continue;
      JsonNode j = om.readTree(line);
      String id = j.get("doc_id").asText();
      docs.add(new Doc(id, j.get("cluster").asText(), j.get("topic").asText(),
          StoryArticle.of(id, null, null, null, j.get("text").asText())));
    }
    docs.sort(Comparator.comparing(Doc::id));
    return docs;
  }

  static BCubed[] run(List<Doc> docs, StorySettings settings) {
    Clusterer c = new Clusterer(settings);
    List<Integer> idx = new ArrayList<>();
    List<String> pred = new ArrayList<>(), ev = new ArrayList<>(), top = new ArrayList<>();
    for (Doc d : docs) {
      idx.add(c.add(d.article()).cluster());
      ev.add(d.event());
      top.add(d.topic());
    }
    for (int i : idx) pred.add(c.live(i).id);
    return new BCubed[] {BCubed.score(pred, ev), BCubed.score(pred, top)};
  }

  @Test void eventLevelBCubed() throws IOException {
    List<Doc> docs = load();
    BCubed[] r = run(docs, StorySettings.defaults());
    System.out.println("ECB+ dev, " + docs.size() + " articles: event " + r[0] + " | topic " + r[1]);
    assertTrue(r[0].f1() >= 0.89, "event-level B-cubed F1 " + r[0]);
    assertTrue(r[1].precision() >= 0.99, "stories never mix ECB+ topics: " + r[1]);
  }

  @Test void tune() throws IOException {
    assumeTrue(Boolean.getBoolean("ng.tune"));
    List<Doc> docs = load();
    for (double n : new double[] {0, 0.03, 0.05, 0.075, 0.1}) {
      for (double y : new double[] {0, 0.05, 0.1}) {
        BCubed[] r = run(docs, StorySettings.defaults().withConflicts(n, y));
        System.out.printf("conflict names=%.3f years=%.2f event %s topic %s%n", n, y, r[0], r[1]);
      }
    }
    for (double w : new double[] {0, 0.2, 0.3, 0.4, 0.5, 0.6}) {
      for (double t = 0.10; t <= 0.5; t += 0.025) {
        BCubed[] r = run(docs, StorySettings.defaults().withNameWeight(w).withJoinThreshold(t));
        System.out.printf("w=%.2f t=%.3f event %s topic %s%n", w, t, r[0], r[1]);
      }
    }
  }
}
