package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.Newsgraph;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.stories.Stories;
import org.newsgraph.store.Store;

/**
 * One store per test JVM, filled by the real engine from the samples and the seeds (seed 003
 * published 2014-11-20) plus an article with a planted {@code <script>}; served read-only on a
 * free loopback port.
 */
final class ServerFixture {
  static final String SEED_000 = "000_c156ba7cf3c6e1e6.txt";
  static final String SEED_003 = "003_3d0d90c2bc71a833.txt";
  static final String PLANTED = "planted-script.txt";

  private static ServerFixture shared;

  final Path db;
  final Store store;
  final Stories stories;
  final Server server;
  final String base;

  private ServerFixture(Path db, Store store, Stories stories, Server server) {
    this.db = db;
    this.store = store;
    this.stories = stories;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static synchronized ServerFixture get() {
    if (shared == null) {
      try {
        shared = build();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        shared.server.close();
        shared.store.close();
        try (var files = Files.walk(shared.db.getParent())) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
          // a leftover temporary store is harmless
        }
      }));
    }
    return shared;
  }

  static Path seeds() {
    return Path.of(System.getProperty("ng.shared", "/work/shared")).resolve("seeds");
  }

  static Path samples() {
    for (Path p : List.of(Path.of("../samples"), Path.of("samples"), Path.of("/work/main/samples"))) {
      if (Files.isDirectory(p)) return p;
    }
    throw new IllegalStateException("samples folder not found");
  }

  /** An article whose body carries markup that must show as text, never run. */
  static Article planted() {
    String body = "The harbour festival of Port Elna opened on Saturday with a regatta and a fish market. "
        + "<script>window.__ngPwned = 1;</script> The organisers <img src=x onerror=\"window.__ngPwned = 2\"> "
        + "expect ten thousand visitors. <b>Bold claims</b> about the weather followed.";
    return new Article(PLANTED, PLANTED, "Planted <script>window.__ngPwned = 3;</script> headline", null,
        "Planted Gazette", null, LocalDate.of(2019, 6, 1), null, body, List.of(), Map.of(), null);
  }

  private static ServerFixture build() throws IOException {
    Path dir = Files.createTempDirectory("ng-server-test");
    Path db = dir.resolve("test.db");
    Stories stories;
    try (Newsgraph ng = Newsgraph.open(db)) {
      ng.analyze(List.of(samples().toString()), ReadOptions.defaults(), 2, Newsgraph.Progress.NONE);
      ng.analyze(List.of(seeds().toString()), new ReadOptions(LocalDate.of(2014, 11, 20), null,
          ReadOptions.DEFAULT_MAX_BYTES), 2, Newsgraph.Progress.NONE);
      ng.analyzeArticles(List.of(planted()), 1, Newsgraph.Progress.NONE);
      stories = ng.stories(); // as `newsgraph serve` loads them: the state analyze keeps next to the store
    }
    Store store = Store.openReadOnly(db);
    return new ServerFixture(db, store, stories, Server.start(store, stories, "127.0.0.1", 0));
  }

  /** The story holding both seed articles. */
  String seedStory() {
    return stories.storyOf(SEED_000).orElseThrow();
  }
}
