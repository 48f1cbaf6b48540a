package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Samples;
import org.newsgraph.store.StoreHooks;
import org.newsgraph.stories.Stories;

/**
 * kill -9 at several points of a run (inside a batch transaction, after every batch is committed but
 * before the stories, after the stories are stored, after the stories state is saved): the next run
 * on the same input ends with the store and the stories exactly as one uninterrupted run leaves them.
 */
class StoriesKillTest {
  static final int ARTICLES = 6;
  @TempDir Path dir;

  /** The run that gets killed: a child JVM analysing {@code args[1]} into {@code args[0]}, stopping at {@code args[2]}. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      String at = args[2];
      try (Newsgraph ng = Newsgraph.open(Path.of(args[0]), new Samples.FakeEngine()).batchSize(2)) {
        AtomicInteger inserted = new AtomicInteger();
        StoreHooks.afterInsert(ng.store(), id -> {
          if (at.equals("inside a batch") && inserted.incrementAndGet() == 3) stop(at);
        });
        Newsgraph.checkpoint = step -> {
          if (step.equals(at)) stop(at);
        };
        ng.analyze(List.of(args[1]), ReadOptions.defaults(), 1, Newsgraph.Progress.NONE);
      }
      System.out.println("FINISHED");
    }

    /** Says where it is and waits for the parent's SIGKILL. */
    static void stop(String at) {
      System.out.println("AT " + at);
      System.out.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException ignored) {
        // killed long before
      }
      Runtime.getRuntime().halt(3);
    }
  }

  Path input() throws Exception {
    ObjectMapper om = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    String[] outlets = {"Wire", "Herald", "Ledger"};
    for (int i = 0; i < ARTICLES; i++) {
      String body = i % 2 == 0
          ? "Putin met Choe in the Kremlin on Tuesday. Russia will invest $25 billion in a railway project with Pyongyang."
          : "The harbour authority reopened the northern port on Friday after a storm closed it for two days.";
      lines.append(om.writeValueAsString(Map.of("id", "k" + i, "title", (i % 2 == 0 ? "Envoy in Moscow " : "Port reopens ") + i,
          "source", outlets[i % 3], "published", "2014-11-1" + (i / 2 + 7), "text", body))).append('\n');
    }
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, lines.toString());
    return in;
  }

  /** What a run leaves: counts, the grouping of articles into stories, the queue. */
  static String outcome(Path db) {
    try (Newsgraph ng = Newsgraph.open(db, new Samples.FakeEngine())) {
      Stories stories = ng.stories();
      Set<String> groups = new TreeSet<>();
      for (var s : stories.stories()) groups.add(String.join(",", new TreeSet<>(s.articleIds())));
      List<String> clustered = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) if (stories.storyOf("k" + i).isPresent()) clustered.add("k" + i);
      return "articles=" + ng.store().count(Kind.ARTICLES) + " events=" + ng.store().count(Kind.EVENTS)
          + " mentions=" + ng.store().count(Kind.MENTIONS) + " stories=" + ng.store().count(Kind.STORIES)
          + " clustered=" + clustered + " groups=" + groups + " queued=" + ng.store().storyQueue().size();
    }
  }

  static Newsgraph.Summary run(Path db, Path in) {
    try (Newsgraph ng = Newsgraph.open(db, new Samples.FakeEngine()).batchSize(2)) {
      return ng.analyze(List.of(in.toString()), ReadOptions.defaults(), 1, Newsgraph.Progress.NONE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"inside a batch", "stories", "stories stored", "state saved"})
  void aKilledRunIsCompletedByTheNext(String at) throws Exception {
    Path in = input();
    Path clean = dir.resolve("clean.db");
    run(clean, in);
    String expected = outcome(clean);
    assertTrue(expected.contains("clustered=[k0, k1, k2, k3, k4, k5]") && expected.contains("queued=0"), expected);

    Path db = dir.resolve("killed.db");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
        db.toString(), in.toString(), at).redirectErrorStream(true).start();
    String seen;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder all = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("AT ") && !line.equals("FINISHED")) all.append(line).append('\n');
      seen = line == null ? all.toString() : line;
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the store
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals("AT " + at, seen, "the child reached the kill point");

    Newsgraph.Summary next = run(db, in);
    assertTrue(next.stored() + next.unchanged() == ARTICLES, next.toString());
    assertEquals(expected, outcome(db), "after the kill at '" + at + "' and one more run");
    assertEquals(0, run(db, in).stored(), "a third run changes nothing");
    assertEquals(expected, outcome(db));
  }
}
