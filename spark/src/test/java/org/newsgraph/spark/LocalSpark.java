package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** A quiet Spark session in local mode for tests and measured runs. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(int cores) {
    return SparkSession.builder().master("local[" + cores + "]").appName("newsgraph-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores))
        .config("spark.default.parallelism", String.valueOf(2 * cores))
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
