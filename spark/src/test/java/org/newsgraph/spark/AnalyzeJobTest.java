package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.store.Kind;

/**
 * The job in Spark local mode (local[2]) on the seeds and the samples, checked against the
 * single-machine run ({@link Reference}): same articles, events, mentions and stories.
 */
@Tag("spark")
@Tag("slow")
class AnalyzeJobTest {
  static SparkSession spark;
  static final Path SHARED = Path.of(System.getProperty("ng.shared", "/work/shared"));
  static final Path SAMPLES = Path.of(System.getProperty("ng.samples", "../samples"));

  @BeforeAll
  static void start() {
    spark = LocalSpark.start(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void seedsMatchTheSingleMachineRun(@TempDir Path tmp) {
    Path seeds = SHARED.resolve("seeds");
    LocalDate published = LocalDate.parse("2014-11-20");
    JobOptions o = JobOptions.of(List.of(seeds.toString()), tmp.resolve("spark").toString()).withPublished(published);
    AnalyzeJob.Summary s = AnalyzeJob.run(spark, o);
    System.out.println(s);
    Reference.run(List.of(seeds.toString()), new ReadOptions(published, null, ReadOptions.DEFAULT_MAX_BYTES),
        tmp.resolve("cli"));
    assertSame(tmp);
    Map<String, String> stories = storyOf(tmp.resolve("spark/articles").toString());
    assertEquals(2, stories.size());
    assertEquals(1, stories.values().stream().distinct().count(), "both seeds tell one story: " + stories);
  }

  @Test
  void samplesMatchAndBadInputsAreRejected(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("empty.txt"), "");
    Files.writeString(bad.resolve("broken.jsonl"), "{\"id\": \"ok-1\", \"text\": \"\"}\n{not json\n",
        StandardCharsets.UTF_8);
    List<String> inputs = List.of(SAMPLES.toAbsolutePath().normalize().toString(), bad.toString());
    JobOptions o = JobOptions.of(inputs, tmp.resolve("spark").toString()).withGdelt(true);
    AnalyzeJob.Summary s = AnalyzeJob.run(spark, o);
    System.out.println(s);
    List<String> rejected = Reference.run(inputs, ReadOptions.defaults(), tmp.resolve("cli"));
    assertSame(tmp);
    List<Row> rejects = spark.read().parquet(tmp.resolve("spark/rejects").toString()).collectAsList();
    assertEquals(rejected.size(), rejects.size(), "rejects " + rejects + " vs CLI " + rejected);
    assertTrue(rejects.stream().anyMatch(r -> r.getString(0).endsWith("empty.txt")), rejects.toString());
    assertTrue(spark.read().text(tmp.resolve("spark/gdelt-events").toString()).count() > 0);
  }

  /** A Parquet table of articles (the JSON Lines fields as columns) is read like JSON Lines. */
  @Test
  void parquetInput(@TempDir Path tmp) {
    String table = tmp.resolve("wire.parquet").toString();
    spark.read().json(SAMPLES.resolve("wire.jsonl").toString()).write().parquet(table);
    AnalyzeJob.Summary s = AnalyzeJob.run(spark, JobOptions.of(List.of(table), tmp.resolve("spark").toString()));
    System.out.println(s);
    Map<String, String> stories = storyOf(tmp.resolve("spark/articles").toString());
    List<String> ids = new ArrayList<>();
    for (Row r : spark.read().json(SAMPLES.resolve("wire.jsonl").toString()).select("id").collectAsList()) {
      ids.add(r.getString(0));
    }
    ids.sort(null);
    assertEquals(ids, stories.keySet().stream().sorted().toList());
    assertTrue(s.events() > 0, s.toString());
  }

  /**
   * Small blocks: several bins (max 5 articles), then blocks cut into time chunks whose stories are
   * reconciled (max 2); the stories still agree with one run.
   */
  @Test
  void smallBlocksAgreeWithOneRun(@TempDir Path tmp) {
    List<String> inputs = List.of(SAMPLES.toAbsolutePath().normalize().toString());
    Reference.run(inputs, ReadOptions.defaults(), tmp.resolve("cli"));
    Map<String, String> cli = storyOf(tmp.resolve("cli/articles.parquet").toString());
    for (int maxBlock : new int[] {5, 2}) {
      Path out = tmp.resolve("spark-" + maxBlock);
      JobOptions o = JobOptions.of(inputs, out.toString()).withMaxBlock(maxBlock).withPartitions(3);
      AnalyzeJob.Summary s = AnalyzeJob.run(spark, o);
      System.out.println(s);
      BCubed b = BCubed.of(storyOf(out.resolve("articles").toString()), cli);
      System.out.println("samples, blocks of at most " + maxBlock + ": agreement with one run " + b);
      assertTrue(b.f1() >= 0.9, b.toString());
      assertEquals(count(tmp.resolve("cli/mentions.parquet")), count(out.resolve("mentions")));
      if (maxBlock == 2) assertTrue(s.reconciledStories() > 0, "chunks were reconciled: " + s);
    }
  }

  private long count(Path p) {
    return spark.read().parquet(p.toString()).count();
  }

  static Map<String, String> storyOf(String articles) {
    Map<String, String> m = new HashMap<>();
    for (Row r : spark.read().parquet(articles).select("id", "story_id").collectAsList()) m.put(r.getString(0), r.getString(1));
    return m;
  }

  /** Every kind: the same rows (as JSON) and the same columns as the CLI's Parquet export. */
  private void assertSame(Path tmp) {
    for (Kind kind : Kind.values()) {
      Dataset<Row> cli = spark.read().parquet(tmp.resolve("cli/" + kind.label() + ".parquet").toString());
      Dataset<Row> job = spark.read().parquet(tmp.resolve("spark/" + kind.label()).toString());
      assertEquals(cli.schema().simpleString(), job.schema().simpleString(), kind.label() + " schema");
      List<String> a = new ArrayList<>(cli.toJSON().collectAsList()), b = new ArrayList<>(job.toJSON().collectAsList());
      assertTrue(!a.isEmpty(), kind.label() + ": the CLI export is empty");
      a.sort(null);
      b.sort(null);
      assertEquals(a, b, kind.label());
    }
  }
}
