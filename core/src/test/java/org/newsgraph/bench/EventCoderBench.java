package org.newsgraph.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.actors.Actors;
import org.newsgraph.annotate.Document;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.EventPatterns;
import org.newsgraph.places.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The event coder alone on pre-annotated sentences, one thread: the Documents CoreNLP produced for
 * Multi-CoPED's 1,349 sentences and the two seed articles, read from the doc cache the slow events
 * tests write under the build folder (run {@code MultiCopedTest} and {@code SeedEventsTest} once first).
 * Scores are sentences per second.
 *
 * <ul>
 *   <li>{@code codeGivenActors}: the coder only (pattern matching, actors' phrases, modality, dates,
 *       places, why), with the actor mentions found beforehand;</li>
 *   <li>{@code codeWithActorsStage}: the actors stage (dictionary matching and in-article references)
 *       plus the coder, as {@code EventCoder.code(Document)} runs in the engine.</li>
 * </ul>
 * Run from the repository root: {@code mvn -B -q -pl core -Dng.build=target-events test-compile
 * dependency:build-classpath -Dmdep.outputFile=/tmp/ng-cp.txt} then
 * {@code java -cp core/target-events/test-classes:core/target-events/classes:$(cat /tmp/ng-cp.txt)
 * org.newsgraph.bench.EventCoderBench core/target-events}. It prints JMH's wall-clock scores as
 * sentences/s and then the same work in sentences per CPU-second of the benchmark thread (the figure
 * to read on a machine shared with other jobs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class EventCoderBench {
  /** Build folder holding doc-cache/ (default core/target-events, or system property ng.build). */
  static Path buildDir() {
    return Paths.get(System.getProperty("ng.build", "core/target-events"));
  }

  List<Document> docs;
  List<List<List<ActorMention>>> actors;
  EventCoder coder;
  int sentences;

  @Setup
  public void setup() throws IOException {
    docs = load(buildDir().resolve("doc-cache"));
    Actors stage = Actors.standard();
    coder = new EventCoder(stage, EventPatterns.bundled(), Cameo.bundled(), Gazetteer.standard());
    actors = new ArrayList<>(docs.size());
    sentences = 0;
    for (Document d : docs) {
      actors.add(stage.findAll(d, d.article().published()));
      sentences += d.sentences().size();
    }
  }

  static List<Document> load(Path cache) throws IOException {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<Document> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(cache)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) out.add(json.readValue(line, Document.class));
      }
    }
    if (out.isEmpty()) throw new IllegalStateException("no cached documents in " + cache + ": run MultiCopedTest first");
    return out;
  }

  /** Codes every cached sentence once; the score divided by {@link #sentences} is sentences/s. */
  @Benchmark
  public void codeGivenActors(Blackhole bh) {
    for (int i = 0; i < docs.size(); i++) {
      List<EventMention> ev = coder.code(docs.get(i), actors.get(i));
      bh.consume(ev);
    }
  }

  @Benchmark
  public void codeWithActorsStage(Blackhole bh) {
    for (Document d : docs) bh.consume(coder.code(d));
  }

  public static void main(String[] args) throws RunnerException, IOException {
    if (args.length > 0) System.setProperty("ng.build", args[0]);
    int n = 0;
    for (Document d : load(buildDir().resolve("doc-cache"))) n += d.sentences().size();
    var results = new Runner(new OptionsBuilder().include(EventCoderBench.class.getSimpleName())
        .jvmArgsAppend("-Dng.build=" + buildDir().toAbsolutePath()).build()).run();
    for (var r : results) {
      double perSecond = r.getPrimaryResult().getScore() * n;
      System.out.printf("%s: %.0f sentences/s wall-clock (%d sentences per operation)%n",
          r.getParams().getBenchmark(), perSecond, n);
    }
    cpuTime();
  }

  /**
   * The same work measured in this thread's CPU time, which a machine shared with other jobs does not
   * distort as it does wall-clock throughput: median of 15 rounds after 10 warm-up rounds.
   */
  static void cpuTime() throws IOException {
    EventCoderBench b = new EventCoderBench();
    b.setup();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (String which : List.of("codeGivenActors", "codeWithActorsStage")) {
      double[] rates = new double[15];
      for (int r = -10; r < rates.length; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        if (which.equals("codeGivenActors")) b.codeGivenActors(bh);
        else b.codeWithActorsStage(bh);
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= 0) rates[r] = b.sentences / ((c1 - c0) / 1e9);
      }
      java.util.Arrays.sort(rates);
      System.out.printf("%s: %.0f sentences per CPU-second (median of %d rounds; min %.0f, max %.0f)%n",
          which, rates[rates.length / 2], rates.length, rates[0], rates[rates.length - 1]);
    }
  }
}
