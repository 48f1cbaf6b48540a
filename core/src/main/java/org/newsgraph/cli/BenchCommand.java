package org.newsgraph.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.newsgraph.Newsgraph;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import org.newsgraph.engine.StageTimes;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;
import org.newsgraph.store.Store;
import org.newsgraph.stories.Stories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Measure analysis speed and memory on a set of articles.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {
        "Reads the articles under each PATH, loads the models (not timed), then analyses all of",
        "them with 1 thread and with --threads threads, printing articles/s, tokens/s and the peak",
        "heap for each run, then CoreNLP's time per annotator over all runs. Nothing is stored.",
        "",
        "--annotators measures the annotation stage alone with another CoreNLP configuration."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  newsgraph bench --limit 300 ../shared/corpora/bbc",
        "  newsgraph bench --annotators tokenize,ssplit,pos,lemma,ner --threads 1 --limit 200 corpus/"})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
  List<String> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (a 1-thread run always comes first). Default: ${DEFAULT-VALUE}")
  int threads = 2;

  @Option(names = "--limit", paramLabel = "N", description = "Use N articles spread evenly over the inputs (0: all). Default: ${DEFAULT-VALUE}")
  int limit = 0;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that state none.")
  LocalDate published;

  @Option(names = "--annotators", paramLabel = "LIST",
      description = "Time only annotation, with these CoreNLP annotators (e.g. tokenize,ssplit,pos,lemma,ner).")
  String annotators;

  @Option(names = "--fine-grained", description = "With --annotators: fine-grained NER (ner.applyFineGrained=true).")
  boolean fineGrained;

  @Option(names = "--property", paramLabel = "KEY=VALUE",
      description = "With --annotators: another CoreNLP property (repeatable), e.g. ner.model=...")
  java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private volatile StageTimes times = new StageTimes();
  private final Map<AnalyzedArticle, Stories.Prepared> prepared =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  @Override public Integer call() {
    PrintStream out = System.out;
    List<Article> articles = read();
    if (articles.isEmpty()) {
      System.err.println("newsgraph bench: no articles found");
      return 1;
    }
    long t0 = System.nanoTime();
    Annotator annotator;
    ToIntFunction<Article> work;
    if (annotators != null) {
      Properties p = Annotator.defaultProperties();
      p.setProperty("annotators", annotators);
      p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
      properties.forEach(p::setProperty);
      annotator = Annotator.create(p);
      Annotator a = annotator;
      work = article -> a.annotate(article).tokenCount();
    } else {
      Engine engine = Newsgraph.engine();
      annotator = Annotator.shared();
      work = article -> {
        AnalyzedArticle a = engine.analyze(article, times);
        long t = StageTimes.now();
        Stories.Prepared p = Stories.prepare(a);
        StageTimes.add(times, "stories: prepare (terms, MinHash, lead embedding)", t);
        prepared.put(a, p);
        return a.document().tokenCount();
      };
    }
    work.applyAsInt(articles.get(0)); // loads every model
    out.printf(Locale.ROOT, "%d articles; models loaded in %.1f s; configuration: %s%n", articles.size(),
        (System.nanoTime() - t0) / 1e9, annotators == null ? "Newsgraph.engine()" : "annotate only: " + annotators
            + (fineGrained ? " (fine-grained NER)" : "") + (properties.isEmpty() ? "" : " " + properties));
    Set<Integer> runs = new LinkedHashSet<>(List.of(1, Math.max(1, threads)));
    for (int n : runs) {
      times = new StageTimes();
      prepared.clear();
      run(out, articles, n, work);
      if (annotators == null) stages(out);
    }
    if (annotators == null) writes(out);
    out.println(annotator.timing().strip());
    return 0;
  }

  /** The last run's CPU seconds per step of the chain. */
  private void stages(PrintStream out) {
    Map<String, Double> secs = times.seconds();
    double total = secs.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder b = new StringBuilder("  CPU per step:");
    secs.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f s (%.0f%%);", k, v, 100 * v / total)));
    out.println(b.substring(0, b.length() - 1));
  }

  /** What follows the engine in analyze: store writes (batches of 32, the story queue included) and clustering. */
  private void writes(PrintStream out) {
    List<AnalyzedArticle> done = new ArrayList<>(prepared.keySet());
    done.sort(java.util.Comparator.comparing(a -> a.document().article().id()));
    try {
      Path dir = Files.createTempDirectory("newsgraph-bench");
      long c = StageTimes.now(), w = System.nanoTime();
      try (Store store = Store.open(dir.resolve("bench.db"))) {
        for (int i = 0; i < done.size(); i += 32) {
          store.write(done.subList(i, Math.min(done.size(), i + 32)), a -> prepared.get(a).toJson());
        }
      }
      double storeCpu = (StageTimes.now() - c) / 1e9, storeWall = (System.nanoTime() - w) / 1e9;
      c = StageTimes.now();
      new Stories().addPrepared(done.stream().map(prepared::get).toList());
      double storiesCpu = (StageTimes.now() - c) / 1e9;
      out.printf(Locale.ROOT, "after the engine: store writes %.1f s CPU of the writing thread (%.1f s wall, DuckDB's own threads "
          + "included in wall) for %d articles; story clustering %.2f s CPU%n", storeCpu, storeWall, done.size(), storiesCpu);
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    } catch (java.io.IOException e) {
      out.println("after the engine: not measured (" + e.getMessage() + ")");
    }
  }

  private List<Article> read() {
    List<Article> all = new ArrayList<>();
    new Reader(new ReadOptions(published, null, ReadOptions.DEFAULT_MAX_BYTES))
        .read(paths, all::add, r -> System.err.println(r.path() + ": " + r.reason()));
    if (limit <= 0 || limit >= all.size()) return all;
    List<Article> some = new ArrayList<>(limit);
    double stride = (double) all.size() / limit;
    for (int i = 0; i < limit; i++) some.add(all.get((int) (i * stride)));
    return some;
  }

  private static void run(PrintStream out, List<Article> articles, int threads, ToIntFunction<Article> work) {
    System.gc();
    HeapSampler heap = new HeapSampler();
    heap.start();
    AtomicLong tokens = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    long processCpu = processCpu();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(pool.submit(() -> {
          long c = threadBean.getCurrentThreadCpuTime();
          tokens.addAndGet(work.applyAsInt(a));
          cpu.addAndGet(threadBean.getCurrentThreadCpuTime() - c);
        }));
      }
      for (Future<?> f : done) f.get();
    } catch (Exception e) {
      throw new IllegalStateException("analysis failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
      heap.finish();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = cpu.get() / 1e9;
    double processSecs = (processCpu() - processCpu) / 1e9;
    out.printf(Locale.ROOT, "threads %d: %d articles, %d tokens in %.1f s = %.2f articles/s, %.0f tokens/s; "
            + "CPU: workers %.1f s, process %.1f s (GC, JIT included) = %.2f articles per process CPU-second; "
            + "peak heap used %.0f MB, peak live after GC %.0f MB%n",
        threads, articles.size(), tokens.get(), secs, articles.size() / secs, tokens.get() / secs,
        cpuSecs, processSecs, articles.size() / processSecs, heap.peak / 1048576.0, heap.live / 1048576.0);
  }

  /** CPU time of the whole process in ns (all threads, GC and JIT included), or 0 where unsupported. */
  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /**
   * Samples the heap every 20 ms: the peak used (garbage included, so it grows toward -Xmx with a
   * lazy collector) and the peak live heap, what the heap pools held after a collection.
   */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    volatile long peak;
    volatile long live;

    HeapSampler() {
      setDaemon(true);
    }

    @Override public void run() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        long afterGc = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
          if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) afterGc += p.getCollectionUsage().getUsed();
        }
        live = Math.max(live, afterGc);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      running = false;
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }
}
