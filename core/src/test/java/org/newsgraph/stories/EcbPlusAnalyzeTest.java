package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Newsgraph;
import org.newsgraph.SharedData;
import org.newsgraph.engine.Engine;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;

/**
 * Story clustering on ECB+ dev as {@code analyze} does it: each document given as a JSON Lines
 * record of id and text only, read by our reader (which finds headlines and, for a third of the
 * documents, a date), analysed by the engine, prepared and clustered by the stories stage in its
 * own order. {@link EcbPlusEvalTest} scores the clusterer on plain text instead; this is the figure
 * a user gets, and the kind the held-out measurement takes.
 */
class EcbPlusAnalyzeTest {
  private static List<Stories.Prepared> prepared;
  private static Map<String, String> event, topic;

  private static synchronized List<Stories.Prepared> load(Path tmp) throws Exception {
    if (prepared != null) return prepared;
    assumeTrue(SharedData.present("eval/ecbplus/ecbplus-dev.jsonl"), "ECB+ not available");
    ObjectMapper om = new ObjectMapper();
    Map<String, String> ev = new HashMap<>(), tp = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(SharedData.root().resolve("eval/ecbplus/ecbplus-dev.jsonl"))) {
      if (l.isBlank()) continue;
      var j = om.readTree(l);
      String id = j.get("doc_id").asText();
      ev.put(id, j.get("cluster").asText());
      tp.put(id, j.get("topic").asText());
      ObjectNode o = om.createObjectNode().put("id", id).put("text", j.get("text").asText());
      lines.add(om.writeValueAsString(o));
    }
    Path in = tmp.resolve("ecbplus.jsonl");
    Files.write(in, lines);
    List<Article> articles = new ArrayList<>();
    new Reader(ReadOptions.defaults()).read(List.of(in.toString()), articles::add, r -> { throw new AssertionError(r.toString()); });
    Engine engine = Newsgraph.engine();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Stories.Prepared>> fs = new ArrayList<>();
      for (Article a : articles) fs.add(pool.submit(() -> Stories.prepare(engine.analyze(a))));
      List<Stories.Prepared> out = new ArrayList<>();
      for (var f : fs) out.add(f.get());
      event = ev;
      topic = tp;
      prepared = out;
    } finally {
      pool.shutdown();
    }
    return prepared;
  }

  static BCubed run(List<Stories.Prepared> docs, StorySettings settings) {
    Stories stories = new Stories(settings);
    stories.addPrepared(docs);
    List<String> pred = new ArrayList<>(), gold = new ArrayList<>();
    for (Stories.Prepared p : docs) {
      pred.add(stories.storyOf(p.id()).orElseThrow());
      gold.add(event.get(p.id()));
    }
    return BCubed.score(pred, gold);
  }

  /**
   * The shipped settings on all of dev (chosen on dev: not held out), then leave-topics-out
   * cross-validation of the consolidation threshold, join threshold and embedding weight on these features,
   * with the plain TF-IDF single pass on the same folds.
   */
  @Test void analyzeThenStories(@TempDir Path tmp) throws Exception {
    List<Stories.Prepared> docs = load(tmp);
    BCubed all = run(docs, StorySettings.defaults());
    long dated = docs.stream().filter(p -> p.article.published() != null).count();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "ECB+ dev through the reader, engine and stories stage: %d articles (%d dated), defaults: event %s%n",
        docs.size(), dated, all));
    List<String> order = new ArrayList<>(new TreeSet<>(topic.values()));
    List<EcbPlusEvalTest.Doc> plain = EcbPlusEvalTest.load();
    double[] embeds = {0, 0.1, 0.2, 0.3};
    double[] joins = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45};
    double[] tfidfJoins = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50};
    double[] consolidations = {0, 0.3, 0.4, 0.5};
    int k = 5, wins = 0;
    double ours = 0, base = 0;
    table.append("fold  docs  chosen(c,e,t)      ours    tfidf\n");
    for (int f = 0; f < k; f++) {
      final int fold = f;
      List<Stories.Prepared> train = new ArrayList<>(), test = new ArrayList<>();
      for (Stories.Prepared p : docs) (order.indexOf(topic.get(p.id())) % k == fold ? test : train).add(p);
      double[] best = {0, 0, 0, -1};
      double bc = 0;
      for (double c : consolidations) {
        double[] b = EcbPlusEvalTest.choose(new double[] {0.6}, embeds, joins, s -> run(train, s.withConsolidation(c)).f1());
        if (b[3] > best[3]) {
          best = b;
          bc = c;
        }
      }
      double be = best[1], bt = best[2];
      List<EcbPlusEvalTest.Doc> ptrain = new ArrayList<>(), ptest = new ArrayList<>();
      for (EcbPlusEvalTest.Doc d : plain) (order.indexOf(d.topic()) % k == fold ? ptest : ptrain).add(d);
      double tt = EcbPlusEvalTest.TfIdfSinglePass.choose(ptrain, tfidfJoins);
      BCubed o = run(test, EcbPlusEvalTest.settings(0.6, be, bt).withConsolidation(bc));
      double b = EcbPlusEvalTest.TfIdfSinglePass.run(ptest, tt).f1();
      ours += o.f1() / k;
      base += b / k;
      if (o.f1() >= b) wins++;
      table.append(String.format(Locale.ROOT, "%4d  %4d  (%.1f,%.1f,%.2f)   %.3f   %.3f   (%s)%n", f, test.size(), bc, be, bt, o.f1(), b, o));
    }
    table.append(String.format(Locale.ROOT, "mean: ours %.3f, tf-idf single pass %.3f; ours >= tf-idf on %d of %d folds%n",
        ours, base, wins, k));
    System.out.print(table);
    // floors under the figures reached (defaults 0.893, CV 0.879; 0.825 and 0.812 before undated
    // articles could join stories closed in their batch, follow-ups were consolidated and the
    // publication year became a name), so a regression shows
    assertTrue(all.f1() >= 0.88, table.toString());
    assertTrue(ours >= 0.86, table.toString());
  }
}
