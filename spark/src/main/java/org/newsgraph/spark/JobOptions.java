package org.newsgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link AnalyzeJob} does; see {@link AnalyzeJob#parse} for the command line.
 *
 * @param inputs          Hadoop paths: files or folders (text, Markdown, HTML, JSON, JSON Lines), or Parquet
 * @param output          folder receiving the tables articles, events, mentions, stories, rejects (and gdelt-*)
 * @param published       publication date for articles that state none (as the CLI's --published), or null
 * @param source          outlet for articles that name none (as the CLI's --source), or null
 * @param parquet         read every input as a Parquet table (inputs ending in .parquet always are)
 * @param partitions      partitions of the analysis stage (0: Spark's default parallelism)
 * @param gdelt           also write GDELT 2.0 Event and Mentions tables (TSV)
 * @param windowDays      time window of blocking: articles further apart never share a block by their keys
 * @param maxKeyArticles  a key shared by more articles than this within one window is too common to block by
 * @param maxBlock        a block larger than this is cut into time chunks that overlap by a window,
 *                        and the stories spanning two chunks are clustered again (reconciliation)
 */
record JobOptions(List<String> inputs, String output, LocalDate published, String source, boolean parquet,
                  int partitions, boolean gdelt, int windowDays, int maxKeyArticles, int maxBlock)
    implements Serializable {
  JobOptions {
    inputs = List.copyOf(inputs);
  }

  static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, null, null, false, 0, false, 7, 200, 20_000);
  }

  JobOptions withPublished(LocalDate d) {
    return new JobOptions(inputs, output, d, source, parquet, partitions, gdelt, windowDays, maxKeyArticles, maxBlock);
  }

  JobOptions withMaxBlock(int n) {
    return new JobOptions(inputs, output, published, source, parquet, partitions, gdelt, windowDays, maxKeyArticles, n);
  }

  JobOptions withGdelt(boolean g) {
    return new JobOptions(inputs, output, published, source, parquet, partitions, g, windowDays, maxKeyArticles, maxBlock);
  }

  JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, published, source, parquet, n, gdelt, windowDays, maxKeyArticles, maxBlock);
  }
}
