package org.newsgraph;

import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Format;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;
import org.newsgraph.read.Rejection;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;
import org.newsgraph.stories.StoreSync;
import org.newsgraph.stories.Stories;
import org.newsgraph.watch.WatchOptions;
import org.newsgraph.watch.Watcher;

/**
 * The front door: open a store, analyse articles into it, export what it holds. The CLI, the HTTP
 * server and the Spark job call only this.
 *
 * <pre>{@code
 * try (Newsgraph ng = Newsgraph.open(Path.of("newsgraph.db"))) {
 *   Newsgraph.Summary s = ng.analyze(List.of("samples/"), ReadOptions.defaults(), 2, Newsgraph.Progress.NONE);
 *   ng.export(Kind.EVENTS, Format.JSONL, System.out);
 * }
 * }</pre>
 */
public final class Newsgraph implements AutoCloseable {
  private final Store store;
  private final Supplier<Function<Article, AnalyzedArticle>> engineSupplier;
  private Function<Article, AnalyzedArticle> engine; // loaded on first need, then kept for every run
  private int batchSize = Ingest.DEFAULT_BATCH;
  private boolean force;

  private Newsgraph(Store store, Supplier<Function<Article, AnalyzedArticle>> engine) {
    this.store = store;
    this.engineSupplier = engine;
  }

  /**
   * Opens (or creates) the store at {@code db} with the standard engine. The engine's models load
   * only when an article actually needs analysing.
   */
  public static Newsgraph open(Path db) {
    return new Newsgraph(Store.open(db), () -> engine()::analyze);
  }

  /**
   * Opens the store at {@code db}, coding with the dictionaries {@code spec} names
   * ({@link Engine#withDictionaries}); they and the models load only when an article needs analysing.
   */
  public static Newsgraph open(Path db, String dictionaries) {
    Objects.requireNonNull(dictionaries);
    return new Newsgraph(Store.open(db), () -> engine(dictionaries)::analyze);
  }

  /**
   * Opens an existing store read-only, for readers (serve, query commands): several may share it
   * while no writer holds it; it analyses nothing.
   */
  public static Newsgraph openReadOnly(Path db) {
    return new Newsgraph(Store.openReadOnly(db), () -> {
      throw new IllegalStateException(db + " is open read-only");
    });
  }

  /** Opens the store at {@code db} with another per-article analysis (e.g. a custom {@link Engine}). */
  public static Newsgraph open(Path db, Function<Article, AnalyzedArticle> analyzer) {
    Objects.requireNonNull(analyzer);
    return new Newsgraph(Store.open(db), () -> analyzer);
  }

  /**
   * The per-article engine {@code analyze} uses, for shells that analyse without a store of their
   * own (bench, the Spark job's executors). Models load on its first article.
   */
  public static Engine engine() {
    return Engine.standard();
  }

  /** {@link #engine()} coding with the dictionaries {@code spec} names ({@link Engine#withDictionaries}). */
  public static Engine engine(String dictionaries) {
    return dictionaries == null ? Engine.standard() : Engine.withDictionaries(dictionaries);
  }

  /** The store, for readers (HTTP server, notebooks): articles, events, mentions, stories. */
  public Store store() {
    return store;
  }

  /** Articles per write transaction (default 32): a failed or killed run loses at most one batch. */
  public Newsgraph batchSize(int articles) {
    if (articles < 1) throw new IllegalArgumentException("batch size must be at least 1");
    this.batchSize = articles;
    return this;
  }

  /** Re-analyse articles even when their content is unchanged (e.g. after the coder improved). */
  public Newsgraph force(boolean force) {
    this.force = force;
    return this;
  }

  /**
   * Reads the inputs (files, directories, {@code -} for JSON Lines on stdin), analyses new and
   * changed articles on {@code threads} threads and stores them; unchanged articles are skipped
   * before analysis. Rejected inputs go to {@code progress} and never stop the run.
   *
   * @return what the run did
   * @throws org.newsgraph.store.StoreException when the store cannot be written (the failed batch is not kept)
   * @throws IllegalStateException when the engine cannot start or reading fails as a whole
   */
  public Summary analyze(List<String> paths, ReadOptions options, int threads, Progress progress) {
    Reader reader = new Reader(options == null ? ReadOptions.defaults() : options);
    Summary summary = ingest(threads, progress)
        .run((articles, rejections) -> reader.read(paths, articles, rejections));
    updateStories();
    return summary;
  }

  /**
   * Polls feeds and sitemaps ({@code sources}: URLs or local files) once: every announced page the
   * store does not hold yet is fetched, read, analysed and stored (id: its URL), exactly as
   * {@link #analyze} would; pages already stored are not fetched again ({@code unchanged} counts
   * them); failures go to {@code progress}. Call it again to poll again.
   */
  public Summary watch(List<String> sources, WatchOptions options, int threads, Progress progress) {
    Watcher watcher = new Watcher(store, options);
    Summary summary = ingest(threads, progress)
        .run((articles, rejections) -> watcher.round(sources, articles, rejections));
    updateStories();
    watcher.commit(); // only now: a crash before this polls the feeds in full again
    return summary.plus(new Summary(0, watcher.known(), 0, 0, 0, Duration.ZERO, 0));
  }

  /** Analyses and stores articles already read (e.g. by a Spark job or a test); see {@link #analyze}. */
  public Summary analyzeArticles(List<Article> articles, int threads, Progress progress) {
    Summary summary = ingest(threads, progress)
        .run((sink, rejections) -> articles.forEach(sink));
    updateStories();
    return summary;
  }

  /**
   * The stories of this store: articles grouped across outlets, merged events, side-by-side per
   * story. The state lives next to the store ({@link Stories#stateFile}); {@link #analyze} keeps
   * it and the store's stories and events tables up to date.
   */
  public Stories stories() {
    return Stories.load(Stories.stateFile(store.file()));
  }

  /**
   * An ingest whose stored articles are queued for the stories stage in the same transaction
   * ({@code story_queue}); the stories' compact form is computed on the analysis threads.
   */
  private Ingest ingest(int threads, Progress progress) {
    Map<AnalyzedArticle, String> prepared = Collections.synchronizedMap(new IdentityHashMap<>());
    Supplier<Function<Article, AnalyzedArticle>> tapped = () -> {
      Function<Article, AnalyzedArticle> analyze = analyzer();
      return article -> {
        AnalyzedArticle analysed = analyze.apply(article);
        prepared.put(analysed, Stories.prepare(analysed).toJson());
        return analysed;
      };
    };
    Function<AnalyzedArticle, String> queued = a -> {
      String json = prepared.remove(a);
      return json != null ? json : Stories.prepare(a).toJson();
    };
    return new Ingest(store, tapped, queued, threads, batchSize, force, progress);
  }

  /**
   * Adds every queued article (this run's, and any a killed run left) to the stories in
   * publication order, stores stories and merged events, saves the state, then clears the queue.
   * Each step may be cut short: what is still queued is added again next time, and adding an
   * article the state already holds changes nothing.
   */
  private void updateStories() {
    Map<String, String> queue = store.storyQueue();
    if (queue.isEmpty()) return;
    checkpoint.accept("stories");
    List<Stories.Prepared> analysed = new ArrayList<>(queue.size());
    queue.values().forEach(json -> analysed.add(Stories.Prepared.fromJson(json)));
    Path file = Stories.stateFile(store.file());
    Stories stories = Stories.load(file);
    StoreSync.write(store, stories, stories.addPrepared(analysed));
    checkpoint.accept("stories stored");
    stories.saveTo(file);
    checkpoint.accept("state saved");
    store.dequeueStories(queue.keySet());
  }

  /** Test hook (the kill -9 test): called between the steps of {@link #updateStories}. */
  static volatile java.util.function.Consumer<String> checkpoint = step -> {};

  /**
   * Writes all records of a kind to {@code out} in a format (JSON Lines, GDELT TSV or Parquet);
   * returns how many were written.
   */
  public long export(Kind kind, Format format, OutputStream out) {
    return new Exporter(store).write(kind, format, out);
  }

  /** Writes all records of a kind to a file in a format; returns how many were written. */
  public long export(Kind kind, Format format, Path out) {
    return new Exporter(store).write(kind, format, out);
  }

  private synchronized Function<Article, AnalyzedArticle> analyzer() {
    if (engine == null) engine = engineSupplier.get();
    return engine;
  }

  @Override
  public void close() {
    store.close();
  }

  /** Receives the progress of {@link #analyze}, always on the calling thread. */
  public interface Progress {
    Progress NONE = new Progress() {};

    /** An input that was skipped, as {@code path: reason}. */
    default void rejected(Rejection rejection) {}

    /** Called after each article is done (analysed, unchanged or failed) and once at the end. */
    default void update(Status status) {}
  }

  /**
   * Where a run stands. {@code read} counts articles read so far; the total is known once
   * {@code readingDone}. {@code done} counts articles analysed, skipped as unchanged or failed.
   */
  public record Status(int read, boolean readingDone, int analyzed, int unchanged, int failed, int rejected,
                       int stored, Duration elapsed) {
    public int done() {
      return analyzed + unchanged + failed;
    }

    /** Articles finished per second so far. */
    public double perSecond() {
      double s = elapsed.toMillis() / 1000.0;
      return s <= 0 ? 0 : done() / s;
    }

    /** Estimated time left, or null while the total is unknown or nothing is done yet. */
    public Duration eta() {
      double rate = perSecond();
      if (!readingDone || rate <= 0) return null;
      return Duration.ofMillis((long) ((read - done()) / rate * 1000));
    }
  }

  /**
   * What a run did: articles stored (new or changed), skipped as unchanged, inputs rejected
   * (unreadable, or analysis failed), entities and event mentions stored, the time taken, and how
   * many of the stored articles are in another language than English (kept, not event-coded).
   */
  public record Summary(int stored, int unchanged, int rejected, long entities, long events, Duration elapsed,
                        int notEnglish) {
    /** The summary of a run that did nothing. */
    public static final Summary NONE = new Summary(0, 0, 0, 0, 0, Duration.ZERO, 0);

    /** This run's counts added to {@code other}'s. */
    public Summary plus(Summary other) {
      return new Summary(stored + other.stored, unchanged + other.unchanged, rejected + other.rejected,
          entities + other.entities, events + other.events, elapsed.plus(other.elapsed), notEnglish + other.notEnglish);
    }
  }
}
