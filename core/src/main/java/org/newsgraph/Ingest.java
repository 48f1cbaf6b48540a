package org.newsgraph;

import org.newsgraph.engine.AnalyzedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.Newsgraph.Progress;
import org.newsgraph.Newsgraph.Status;
import org.newsgraph.Newsgraph.Summary;
import org.newsgraph.read.Article;
import org.newsgraph.read.Rejection;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * One analysis run: a reader thread feeds articles that are new or changed to N worker threads
 * sharing one engine; the calling thread is the single writer, storing results in batches (one
 * transaction each) and reporting progress. Unchanged articles (same id and content hash as
 * stored) are skipped before analysis. Use it through {@link org.newsgraph.Newsgraph#analyze}.
 */
final class Ingest {
  public static final int DEFAULT_BATCH = 32;
  /** A batch is also written when it has waited this long, so slow runs still commit often. */
  private static final long FLUSH_NANOS = Duration.ofSeconds(2).toNanos();
  /**
   * Articles read ahead of analysis. Reading is far faster than analysis, so for runs of up to
   * this many articles the total (and so the ETA) is known almost at once; beyond it, memory
   * stays bounded (articles are a few kB each).
   */
  private static final int READ_AHEAD = 10_000;

  /** Where articles come from: calls {@code articles} or {@code rejections} once per input. */
  @FunctionalInterface
  interface Source {
    void read(Consumer<Article> articles, Consumer<Rejection> rejections);
  }

  private sealed interface Item permits Analyzed, Unchanged, Failed, Rejected, ReaderDone, WorkerDone, Fatal {}
  /** The input is kept: its hash, not the engine's copy of it, says whether it is still the latest version. */
  private record Analyzed(Article input, AnalyzedArticle result) implements Item {}
  private record Unchanged(Article article) implements Item {}
  private record Failed(Article article, Throwable error) implements Item {}
  private record Rejected(Rejection rejection) implements Item {}
  private record ReaderDone() implements Item {}
  private record WorkerDone() implements Item {}
  private record Fatal(String what, Throwable error) implements Item {}

  private static final Article POISON = new Article("", "", null, null, null, null, null, null, "", null, null, null);

  private final Store store;
  private final Supplier<Function<Article, AnalyzedArticle>> engineSupplier;
  private final Function<AnalyzedArticle, String> queued;
  private final int threads;
  private final int batchSize;
  private final boolean force;
  private final Progress progress;

  private Function<Article, AnalyzedArticle> engine;
  private volatile boolean aborted;

  Ingest(Store store, Supplier<Function<Article, AnalyzedArticle>> engine, int threads, int batchSize,
                boolean force, Progress progress) {
    this(store, engine, null, threads, batchSize, force, progress);
  }

  /** As above; {@code queued} gives each stored article's row for the story queue ({@link Store#write(List, Function)}). */
  Ingest(Store store, Supplier<Function<Article, AnalyzedArticle>> engine, Function<AnalyzedArticle, String> queued,
                int threads, int batchSize, boolean force, Progress progress) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.store = store;
    this.queued = queued;
    this.engineSupplier = engine;
    this.threads = threads;
    this.batchSize = batchSize;
    this.force = force;
    this.progress = progress == null ? Progress.NONE : progress;
  }

  /** Whether the article's id is its file's path (not an id given in JSON Lines or by a feed). */
  private static boolean namedByFile(Article a) {
    String p = a.path();
    return p != null && !p.matches(".*:\\d+$") && (p.equals(a.id()) || p.replace('\\', '/').endsWith("/" + a.id()));
  }

  /** Runs the whole thing; returns when every input is stored, skipped or rejected. */
  Summary run(Source source) {
    long t0 = System.nanoTime();
    Map<String, String> known = force ? Map.of() : store.contentHashes();
    BlockingQueue<Article> work = new LinkedBlockingQueue<>(READ_AHEAD);
    BlockingQueue<Item> results = new LinkedBlockingQueue<>();
    int[] read = {0};
    List<Thread> started = new ArrayList<>();

    // Latest version read of each id: when one input holds an id twice, the later version wins
    // even if the workers finish them in the other order.
    Map<String, String> seen = new ConcurrentHashMap<>();
    // The file each file-named id came from in this run: two files whose paths under their PATHs are
    // the same ("a/001.txt" and "b/001.txt" given as files) are two articles, not two versions of one
    Map<String, String> files = new java.util.HashMap<>();
    Thread reader = daemon("newsgraph-read", () -> {
      try {
        source.read(article -> {
          if (aborted) throw new IllegalStateException("run aborted");
          synchronized (read) {
            read[0]++;
          }
          if (namedByFile(article)) {
            String first = files.putIfAbsent(article.id(), article.path());
            if (first != null && !first.equals(article.path())) {
              results.add(new Rejected(new Rejection(article.path(), "its id '" + article.id()
                  + "' (its path under the PATH given) is also the id of " + first
                  + " in this run; not stored: give a folder that holds both as PATH, so that their ids differ")));
              return;
            }
          }
          String hash = Store.contentHash(article);
          String before = seen.containsKey(article.id()) ? seen.get(article.id()) : known.get(article.id());
          seen.put(article.id(), hash);
          if (hash.equals(before)) {
            results.add(new Unchanged(article));
          } else {
            put(work, article);
          }
        }, rejection -> results.add(new Rejected(rejection)));
      } catch (Throwable t) {
        if (!aborted) results.add(new Fatal("reading failed", t));
      } finally {
        try {
          for (int i = 0; i < threads; i++) put(work, POISON);
        } catch (IllegalStateException aborting) {
          // the workers are being interrupted instead
        }
        results.add(new ReaderDone());
      }
    });
    started.add(reader);
    for (int i = 0; i < threads; i++) {
      started.add(daemon("newsgraph-analyze-" + i, () -> {
        try {
          for (Article a = work.take(); a != POISON && !aborted; a = work.take()) {
            Function<Article, AnalyzedArticle> f;
            try {
              f = engine();
            } catch (Throwable t) {
              results.add(new Fatal("the engine could not start", t));
              return;
            }
            try {
              results.add(new Analyzed(a, f.apply(a)));
            } catch (Throwable t) {
              results.add(new Failed(a, t));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          results.add(new WorkerDone());
        }
      }));
    }
    started.forEach(Thread::start);

    int analyzed = 0, unchanged = 0, failed = 0, rejected = 0, workersDone = 0, notEnglish = 0;
    Written written = new Written();
    boolean readerDone = false;
    List<AnalyzedArticle> batch = new ArrayList<>();
    long lastFlush = System.nanoTime();
    try {
      while (!readerDone || workersDone < threads) {
        Item item = results.poll(200, TimeUnit.MILLISECONDS);
        if (item instanceof Analyzed a) {
          Article article = a.input();
          if (Store.contentHash(article).equals(seen.get(article.id()))) {
            analyzed++;
            if (!article.isEnglish()) notEnglish++;
            batch.add(a.result());
          } else {
            unchanged++; // superseded by a later version of the same id in this run
          }
        } else if (item instanceof Unchanged) {
          unchanged++;
        } else if (item instanceof Failed f) {
          failed++;
          progress.rejected(new Rejection(f.article().path() == null ? f.article().id() : f.article().path(),
              "analysis failed: " + message(f.error())));
        } else if (item instanceof Rejected r) {
          rejected++;
          progress.rejected(r.rejection());
        } else if (item instanceof ReaderDone) {
          readerDone = true;
        } else if (item instanceof WorkerDone) {
          workersDone++;
        } else if (item instanceof Fatal f) {
          throw new IllegalStateException(f.what() + ": " + message(f.error()), f.error());
        }
        if (!batch.isEmpty() && (batch.size() >= batchSize || System.nanoTime() - lastFlush >= FLUSH_NANOS)) {
          written.add(write(batch));
          lastFlush = System.nanoTime();
        }
        if (item != null && !(item instanceof WorkerDone)) {
          progress.update(status(read, readerDone, analyzed, unchanged, failed, rejected, written.articles, t0));
        }
      }
      written.add(write(batch));
      progress.update(status(read, true, analyzed, unchanged, failed, rejected, written.articles, t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("analysis interrupted", e);
    } finally {
      if (!readerDone || workersDone < threads) {
        aborted = true;
        work.clear();
        started.forEach(Thread::interrupt);
      }
    }
    return new Summary(written.articles, unchanged, rejected + failed, written.entities, written.events,
        Duration.ofNanos(System.nanoTime() - t0), notEnglish);
  }

  /** Totals of what was committed. */
  private static final class Written {
    int articles;
    long entities;
    long events;

    void add(Written w) {
      articles += w.articles;
      entities += w.entities;
      events += w.events;
    }
  }

  /** Writes and clears a batch (one transaction); returns what it held. */
  private Written write(List<AnalyzedArticle> batch) {
    Written w = new Written();
    if (batch.isEmpty()) return w;
    store.write(batch, queued);
    for (AnalyzedArticle a : batch) {
      w.articles++;
      w.entities += a.entities() == null ? 0 : a.entities().entities().size();
      w.events += a.events().size();
    }
    batch.clear();
    return w;
  }

  private static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  private synchronized Function<Article, AnalyzedArticle> engine() {
    if (engine == null) engine = engineSupplier.get();
    return engine;
  }

  private void put(BlockingQueue<Article> queue, Article a) {
    try {
      while (!queue.offer(a, 200, TimeUnit.MILLISECONDS)) {
        if (aborted) throw new IllegalStateException("run aborted");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("run aborted", e);
    }
  }

  private static Status status(int[] read, boolean readingDone, int analyzed, int unchanged, int failed,
                               int rejected, int stored, long t0) {
    int r;
    synchronized (read) {
      r = read[0];
    }
    return new Status(r, readingDone, analyzed, unchanged, failed, rejected, stored,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
  }
}
