package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.engine.AnalyzedArticle;

/** A writer process killed with SIGKILL in the middle of its batches leaves only whole batches. */
class KillTest {
  static final int BATCH = 200;

  @TempDir Path dir;

  /** The victim: writes batches of {@link #BATCH} articles forever, saying after each commit. */
  public static void main(String[] args) {
    try (Store store = Store.open(Path.of(args[0]))) {
      for (int b = 0; ; b++) {
        List<AnalyzedArticle> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
          batch.add(Samples.analyze(Samples.article("b" + b + "-" + i, Samples.BODY.repeat(40))));
        }
        store.write(batch);
        System.out.println("committed " + (b + 1));
        System.out.flush();
      }
    }
  }

  @Test void killedMidRunKeepsWholeBatchesOnly() throws Exception {
    Path db = dir.resolve("ng.db");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), KillTest.class.getName(), db.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("committed 2")) {
        assertTrue(line.startsWith("committed"), line);
      }
      Thread.sleep(150); // now somewhere inside a later batch
    } finally {
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    try (Store store = Store.open(db)) {
      long articles = store.count(Kind.ARTICLES);
      assertTrue(articles >= 2L * BATCH, "the two announced batches are there: " + articles);
      assertEquals(0, articles % BATCH, "only whole batches: " + articles);
      assertEquals(3 * articles, store.count(Kind.MENTIONS));
      assertEquals(3 * articles, store.count(Kind.EVENTS));
      long[] entities = {0};
      store.select("SELECT count(*) FROM entities", rs -> entities[0] = rs.getLong(1));
      assertEquals(2 * articles, entities[0]);
    }
  }
}
