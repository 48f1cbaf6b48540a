package org.newsgraph.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.stories.Stories;
import scala.Tuple3;

/**
 * Measured runs for docs/spark.md, skipped unless asked for:
 * {@code -Dng.spark.runs=bbc} (scaling with 1 and 2 cores on a BBC subset of
 * {@code -Dng.spark.bbc=N} articles, default 400) and {@code -Dng.spark.runs=ecb} (agreement of
 * the blocked stories with one run on ECB+ dev, and of both with the gold clusters).
 */
@Tag("spark")
@Tag("bench")
class MeasuredRuns {
  static final Path SHARED = Path.of(System.getProperty("ng.shared", "/work/shared"));

  @Test
  @EnabledIfSystemProperty(named = "ng.spark.runs", matches = ".*bbc.*")
  void bbcScaling(@TempDir Path tmp) throws IOException {
    int n = Integer.getInteger("ng.spark.bbc", 400);
    Path subset = tmp.resolve("bbc");
    Path bbc = SHARED.resolve("corpora/bbc");
    List<String> topics = List.of("business", "entertainment", "politics", "sport", "tech");
    for (String t : topics) {
      Files.createDirectories(subset.resolve(t));
      try (Stream<Path> files = Files.list(bbc.resolve(t))) {
        for (Path f : files.sorted().limit(n / topics.size()).toList()) Files.copy(f, subset.resolve(t).resolve(f.getFileName()));
      }
    }
    Engines.get(); // models load once per JVM; not part of the measured runs
    Map<Integer, Double> rate = new HashMap<>();
    // local[1] runs first and last: the first pays the JIT warm-up, the last compares fairly.
    for (int cores : new int[] {1, 2, 1}) {
      SparkSession spark = LocalSpark.start(cores);
      try {
        long cpu0 = cpu();
        AnalyzeJob.Summary s = AnalyzeJob.run(spark, JobOptions.of(List.of(subset.toString()),
            tmp.resolve("out-" + cores + "-" + rate.size() + "-" + System.nanoTime()).toString()).withPartitions(4 * cores));
        double secs = s.elapsed().toMillis() / 1000.0;
        rate.put(cores, s.analyzed() / secs);
        System.out.printf(Locale.ROOT, "BBC %d articles, local[%d]: %.1f s, %.2f articles/s, CPU %.0f s, load %.1f; %s%n",
            s.analyzed(), cores, secs, s.analyzed() / secs, (cpu() - cpu0) / 1e9,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), s);
      } finally {
        spark.stop();
      }
    }
    System.out.printf(Locale.ROOT, "BBC speed-up 2 cores / 1 core (warm): %.2f%n", rate.get(2) / rate.get(1));
  }

  @Test
  @EnabledIfSystemProperty(named = "ng.spark.runs", matches = ".*ecb.*")
  void ecbAgreement(@TempDir Path tmp) {
    Path dev = SHARED.resolve("eval/ecbplus/ecbplus-dev.jsonl");
    SparkSession spark = LocalSpark.start(2);
    try {
      JobOptions o = JobOptions.of(List.of(dev.toString()), tmp.resolve("out").toString());
      var tuples = Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING());
      long t0 = System.nanoTime();
      List<Tuple3<String, String, String>> analysis = Inputs.read(spark, o)
          .filter((org.apache.spark.api.java.function.FilterFunction<Tuple3<String, String, String>>) t -> t._1().equals(Inputs.ARTICLE))
          .map((org.apache.spark.api.java.function.MapFunction<Tuple3<String, String, String>, String>) Tuple3::_3, Encoders.STRING())
          .repartition(4).mapPartitions(new Analysis(), tuples).collectAsList();
      System.out.printf(Locale.ROOT, "ECB+ dev analysed in %.0f s%n", (System.nanoTime() - t0) / 1e9);
      List<Tuple3<String, String, String>> slim = analysis.stream().filter(t -> t._1().equals(Analysis.ANALYZED)).toList();
      System.out.printf(Locale.ROOT, "ECB+ dev: %d analysed, slim analysed article %.1f kB on average%n", slim.size(),
          slim.stream().mapToInt(t -> t._3().length()).average().orElse(0) / 1024);
      // One run: every article through one stories stage.
      Stories one = new Stories();
      List<AnalyzedArticle> all = new ArrayList<>();
      for (Tuple3<String, String, String> t : slim) all.add(Json.analyzed(t._3()));
      one.addAll(all);
      Map<String, String> single = new HashMap<>();
      for (AnalyzedArticle a : all) single.put(a.document().article().id(), one.storyOf(a.document().article().id()).orElseThrow());
      // Blocked: the job's stories stage with several block sizes.
      var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
      var analyzed = sc.parallelize(slim.stream().map(t -> new scala.Tuple2<>(t._2(), t._3())).toList())
          .mapToPair(t -> t);
      var keys = sc.parallelize(analysis.stream().filter(t -> t._1().equals(Analysis.KEYS)).map(Tuple3::_3).toList())
          .map(j -> Json.read(j, BlockKeys.class));
      Map<String, String> gold = new HashMap<>(), topic = new HashMap<>();
      for (Row r : spark.read().json(dev.toString()).select("doc_id", "cluster", "topic").collectAsList()) {
        gold.put(r.getString(0), r.getString(1));
        topic.put(r.getString(0), String.valueOf(r.get(2)));
      }
      System.out.println("ECB+ dev, one run vs gold events: " + BCubed.of(single, gold) + "; topics: " + BCubed.of(single, topic));
      for (int maxBlock : new int[] {20_000, 200, 50}) {
        JobOptions ob = o.withMaxBlock(maxBlock).withPartitions(4);
        var result = StoryBlocks.cluster(sc, analyzed, keys, ob);
        Map<String, String> blocked = new HashMap<>();
        for (Out x : result._1().filter(x -> x.kind().equals(Out.PLACE)).collect()) blocked.put(x.key(), x.json());
        System.out.println("ECB+ dev, max block " + maxBlock + " " + result._2() + ": agreement with one run "
            + BCubed.of(blocked, single) + "; vs gold events " + BCubed.of(blocked, gold));
      }
    } finally {
      spark.stop();
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
