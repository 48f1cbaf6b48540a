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
  record Doc(String id, String event, String topic, StoryArticle article, String text) {}

  private static List<Doc> loaded;

  /** The dev articles, each with its lead embedding (one batch through the bundled encoder, once per JVM). */
  static synchronized List<Doc> load() throws IOException {
    if (loaded == null) loaded = read();
    return loaded;
  }

  private static List<Doc> read() throws IOException {
    Path p = Path.of(System.getProperty("ng.shared", "/work/shared"), "eval/ecbplus/ecbplus-dev.jsonl");
    assumeTrue(org.newsgraph.SharedData.present("eval/ecbplus/ecbplus-dev.jsonl"), "ECB+ not available");
    ObjectMapper om = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      if (line.isBlank()) continue;
      JsonNode j = om.readTree(line);
      String id = j.get("doc_id").asText();
      docs.add(new Doc(id, j.get("cluster").asText(), j.get("topic").asText(),
          StoryArticle.of(id, null, null, null, j.get("text").asText()), j.get("text").asText()));
    }
    docs.sort(Comparator.comparing(Doc::id));
    List<String> leads = new ArrayList<>();
    for (Doc d : docs) leads.add(StoryArticle.lead(null, d.text()));
    List<float[]> vectors = org.newsgraph.embed.Encoder.shared().encode(leads);
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      out.add(new Doc(d.id(), d.event(), d.topic(), d.article().withEmbedding(vectors.get(i)), d.text()));
    }
    return out;
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

  /**
   * Leave-topics-out cross-validation: ECB+ topics in five folds; on each, the join threshold, the
   * name weight and the embedding weight are chosen on the other four folds' topics, then scored on the held-out topics;
   * the same for a plain TF-IDF single-pass baseline's threshold. Prints the per-fold table.
   */
  @Test void leaveTopicsOutCrossValidation() throws IOException {
    List<Doc> docs = load();
    java.util.TreeSet<String> topics = new java.util.TreeSet<>();
    for (Doc d : docs) topics.add(d.topic());
    List<String> order = new ArrayList<>(topics);
    int k = 5;
    double[] weights = {0.6};
    double[] embeds = {0, 0.1, 0.2, 0.3};
    double[] joins = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45};
    double[] tfidfJoins = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50};
    double ours = 0, base = 0;
    int wins = 0;
    StringBuilder table = new StringBuilder("ECB+ dev, leave-topics-out, event-level B-cubed F1\n"
        + "fold  topics  docs  chosen(w,e,t)      ours   tfidf(t)      tfidf\n");
    for (int f = 0; f < k; f++) {
      final int fold = f;
      List<Doc> train = new ArrayList<>(), test = new ArrayList<>();
      for (Doc d : docs) (order.indexOf(d.topic()) % k == fold ? test : train).add(d);
      double[] best = choose(train, weights, embeds, joins);
      double bw = best[0], be = best[1], bt = best[2];
      double tt = TfIdfSinglePass.choose(train, tfidfJoins);
      double o = run(test, settings(bw, be, bt))[0].f1();
      double b = TfIdfSinglePass.run(test, tt).f1();
      ours += o / k;
      base += b / k;
      if (o >= b) wins++;
      long nTopics = test.stream().map(Doc::topic).distinct().count();
      table.append(String.format(java.util.Locale.ROOT, "%4d  %6d  %4d  (%.1f,%.2f,%.2f)   %.3f   (%.2f)        %.3f%n",
          f, nTopics, test.size(), bw, be, bt, o, tt, b));
    }
    double[] all = choose(docs, weights, embeds, joins); // the same choice on all of dev: what the defaults should be
    table.append(String.format(java.util.Locale.ROOT, "chosen on all of dev: (%.1f,%.2f,%.2f), F1 %.3f (a training figure)%n",
        all[0], all[1], all[2], all[3]));
    table.append(String.format(java.util.Locale.ROOT, "mean: ours %.3f, tf-idf single pass %.3f; ours >= tf-idf on %d of %d folds%n",
        ours, base, wins, k));
    System.out.print(table);
    // floors under the figures reached (a regression shows); the targets are in the README
    assertTrue(ours >= 0.85, "cross-validated event B-cubed " + ours + "\n" + table);
    assertTrue(base > 0.5 && base < 1, "the baseline runs: " + base);
  }

  /** The grid point with the best event F1 on {@code docs}: {name weight, embedding weight, join threshold, F1}. */
  static double[] choose(List<Doc> docs, double[] weights, double[] embeds, double[] joins) {
    return choose(weights, embeds, joins, s -> run(docs, s)[0].f1());
  }

  /** The grid point where {@code f1} is best: {name weight, embedding weight, join threshold, F1}. */
  static double[] choose(double[] weights, double[] embeds, double[] joins,
                         java.util.function.ToDoubleFunction<StorySettings> f1) {
    double[] best = {0, 0, 0, -1};
    for (double w : weights) {
      for (double e : embeds) {
        for (double t : joins) {
          double x = f1.applyAsDouble(settings(w, e, t));
          if (x > best[3]) best = new double[] {w, e, t, x};
        }
      }
    }
    return best;
  }

  /** Name weight w; embedding weight e with join threshold t, or (e = 0) no embedding and join threshold t. */
  static StorySettings settings(double w, double e, double t) {
    StorySettings s = StorySettings.defaults().withNameWeight(w);
    return e == 0 ? s.withEmbedding(0, 0).withJoinThreshold(t) : s.withEmbedding(e, t);
  }

  /** Plain TF-IDF single-pass clustering: each article joins the most similar cluster centroid at cosine >= t. */
  static final class TfIdfSinglePass {
    /** The threshold of {@code joins} with the best event F1 on {@code docs} (first of equals). */
    static double choose(List<Doc> docs, double[] joins) {
      double tt = 0, tf = -1;
      for (double t : joins) {
        double f1 = run(docs, t).f1();
        if (f1 > tf) {
          tf = f1;
          tt = t;
        }
      }
      return tt;
    }

    static BCubed run(List<Doc> docs, double t) {
      java.util.Map<String, Integer> df = new java.util.HashMap<>();
      List<java.util.Map<String, Double>> tfs = new ArrayList<>();
      for (Doc d : docs) {
        java.util.Map<String, Double> tf = new java.util.HashMap<>();
        for (String w : d.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3) tf.merge(w, 1.0, Double::sum);
        }
        for (String w : tf.keySet()) df.merge(w, 1, Integer::sum);
        tfs.add(tf);
      }
      int n = docs.size();
      List<java.util.Map<String, Double>> centroids = new ArrayList<>();
      List<String> pred = new ArrayList<>(), gold = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        java.util.Map<String, Double> v = new java.util.HashMap<>();
        double norm = 0;
        for (var e : tfs.get(i).entrySet()) {
          double x = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
          v.put(e.getKey(), x);
          norm += x * x;
        }
        double nn = Math.sqrt(norm);
        if (nn > 0) v.replaceAll((w, x) -> x / nn);
        int best = -1;
        double bs = -1;
        for (int c = 0; c < centroids.size(); c++) {
          double sim = cosine(v, centroids.get(c));
          if (sim > bs) {
            bs = sim;
            best = c;
          }
        }
        if (best < 0 || bs < t) {
          centroids.add(new java.util.HashMap<>(v));
          best = centroids.size() - 1;
        } else {
          java.util.Map<String, Double> c = centroids.get(best);
          v.forEach((w, x) -> c.merge(w, x, Double::sum));
        }
        pred.add("c" + best);
        gold.add(docs.get(i).event());
      }
      return BCubed.score(pred, gold);
    }

    static double cosine(java.util.Map<String, Double> a, java.util.Map<String, Double> b) {
      double dot = 0, nb = 0;
      for (double x : b.values()) nb += x * x;
      if (nb == 0) return 0;
      for (var e : a.entrySet()) {
        Double y = b.get(e.getKey());
        if (y != null) dot += e.getValue() * y;
      }
      return dot / Math.sqrt(nb);
    }
  }
}
