package org.newsgraph.stories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.events.EventMention;

/**
 * The stories stage: groups articles into stories across outlets, links near-copies to their
 * originals, merges event mentions into events and compares outlets side by side.
 *
 * <p>Articles are added one at a time, in publication order (ties by id; {@link #addAll} sorts a
 * batch that way). Each joins the best open story or opens a new one; only stories active within
 * the time window are candidates. An article without a publication date is placed at the newest
 * date seen so far (before any dated article: it stays open until the first dated one arrives);
 * in a batch, right after the dated article most like it, and the batch's stories get a second
 * look at its end ({@link #addPrepared}).
 * The state can be saved and restored, so later articles extend the same stories: adding a
 * corpus one article at a time in two halves with a save and restore in between gives the same
 * stories as one run.
 *
 * <pre>{@code
 * Stories stories = new Stories();
 * analysed.forEach(stories::add);
 * for (Story s : stories.stories()) System.out.println(s.title() + " " + s.sources());
 * SideBySide sbs = stories.sideBySide(storyId);
 * }</pre>
 *
 * Not thread-safe for writes; methods are synchronized so readers see a consistent state.
 */
public final class Stories {
  private static final int STATE_VERSION = 1;

  /** Where an article went: its story, the article it copies (or null), whether it opened the story,
   * and the ids of stories merged into this one on the way (they no longer exist). */
  public record Placement(String articleId, String storyId, String copyOf, boolean newStory, List<String> merged) {
    public Placement {
      merged = List.copyOf(merged);
    }
  }

  /** Saved form of a Stories (JSON). */
  record State(int version, StorySettings settings, Clusterer.State clusterer, List<ArticleFacts> articles,
               Map<String, Integer> clusterOf) {}

  private final StorySettings settings;
  private final Clusterer clusterer;
  private final Map<String, ArticleFacts> articles = new LinkedHashMap<>();
  private final Map<String, Integer> clusterOf = new HashMap<>();

  /** An empty stage with the default settings. */
  public Stories() {
    this(StorySettings.defaults());
  }

  public Stories(StorySettings settings) {
    this(settings, new Clusterer(settings));
  }

  private Stories(StorySettings settings, Clusterer clusterer) {
    this.settings = settings;
    this.clusterer = clusterer;
  }

  public StorySettings settings() {
    return settings;
  }

  /**
   * Adds an analysed article. Adding a known id again keeps its story and replaces its facts
   * (events, quotes...) with the new analysis; the clustering is not redone.
   */
  public synchronized Placement add(AnalyzedArticle analyzed) {
    return add(StoryArticle.of(analyzed), ArticleFacts.of(analyzed));
  }

  /** Adds an article for clustering only (no events, no side-by-side facts). */
  public synchronized Placement add(StoryArticle article) {
    return add(article, ArticleFacts.of(article));
  }

  /** Adds a batch in publication order (undated last, ties by id). */
  public synchronized List<Placement> addAll(Collection<AnalyzedArticle> batch) {
    return addPrepared(batch.stream().map(Stories::prepare).toList());
  }

  /**
   * What the stage keeps of an analysed article, computed without touching any state: call it
   * on the analysis threads, keep the (much smaller) result, and add a run's worth with
   * {@link #addPrepared} once analysis is done.
   */
  public static Prepared prepare(AnalyzedArticle analyzed) {
    return new Prepared(StoryArticle.of(analyzed), ArticleFacts.of(analyzed));
  }

  /** An article prepared for {@link #addPrepared}; opaque. */
  public static final class Prepared {
    final StoryArticle article;
    final ArticleFacts facts;

    private Prepared(StoryArticle article, ArticleFacts facts) {
      this.article = article;
      this.facts = facts;
    }

    public String id() {
      return article.id();
    }

    /** As JSON, to be queued in the store in the same transaction as its article ({@link #fromJson}). */
    public String toJson() {
      StoryArticle a = article;
      try {
        return json().writeValueAsString(new Queued(a.id(), a.source(), a.published(), a.title(), a.terms(), a.names(),
            a.actors(), a.events(), a.minhash().values(), a.embedding(), facts));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a prepared article", e);
      }
    }

    /** Reads what {@link #toJson} wrote. */
    public static Prepared fromJson(String json) {
      try {
        Queued q = json().readValue(json, Queued.class);
        return new Prepared(new StoryArticle(q.id(), q.source(), q.published(), q.title(), q.terms(), q.names(),
            q.actors(), q.events(), MinHash.of(q.minhash()), q.embedding()), q.facts());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read a prepared article", e);
      }
    }
  }

  /** The JSON form of a {@link Prepared} (MinHash as its values). */
  private record Queued(String id, String source, java.time.LocalDate published, String title, Map<String, Integer> terms,
                        Map<String, Integer> names, Set<String> actors, Set<String> events, List<Integer> minhash,
                        float[] embedding, ArticleFacts facts) {}

  /**
   * Adds prepared articles as one batch, in publication order (ties by id). An undated article goes
   * right after the batch's dated article whose lead embedding is closest to its own
   * ({@link #inTimeOrder}), and may join any story of the batch, also one whose window has closed.
   * At the end, stories of the batch that ran more than a window apart and are alike merge
   * ({@link StorySettings#consolidation}): a follow-up joins its story. So a corpus added as one
   * batch or as several can end in different stories; one batch's result does not depend on the
   * order of its articles.
   */
  public synchronized List<Placement> addPrepared(Collection<Prepared> batch) {
    List<Placement> out = new ArrayList<>();
    List<String> merged;
    clusterer.beginBatch();
    try {
      for (Prepared p : inTimeOrder(batch)) out.add(add(p.article, p.facts));
    } finally {
      merged = clusterer.endBatch();
    }
    return merged.isEmpty() ? out : consolidated(out, merged);
  }

  /**
   * The placements after the batch's stories were consolidated: each with its live story, and the
   * ids merged away at the end listed by the first placement of the story they went into.
   */
  private List<Placement> consolidated(List<Placement> placements, List<String> merged) {
    Map<String, List<String>> into = new LinkedHashMap<>();
    for (String id : merged) into.computeIfAbsent(clusterer.live(clusterer.byId(id).idx).id, x -> new ArrayList<>()).add(id);
    List<Placement> out = new ArrayList<>(placements.size());
    for (Placement p : placements) {
      String story = storyOf(p.articleId()).orElseThrow();
      List<String> m = new ArrayList<>(p.merged());
      List<String> more = into.remove(story);
      if (more != null) m.addAll(more);
      out.add(new Placement(p.articleId(), story, p.copyOf(), p.newStory(), m));
    }
    return out;
  }

  /**
   * Dated articles by date (ties by id); each undated one placed right after the dated article most
   * like it (lead-embedding cosine), else at the end by id. Sorting undated articles last put them
   * after every window of the batch had closed, so an archive where only some pages carry a date
   * split each story into its dated and its undated half (ECB+ through {@code analyze}: event
   * B-cubed 0.763 before, docs/stories.md). The undated article keeps no date: it only runs at the
   * time of its neighbour, when that neighbour's story is still open.
   */
  static List<Prepared> inTimeOrder(Collection<Prepared> batch) {
    List<Prepared> dated = new ArrayList<>(), undated = new ArrayList<>();
    for (Prepared p : batch) (p.article.published() == null ? undated : dated).add(p);
    dated.sort(Comparator.comparing((Prepared p) -> p.article.published()).thenComparing(Prepared::id));
    undated.sort(Comparator.comparing(Prepared::id));
    Map<Integer, List<Prepared>> after = new java.util.HashMap<>();
    List<Prepared> last = new ArrayList<>();
    for (Prepared u : undated) {
      float[] e = u.article.embedding();
      int best = -1;
      double bs = Double.NEGATIVE_INFINITY;
      for (int i = 0; e != null && i < dated.size(); i++) {
        float[] d = dated.get(i).article.embedding();
        if (d == null || d.length != e.length) continue;
        double sim = Clusterer.cosine(e, d);
        if (sim > bs) {
          bs = sim;
          best = i;
        }
      }
      if (best < 0) last.add(u);
      else after.computeIfAbsent(best, x -> new ArrayList<>()).add(u);
    }
    List<Prepared> out = new ArrayList<>(batch.size());
    for (int i = 0; i < dated.size(); i++) {
      out.add(dated.get(i));
      out.addAll(after.getOrDefault(i, List.of()));
    }
    out.addAll(last);
    return out;
  }

  private Placement add(StoryArticle article, ArticleFacts facts) {
    Integer known = clusterOf.get(article.id());
    if (known != null) {
      // Known article (e.g. analysed again): its story stays, its facts and events are the new ones.
      ArticleFacts old = articles.get(article.id());
      if (!facts.sentences().isEmpty() || !facts.events().isEmpty()) {
        articles.put(article.id(), old.copyOf() == null ? facts : facts.withCopyOf(old.copyOf()));
      }
      return new Placement(article.id(), clusterer.live(known).id, old.copyOf(), false, List.of());
    }
    Clusterer.Assignment a = clusterer.add(article);
    articles.put(article.id(), a.copyOf() == null ? facts : facts.withCopyOf(a.copyOf()));
    for (String id : a.nowCopies()) articles.put(id, articles.get(id).withCopyOf(article.id()));
    clusterOf.put(article.id(), a.cluster());
    return new Placement(article.id(), a.storyId(), a.copyOf(), a.created(), a.merged());
  }

  /** The story of an article, or empty when the article is unknown. */
  public synchronized Optional<String> storyOf(String articleId) {
    Integer c = clusterOf.get(articleId);
    return c == null ? Optional.empty() : Optional.of(clusterer.live(c).id);
  }

  /** The article an article is a near-copy of, or empty. */
  public synchronized Optional<String> copyOf(String articleId) {
    ArticleFacts f = articles.get(articleId);
    return f == null ? Optional.empty() : Optional.ofNullable(f.copyOf());
  }

  /** Number of stories still open (inside the time window): candidates for new articles. */
  public synchronized int openStories() {
    return clusterer.openCount();
  }

  /** Number of articles added. */
  public synchronized int size() {
    return articles.size();
  }

  /** All stories, newest first (by last publication date, undated last; then by id). */
  public synchronized List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (Clusterer.Cluster c : clusterer.clusters()) if (c.mergedInto == null) out.add(story(c));
    out.sort(Comparator.comparing(Story::lastPublished, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Story::storyId));
    return out;
  }

  /** One story by id (a merged-away id finds the story it went into). */
  public synchronized Optional<Story> story(String storyId) {
    Clusterer.Cluster c = find(storyId);
    return c == null ? Optional.empty() : Optional.of(story(c));
  }

  /** All merged events, story by story. */
  public synchronized List<Event> events() {
    List<Event> out = new ArrayList<>();
    for (Clusterer.Cluster c : clusterer.clusters()) if (c.mergedInto == null) out.addAll(events(c));
    return out;
  }

  /** The merged events of one story. */
  public synchronized List<Event> events(String storyId) {
    Clusterer.Cluster c = find(storyId);
    return c == null ? List.of() : events(c);
  }

  /** What each outlet of a story reports, side by side; empty when the story is unknown. */
  public synchronized Optional<SideBySide> sideBySide(String storyId) {
    Clusterer.Cluster c = find(storyId);
    if (c == null) return Optional.empty();
    return Optional.of(Compare.of(story(c), members(c), events(c)));
  }

  /** Writes the whole state as JSON. */
  public synchronized void save(OutputStream out) {
    try {
      json().writeValue(out, new State(STATE_VERSION, settings, clusterer.state(), new ArrayList<>(articles.values()),
          new LinkedHashMap<>(clusterOf)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save stories", e);
    }
  }

  /** Restores a state written by {@link #save}; adding articles continues where it stopped. */
  public static Stories restore(InputStream in) {
    try {
      State s = json().readValue(in, State.class);
      if (s.version() != STATE_VERSION) throw new IllegalArgumentException("unknown stories state version " + s.version());
      Stories st = new Stories(s.settings(), Clusterer.restore(s.settings(), s.clusterer()));
      s.articles().forEach(a -> st.articles.put(a.id(), a));
      st.clusterOf.putAll(s.clusterOf());
      return st;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore stories", e);
    }
  }

  /** Where the stories state of a store lives: next to it, {@code newsgraph.db.stories.json.gz}. */
  public static Path stateFile(Path db) {
    return db.resolveSibling(db.getFileName() + ".stories.json.gz");
  }

  /** Restores the state saved at {@code file}, or a new empty stage when there is none. */
  public static Stories load(Path file) {
    if (!Files.exists(file)) return new Stories();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return restore(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Saves the state to {@code file} (gzip JSON), replacing it atomically. */
  public synchronized void saveTo(Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        save(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Thread-safe once configured; one per process (prepared articles are written on every analysis thread). */
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static ObjectMapper json() {
    return JSON;
  }

  private Clusterer.Cluster find(String storyId) {
    Clusterer.Cluster c = clusterer.byId(storyId);
    return c == null ? null : clusterer.live(c.idx);
  }

  private List<ArticleFacts> members(Clusterer.Cluster c) {
    List<ArticleFacts> l = new ArrayList<>();
    for (String id : c.members) l.add(articles.get(id));
    return l;
  }

  private List<Event> events(Clusterer.Cluster c) {
    return EventMerger.merge(c.id, members(c), settings.symmetricRoots());
  }

  private Story story(Clusterer.Cluster c) {
    List<ArticleFacts> members = members(c);
    Set<String> sources = new LinkedHashSet<>();
    List<String> copies = new ArrayList<>();
    Map<String, Integer> actors = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    for (ArticleFacts a : members) {
      if (a.source() != null && !a.source().isBlank()) sources.add(a.source());
      if (a.copyOf() != null) copies.add(a.id());
      for (EventMention m : a.events()) {
        if (m.source() != null && m.source().code() != null) actors.merge(m.source().code(), 1, Integer::sum);
        if (m.target() != null && m.target().code() != null) actors.merge(m.target().code(), 1, Integer::sum);
        if (m.location() != null && m.location().name() != null) places.merge(m.location().name(), 1, Integer::sum);
      }
      for (ArticleFacts.Name n : a.names()) {
        if (Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE").contains(n.type())) {
          places.merge(n.canonical(), 1, Integer::sum);
        }
      }
    }
    if (actors.isEmpty()) actors.putAll(c.actors);
    List<Long> eventIds = events(c).stream().map(Event::eventId).toList();
    String title = c.title != null ? c.title : members.isEmpty() ? null : members.get(0).title();
    return new Story(c.id, title, c.first, c.last, new ArrayList<>(c.members), new ArrayList<>(sources), copies,
        eventIds, top(actors, 5), top(places, 5));
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> l = new ArrayList<>(counts.entrySet());
    l.sort(Map.Entry.<String, Integer>comparingByValue().reversed());   // stable: ties keep first-seen order
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, l.size()); i++) out.add(l.get(i).getKey());
    return out;
  }
}
