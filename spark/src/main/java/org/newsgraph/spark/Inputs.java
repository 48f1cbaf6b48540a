package org.newsgraph.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;
import org.newsgraph.read.Rejection;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Reads inputs with the CLI's {@link Reader}: files (text, Markdown, HTML, JSON, JSON Lines) from
 * any Hadoop file system, each handed to the reader as the CLI would find it (so ids are paths
 * relative to the input folder, as in the CLI), or Parquet tables whose rows carry the JSON Lines
 * fields of interfaces.md. Emits (kind, key, json): "article" with the Article as JSON, or
 * "reject" with {path, reason}.
 */
final class Inputs {
  static final String ARTICLE = "article";

  private Inputs() {}

  static Dataset<Tuple3<String, String, String>> read(SparkSession spark, JobOptions o) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    List<JavaRDD<Tuple3<String, String, String>>> parts = new ArrayList<>();
    String published = o.published() == null ? null : o.published().toString();
    String source = o.source();
    for (String input : o.inputs()) {
      if (o.parquet() || input.endsWith(".parquet")) {
        String name = new org.apache.hadoop.fs.Path(input).getName();
        parts.add(spark.read().parquet(input).toJSON().javaRDD()
            .mapPartitions(lines -> parquetRows(lines, name, published, source)));
      } else {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        String root;
        boolean folder;
        try {
          FileSystem fs = p.getFileSystem(conf);
          root = fs.makeQualified(p).toString();
          folder = fs.getFileStatus(p).isDirectory();
        } catch (IOException e) {
          parts.add(sc.parallelize(List.of(Analysis.reject(input, "cannot read: " + e.getMessage()))));
          continue;
        }
        parts.add(sc.binaryFiles(input, o.partitions()).mapPartitions(
            (FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Tuple3<String, String, String>>)
                files -> files(files, root, folder, published, source)));
      }
    }
    JavaRDD<Tuple3<String, String, String>> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
    return spark.createDataset(all.rdd(), Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()));
  }

  private static Reader reader(String published, String source) {
    return new Reader(new ReadOptions(published == null ? null : LocalDate.parse(published), source,
        ReadOptions.DEFAULT_MAX_BYTES));
  }

  /**
   * Each file goes to the reader through a local copy placed at its path relative to the input
   * folder, so the reader sees what the CLI sees (ids, skipped README files, format detection).
   */
  private static Iterator<Tuple3<String, String, String>> files(Iterator<Tuple2<String, PortableDataStream>> files,
      String root, boolean folder, String published, String source) throws IOException {
    Reader reader = reader(published, source);
    List<Tuple3<String, String, String>> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> f = files.next();
      String where = f._1();
      String relative = folder && where.startsWith(root + "/") ? where.substring(root.length() + 1)
          : new org.apache.hadoop.fs.Path(where).getName();
      Path tmp = Files.createTempDirectory("newsgraph-read");
      try {
        byte[] bytes;
        try {
          bytes = f._2().toArray();
        } catch (RuntimeException e) {
          out.add(Analysis.reject(where, "cannot read: " + Analysis.message(e)));
          continue;
        }
        Path local = tmp.resolve(relative);
        Files.createDirectories(local.getParent());
        Files.write(local, bytes);
        String prefix = (folder ? tmp : local).toString();
        reader.read(List.of(folder ? tmp.toString() : local.toString()),
            a -> out.add(new Tuple3<>(ARTICLE, a.id(), Json.write(withPath(a, original(a.path(), prefix, where, folder))))),
            r -> out.add(Analysis.reject(original(r.path(), prefix, where, folder), r.reason())));
      } finally {
        delete(tmp);
      }
    }
    return out.iterator();
  }

  private static String original(String localPath, String prefix, String where, boolean folder) {
    if (localPath == null) return where;
    return localPath.startsWith(prefix) ? where : localPath;
  }

  private static Article withPath(Article a, String path) {
    return new Article(a.id(), path, a.title(), a.byline(), a.source(), a.url(), a.published(), a.dateline(),
        a.body(), a.captions(), a.metadata(), a.contentHash());
  }

  /** Parquet rows as JSON Lines; rows without an id get {@code <table>#<partition>:<line>}. */
  private static Iterator<Tuple3<String, String, String>> parquetRows(Iterator<String> lines, String name,
      String published, String source) {
    StringBuilder sb = new StringBuilder();
    while (lines.hasNext()) sb.append(lines.next()).append('\n');
    List<Tuple3<String, String, String>> out = new ArrayList<>();
    String stream = name + "#" + TaskContext.getPartitionId();
    reader(published, source).readJsonLines(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
        stream, a -> out.add(new Tuple3<>(ARTICLE, a.id(), Json.write(a))),
        r -> out.add(Analysis.reject(r.path(), r.reason())));
    return out.iterator();
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
