package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.store.Kind;
import scala.Tuple2;
import scala.Tuple3;

/**
 * newsgraph's analysis as a Spark job: the CLI's reader, engine, stories stage and store, run
 * over any Hadoop-readable input, writing the CLI's Parquet tables.
 *
 * <pre>
 * spark-submit --class org.newsgraph.spark.AnalyzeJob newsgraph-spark.jar INPUT... --out DIR
 *     [--published YYYY-MM-DD] [--source NAME] [--parquet] [--partitions N] [--gdelt]
 *     [--window-days N] [--max-key-articles N] [--max-block N]
 * </pre>
 *
 * Stages: read (files or Parquet rows to articles, rejects kept) → analyse ({@code mapPartitions},
 * one engine per executor JVM) → block and cluster into stories ({@link StoryBlocks}) → tables
 * {@code DIR/articles}, {@code events}, {@code mentions}, {@code stories}, {@code rejects}
 * (path, reason), and with {@code --gdelt} {@code gdelt-events} and {@code gdelt-mentions} (TSV).
 */
public final class AnalyzeJob {
  private AnalyzeJob() {}

  /** What a run did. */
  public record Summary(long read, long analyzed, long rejected, long events, long stories, long links, long blocks,
                        long largestBlock, long reconciledStories, long slimBytes, Duration elapsed) {
    @Override public String toString() {
      double s = Math.max(0.001, elapsed.toMillis() / 1000.0);
      return String.format(Locale.ROOT, "newsgraph spark: %d articles read, %d analysed, %d rejected, %d events, "
              + "%d stories; %d links, %d blocks (largest %d), %d stories reconciled; "
              + "%d kB of analysed articles shuffled to the stories stage; %.1f s (%.2f articles/s)",
          read, analyzed, rejected, events, stories, links, blocks, largestBlock, reconciledStories, slimBytes / 1024,
          s, analyzed / s);
    }
  }

  public static void main(String[] args) {
    JobOptions o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph spark: " + e.getMessage());
      System.err.println("usage: AnalyzeJob INPUT... --out DIR [--published YYYY-MM-DD] [--source NAME] [--parquet] "
          + "[--partitions N] [--gdelt] [--window-days N] [--max-key-articles N] [--max-block N]");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("newsgraph analyze").getOrCreate();
    try {
      System.out.println(run(spark, o));
    } finally {
      spark.stop();
    }
  }

  static JobOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null, source = null;
    LocalDate published = null;
    boolean parquet = false, gdelt = false;
    int partitions = 0, window = 7, maxKey = 200, maxBlock = 20_000;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> out = value(args, ++i, a);
        case "--published" -> published = LocalDate.parse(value(args, ++i, a));
        case "--source" -> source = value(args, ++i, a);
        case "--parquet" -> parquet = true;
        case "--gdelt" -> gdelt = true;
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--window-days" -> window = Integer.parseInt(value(args, ++i, a));
        case "--max-key-articles" -> maxKey = Integer.parseInt(value(args, ++i, a));
        case "--max-block" -> maxBlock = Integer.parseInt(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
          inputs.add(a);
        }
      }
    }
    if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT");
    if (out == null) throw new IllegalArgumentException("--out DIR is required");
    return new JobOptions(inputs, out, published, source, parquet, partitions, gdelt, window, maxKey, maxBlock);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  /** Runs the job on a session (local or cluster) and writes the tables under {@code o.output()}. */
  public static Summary run(SparkSession spark, JobOptions o) {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    var tuples = Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING());
    Map<Kind, StructType> schemas = Schemas.load();

    Dataset<Tuple3<String, String, String>> input = Inputs.read(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
    int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism();
    Dataset<Tuple3<String, String, String>> analysis = input
        .filter((FilterFunction<Tuple3<String, String, String>>) t -> t._1().equals(Inputs.ARTICLE))
        .map((MapFunction<Tuple3<String, String, String>, String>) Tuple3::_3, Encoders.STRING())
        .repartition(partitions)
        .mapPartitions(new Analysis(), tuples)
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, String> analyzed = analysis.javaRDD().filter(t -> t._1().equals(Analysis.ANALYZED))
        .mapToPair(t -> new Tuple2<>(t._2(), t._3()));
    JavaRDD<BlockKeys> keys = analysis.javaRDD().filter(t -> t._1().equals(Analysis.KEYS))
        .map(t -> Json.read(t._3(), BlockKeys.class));
    Tuple2<JavaRDD<Out>, StoryBlocks.Stats> clustered = StoryBlocks.cluster(sc, analyzed, keys, o);
    JavaRDD<Out> out = clustered._1().persist(StorageLevel.MEMORY_AND_DISK());

    String dir = o.output().endsWith("/") ? o.output() : o.output() + "/";
    long[] counts = new long[Kind.values().length];
    for (Kind kind : Kind.values()) {
      String label = kind.label();
      Dataset<String> json = spark.createDataset(out.filter(x -> x.kind().equals(label)).map(Out::json).rdd(),
          Encoders.STRING());
      Dataset<Row> table = spark.read().schema(schemas.get(kind)).option("mode", "FAILFAST").json(json)
          .sort(order(kind));
      table.write().mode(SaveMode.Overwrite).parquet(dir + label);
      counts[kind.ordinal()] = spark.read().parquet(dir + label).count();
    }
    Dataset<String> rejects = input.union(analysis)
        .filter((FilterFunction<Tuple3<String, String, String>>) t -> t._1().equals(Analysis.REJECT))
        .map((MapFunction<Tuple3<String, String, String>, String>) Tuple3::_3, Encoders.STRING());
    StructType rejectSchema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("path", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true)));
    spark.read().schema(rejectSchema).json(rejects).sort(col("path")).write().mode(SaveMode.Overwrite)
        .parquet(dir + "rejects");
    long rejected = spark.read().parquet(dir + "rejects").count();
    if (o.gdelt()) {
      for (String label : List.of(Out.GDELT_EVENTS, Out.GDELT_MENTIONS)) {
        spark.createDataset(out.filter(x -> x.kind().equals(label)).map(Out::json).rdd(), Encoders.STRING())
            .write().mode(SaveMode.Overwrite).text(dir + label);
      }
    }
    long read = input.filter((FilterFunction<Tuple3<String, String, String>>) t -> t._1().equals(Inputs.ARTICLE)).count();
    StoryBlocks.Stats st = clustered._2();
    long slimBytes = analyzed.values().map(x -> (long) x.length()).fold(0L, Long::sum);
    out.unpersist();
    analysis.unpersist();
    input.unpersist();
    return new Summary(read, counts[Kind.ARTICLES.ordinal()], rejected, counts[Kind.EVENTS.ordinal()],
        counts[Kind.STORIES.ordinal()], st.links(), st.blocks(), st.largestBlock(), st.reconciledStories(),
        slimBytes, Duration.ofNanos(System.nanoTime() - t0));
  }

  /** The CLI export's row order (store Kind order). */
  private static Column[] order(Kind kind) {
    return switch (kind) {
      case ARTICLES -> new Column[] {col("published").asc_nulls_last(), col("id")};
      case EVENTS -> new Column[] {col("date").asc_nulls_last(), col("event_id")};
      case MENTIONS -> new Column[] {col("article_id"), col("idx")};
      case STORIES -> new Column[] {col("first_published").asc_nulls_last(), col("story_id")};
    };
  }
}
