package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.entities.Amount;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.Entity;
import org.newsgraph.entities.Quote;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.EventMention;
import org.newsgraph.places.Location;
import org.newsgraph.read.Article;

/**
 * The embedded store: one DuckDB file holding articles, entities, quotes, amounts, event mentions,
 * events and stories (schema in {@code db/*.sql}). Writes go through {@link #write}, one
 * transaction per batch; reads may come from any thread. Close it when done: DuckDB allows one
 * process per database file.
 */
public final class Store implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final DuckDBConnection conn;
  private final int version;
  /** Test hook: called after each article's rows are inserted, inside the batch transaction. */
  private volatile Consumer<String> afterInsert = id -> {};

  private Store(Path file, DuckDBConnection conn, int version) {
    this.file = file;
    this.conn = conn;
    this.version = version;
  }

  /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
  public static Store open(Path file) {
    try {
      Path abs = file.toAbsolutePath();
      if (abs.getParent() != null) Files.createDirectories(abs.getParent());
      Properties props = new Properties();
      // Offline by design: parquet and json are built into the driver; never download extensions.
      props.setProperty("autoinstall_known_extensions", "false");
      DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, props);
      try {
        return new Store(abs, conn, Schema.migrate(conn));
      } catch (SQLException | RuntimeException e) {
        conn.close();
        throw e;
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open store " + file + ": " + (locked(e)
          ? "it is in use by another process (a running newsgraph analyze, watch or serve?). DuckDB allows one "
            + "writer and no readers beside it: wait for it, stop it, or watch feeds inside the server "
            + "with 'newsgraph serve --watch FEED...'"
          : e.getMessage()), e);
    }
  }

  /** DuckDB's refusal when another process holds the file's lock. */
  private static boolean locked(Exception e) {
    String m = e.getMessage();
    return m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"));
  }

  /**
   * Opens an existing store read-only (for the HTTP server and other readers): nothing can be
   * written through it and no migration runs; a store older than this build is refused.
   */
  public static Store openReadOnly(Path file) {
    Path abs = file.toAbsolutePath();
    if (!Files.isRegularFile(abs)) throw new StoreException("no store at " + file, null);
    try {
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      props.setProperty("autoinstall_known_extensions", "false");
      DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, props);
      try {
        int version = Schema.version(conn);
        int latest = Schema.migrations().size();
        if (version < latest) {
          throw new SQLException("schema version " + version + " is older than " + latest
              + "; open it once with analyze to migrate");
        }
        return new Store(abs, conn, version);
      } catch (SQLException | RuntimeException e) {
        conn.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + " read-only: " + (locked(e)
          ? "another process is writing it (newsgraph analyze or watch): DuckDB lets no reader in beside a "
            + "writer. Wait for it to finish, or run the watcher inside the server: 'newsgraph serve --watch FEED...'"
          : e.getMessage()), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The schema version: the number of the last migration applied. */
  public int schemaVersion() {
    return version;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Stores a batch of analysed articles in one transaction: each replaces any earlier version of
   * the same id with all its rows. On any failure nothing of the batch is kept and a
   * {@link StoreException} is thrown.
   */
  public synchronized void write(List<AnalyzedArticle> batch) {
    write(batch, null);
  }

  /**
   * As {@link #write(List)}, and queues each article for the stories stage in the same transaction:
   * {@code queued} gives the row (the stories stage's JSON form of it) kept in {@code story_queue}
   * until {@link #dequeueStories} says the stories state holds it. A kill after this commit leaves the
   * article queued, never stored-but-forgotten.
   */
  public synchronized void write(List<AnalyzedArticle> batch, Function<AnalyzedArticle, String> queued) {
    if (batch.isEmpty()) return;
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : batch) byId.put(a.document().article().id(), a); // last version wins
    transaction("batch of " + byId.size() + " articles not stored", () -> {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      Set<Long> affected = delete(byId.keySet());
      Set<Long> existing = storedEvents(byId.values());
      try (Appenders rows = new Appenders()) {
        for (AnalyzedArticle a : byId.values()) {
          insert(rows, a, now, existing, affected);
          afterInsert.accept(a.document().article().id());
        }
      } // closing flushes the rows into this transaction
      recount(affected);
      if (queued != null) queue(byId.values(), queued, now);
    });
  }

  private void queue(Collection<AnalyzedArticle> articles, Function<AnalyzedArticle, String> queued, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement put = conn.prepareStatement("INSERT OR REPLACE INTO story_queue VALUES (?, ?, ?)")) {
      for (AnalyzedArticle a : articles) {
        put.setString(1, a.document().article().id());
        put.setString(2, queued.apply(a));
        put.setTimestamp(3, java.sql.Timestamp.valueOf(now));
        put.addBatch();
      }
      put.executeBatch();
    }
  }

  /** Articles stored but not yet in the stories state, oldest first: id → the queued row. */
  public Map<String, String> storyQueue() {
    Map<String, String> out = new LinkedHashMap<>();
    select("SELECT article_id, prepared FROM story_queue ORDER BY queued_at, article_id",
        rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** Removes articles from the story queue once the saved stories state holds them. */
  public synchronized void dequeueStories(Collection<String> ids) {
    if (ids.isEmpty()) return;
    transaction("story queue not cleared", () -> {
      try (PreparedStatement del = conn.prepareStatement(
          "DELETE FROM story_queue WHERE list_contains(CAST(CAST(? AS JSON) AS VARCHAR[]), article_id)")) {
        bind(del, json(ids));
        del.executeUpdate();
      }
    });
  }

  /**
   * Stores stories in one transaction: each replaces the story of the same id, and its articles
   * and events get its story_id.
   */
  public synchronized void writeStories(List<StoryRecord> stories) {
    writeStories(stories, List.of());
  }

  /**
   * As {@link #writeStories(List)}, and in the same transaction removes the stories {@code gone}
   * (merged into others: their articles are in one of {@code stories}).
   */
  public synchronized void writeStories(List<StoryRecord> stories, java.util.Collection<String> gone) {
    transaction("stories not stored", () -> {
      try (PreparedStatement del = conn.prepareStatement("DELETE FROM stories WHERE story_id = ?");
           PreparedStatement ins = conn.prepareStatement("INSERT INTO stories VALUES (?, ?, CAST(? AS DATE), "
               + "CAST(? AS DATE), CAST(CAST(? AS JSON) AS VARCHAR[]), CAST(CAST(? AS JSON) AS VARCHAR[]), "
               + "CAST(CAST(? AS JSON) AS BIGINT[]))");
           PreparedStatement arts = conn.prepareStatement("UPDATE articles SET story_id = ? "
               + "WHERE list_contains(CAST(CAST(? AS JSON) AS VARCHAR[]), id)");
           PreparedStatement evs = conn.prepareStatement("UPDATE events SET story_id = ? "
               + "WHERE list_contains(CAST(CAST(? AS JSON) AS BIGINT[]), event_id)")) {
        for (String id : gone) {
          bind(del, id);
          del.executeUpdate();
        }
        for (StoryRecord s : stories) {
          bind(del, s.storyId());
          del.executeUpdate();
          bind(ins, s.storyId(), s.title(), s.firstPublished() == null ? null : s.firstPublished().toString(),
              s.lastPublished() == null ? null : s.lastPublished().toString(), json(s.articleIds()),
              json(s.sources()), json(s.eventIds()));
          ins.executeUpdate();
          bind(arts, s.storyId(), json(s.articleIds()));
          arts.executeUpdate();
          bind(evs, s.storyId(), json(s.eventIds()));
          evs.executeUpdate();
        }
      }
    });
  }

  /**
   * Merges events found to be the same happening (e.g. one meeting reported by two outlets):
   * the mentions of {@code merged} move to {@code into}, those events go, and the counts of
   * {@code into} (mentions, articles, sources) are recomputed. One transaction.
   */
  /** Records near-copies (article id → the original's id) found by the stories stage. */
  public synchronized void markCopies(Map<String, String> copies) {
    if (copies.isEmpty()) return;
    transaction("copies not recorded", () -> {
      try (PreparedStatement put = conn.prepareStatement("INSERT OR REPLACE INTO article_copies VALUES (?, ?)")) {
        for (Map.Entry<String, String> e : copies.entrySet()) {
          put.setString(1, e.getKey());
          put.setString(2, e.getValue());
          put.executeUpdate();
        }
      }
    });
  }

  public synchronized void mergeEvents(long into, Collection<Long> merged) {
    transaction("events not merged", () -> {
      try (PreparedStatement move = conn.prepareStatement("UPDATE event_mentions SET event_id = ? WHERE event_id = ?");
           PreparedStatement drop = conn.prepareStatement("DELETE FROM events WHERE event_id = ?")) {
        for (long id : merged) {
          if (id == into) continue;
          bind(move, into, id);
          move.executeUpdate();
          bind(drop, id);
          drop.executeUpdate();
        }
      }
      recount(Set.of(into));
    });
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void transaction(String what, Work work) {
    try {
      conn.setAutoCommit(false);
      try {
        work.run();
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  /** Test hook: runs after each article's rows are inserted, inside the batch transaction. */
  void afterInsert(Consumer<String> hook) {
    afterInsert = hook;
  }

  /**
   * Deletes those of the given articles that are stored, with all their rows (one statement per
   * table for the whole batch); returns the event ids their mentions belonged to.
   */
  private Set<Long> delete(Set<String> ids) throws SQLException {
    Set<Long> affected = new LinkedHashSet<>();
    String list = json(ids);
    boolean any = false;
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*) FROM articles WHERE list_contains(CAST(CAST(? AS JSON) AS VARCHAR[]), id)")) {
      bind(ps, list);
      try (ResultSet rs = ps.executeQuery()) {
        any = rs.next() && rs.getLong(1) > 0;
      }
    }
    if (!any) return affected; // all new: nothing to replace
    try (PreparedStatement ev = conn.prepareStatement("SELECT DISTINCT event_id FROM event_mentions "
        + "WHERE list_contains(CAST(CAST(? AS JSON) AS VARCHAR[]), article_id)")) {
      bind(ev, list);
      try (ResultSet rs = ev.executeQuery()) {
        while (rs.next()) affected.add(rs.getLong(1));
      }
    }
    for (String table : List.of("entities", "title_entities", "quotes", "amounts", "event_mentions", "articles")) {
      String key = table.equals("articles") ? "id" : "article_id";
      try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table
          + " WHERE list_contains(CAST(CAST(? AS JSON) AS VARCHAR[]), " + key + ")")) {
        bind(ps, list);
        ps.executeUpdate();
      }
    }
    recount(affected); // events only these articles reported go now, so new versions start afresh
    return affected;
  }

  /** Drops events left without mentions and recounts the others (mentions may be merged across articles). */
  private void recount(Set<Long> eventIds) throws SQLException {
    if (eventIds.isEmpty()) return;
    try (PreparedStatement del = conn.prepareStatement(
             "DELETE FROM events WHERE event_id = ? AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = ?)");
         PreparedStatement upd = conn.prepareStatement(
             "UPDATE events SET num_mentions = c.n, num_articles = c.a, num_sources = c.s FROM ("
                 + "SELECT count(*) AS n, count(DISTINCT m.article_id) AS a, "
                 // near-copies are not independent sources; the original always counts
                 + "greatest(1, count(DISTINCT CASE WHEN cp.copy_of IS NULL THEN coalesce(ar.source, m.article_id) END)) AS s "
                 + "FROM event_mentions m LEFT JOIN articles ar ON ar.id = m.article_id "
                 + "LEFT JOIN article_copies cp ON cp.article_id = m.article_id WHERE m.event_id = ?) c "
                 + "WHERE event_id = ?")) {
      for (long id : eventIds) {
        del.setLong(1, id);
        del.setLong(2, id);
        del.executeUpdate();
        upd.setLong(1, id);
        upd.setLong(2, id);
        upd.executeUpdate();
      }
    }
  }

  /** One appender per table for a batch; DuckDB's appender is far faster than row-wise INSERTs. */
  private final class Appenders implements AutoCloseable {
    final DuckDBAppender articles = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
    final DuckDBAppender entities = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entities");
    final DuckDBAppender titleEntities = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "title_entities");
    final DuckDBAppender quotes = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quotes");
    final DuckDBAppender amounts = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "amounts");
    final DuckDBAppender mentions = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "event_mentions");
    final DuckDBAppender events = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");

    Appenders() throws SQLException {}

    @Override public void close() throws SQLException {
      SQLException first = null;
      for (DuckDBAppender a : List.of(articles, entities, titleEntities, quotes, amounts, mentions, events)) {
        try {
          a.close();
        } catch (SQLException e) {
          if (first == null) first = e;
        }
      }
      if (first != null) throw first;
    }
  }

  private static void row(DuckDBAppender ap, Object... values) throws SQLException {
    ap.beginRow();
    for (Object v : values) {
      if (v == null) ap.appendNull();
      else if (v instanceof String x) ap.append(x);
      else if (v instanceof Integer x) ap.append((int) x);
      else if (v instanceof Long x) ap.append((long) x);
      else if (v instanceof Double x) ap.append((double) x);
      else if (v instanceof LocalDate x) ap.append(x);
      else if (v instanceof LocalDateTime x) ap.append(x);
      else if (v instanceof Collection<?> x) ap.append(x);
      else if (v instanceof Map<?, ?> x) ap.append(x);
      else throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName());
    }
    ap.endRow();
  }

  /** Which of the events these articles report are already stored (kept by other articles' mentions). */
  private Set<Long> storedEvents(Collection<AnalyzedArticle> batch) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    for (AnalyzedArticle a : batch) {
      for (EventMention m : a.events()) ids.add(eventId(a.document().article().id(), m));
    }
    Set<Long> existing = new LinkedHashSet<>();
    if (ids.isEmpty()) return existing;
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT event_id FROM events WHERE list_contains(CAST(CAST(? AS JSON) AS BIGINT[]), event_id)")) {
      bind(ps, json(ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) existing.add(rs.getLong(1));
      }
    }
    return existing;
  }

  private void insert(Appenders rows, AnalyzedArticle analyzed, LocalDateTime now, Set<Long> existing,
                      Set<Long> affected) throws SQLException {
    Article a = analyzed.document().article();
    Entities ents = analyzed.entities();
    Tone tone = ents == null ? null : ents.tone();
    String id = a.id();
    if (a.body() == null) throw new IllegalArgumentException("article " + id + " has no body");
    row(rows.articles, id, a.path(), a.title(), a.byline(), a.source(), a.url(), a.published(), a.dateline(),
        a.body(), a.captions(), new TreeMap<>(a.metadata()), contentHash(a), null,
        analyzed.document().sentences().size(), analyzed.document().tokenCount(),
        tone == null ? null : tone.tone(), tone == null ? null : tone.positive(),
        tone == null ? null : tone.negative(), tone == null ? null : tone.polarity(),
        tone == null ? null : tone.wordCount(), now);
    if (ents != null) {
      int i = 0;
      for (Entity e : ents.entities()) {
        row(rows.entities, id, i++, e.text(), e.canonical(), e.type(), e.sentence(), e.start(), e.end());
      }
      i = 0;
      for (Entity e : ents.titleEntities()) { // offsets index the title
        row(rows.titleEntities, id, i++, e.text(), e.canonical(), e.type(), e.start(), e.end());
      }
      i = 0;
      for (Quote q : ents.quotes()) {
        row(rows.quotes, id, i++, q.speaker(), q.text(), q.sentence(), q.start(), q.end());
      }
      i = 0;
      for (Amount m : ents.amounts()) {
        row(rows.amounts, id, i++, m.value(), m.unit(), m.object(), m.text(), m.start());
      }
    }
    insertEvents(rows, analyzed, now, existing, affected);
  }

  private void insertEvents(Appenders rows, AnalyzedArticle analyzed, LocalDateTime now, Set<Long> existing,
                            Set<Long> affected) throws SQLException {
    List<EventMention> mentions = analyzed.events();
    if (mentions.isEmpty()) return;
    Article article = analyzed.document().article();
    // One event per distinct (sentence, code, actors) for now; the stories stage merges across articles.
    Map<Long, List<EventMention>> events = new LinkedHashMap<>();
    int i = 0;
    for (EventMention m : mentions) {
      long eventId = eventId(article.id(), m);
      events.computeIfAbsent(eventId, k -> new ArrayList<>()).add(m);
      List<Object> row = new ArrayList<>(List.of(article.id(), i++, eventId));
      row.addAll(Arrays.asList(m.sentence(), m.start(), m.end(), m.text()));
      row.addAll(actorColumns(m.source()));
      row.addAll(actorColumns(m.target()));
      row.addAll(Arrays.asList(m.code(), m.rootCode(), m.quadClass(), m.goldstein(), m.date(), m.datePrecision()));
      row.addAll(locationColumns(m.location()));
      row.addAll(Arrays.asList(m.mode(), m.confidence(), m.trigger(), m.pattern(), m.why()));
      row(rows.mentions, row.toArray());
    }
    for (Map.Entry<Long, List<EventMention>> e : events.entrySet()) {
      if (existing.contains(e.getKey())) { // kept by another article's mentions (merged): recount it
        affected.add(e.getKey());
        continue;
      }
      EventMention m = e.getValue().get(0);
      List<Object> row = new ArrayList<>();
      row.add(e.getKey());
      row.add(m.date());
      row.add(m.datePrecision());
      row.addAll(actorColumns(m.source()).subList(0, 4));
      row.addAll(actorColumns(m.target()).subList(0, 4));
      row.addAll(Arrays.asList(m.code(), m.rootCode(), m.quadClass(), m.goldstein()));
      row.addAll(locationColumns(m.location()));
      row.addAll(Arrays.asList(e.getValue().size(), 1, 1, null, m.mode(), now));
      row(rows.events, row.toArray());
    }
  }

  private static List<Object> actorColumns(ActorMention a) {
    if (a == null) return Arrays.asList(new Object[11]);
    return Arrays.asList(a.code(), a.name(), a.country(), a.role(), a.sentence(), a.tokenStart(),
        a.tokenEnd(), a.start(), a.end(), a.text(), a.evidence());
  }

  private static List<Object> locationColumns(Location l) {
    if (l == null) return Arrays.asList(new Object[6]);
    return Arrays.asList(l.name(), l.countryCode(), l.precision(), l.lat(), l.lon(), l.geonameId());
  }

  private static String params(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) ps.setNull(i + 1, Types.NULL);
      else ps.setObject(i + 1, v);
    }
  }

  // ---------------------------------------------------------------- identities

  /**
   * The hash that decides whether an article must be analysed again: over everything the reader
   * produced except where it was found (path) and the reader's own hash.
   */
  public static String contentHash(Article a) {
    StringBuilder sb = new StringBuilder();
    for (Object part : new Object[] {a.id(), a.title(), a.byline(), a.source(), a.url(), a.published(),
        a.dateline(), a.body(), a.captions(), new TreeMap<>(a.metadata())}) {
      sb.append(part).append('\u0000');
    }
    return HexFormat.of().formatHex(sha256(sb.toString())).substring(0, 32);
  }

  /** Stable event id: a hash of article, sentence, code and actors, kept below 2^53 so JSON readers keep it exact. */
  public static long eventId(String articleId, EventMention m) {
    String key = articleId + '\u0000' + m.sentence() + '\u0000' + m.code() + '\u0000'
        + (m.source() == null ? "" : m.source().code()) + '\u0000' + (m.target() == null ? "" : m.target().code());
    return ByteBuffer.wrap(sha256(key)).getLong() & ((1L << 53) - 1);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a poller last learned of a feed: validators for a conditional GET, and the HTTP status. */
  public record Fetch(String url, String etag, String lastModified, int status) {}

  /** Records (replacing) what the last fetch of {@code fetch.url()} returned. */
  public synchronized void saveFetch(Fetch fetch) {
    transaction("fetch state of " + fetch.url() + " not stored", () -> {
      try (PreparedStatement del = conn.prepareStatement("DELETE FROM fetches WHERE url = ?");
           PreparedStatement ins = conn.prepareStatement(
               "INSERT INTO fetches (url, etag, last_modified, status, fetched_at) VALUES (?, ?, ?, ?, ?)")) {
        del.setString(1, fetch.url());
        del.executeUpdate();
        bind(ins, fetch.url(), fetch.etag(), fetch.lastModified(), fetch.status(), LocalDateTime.now(ZoneOffset.UTC));
        ins.executeUpdate();
      }
    });
  }

  /** What the last fetch of {@code url} returned, or empty when it was never fetched. */
  public Optional<Fetch> fetch(String url) {
    List<Fetch> out = new ArrayList<>();
    select("SELECT url, etag, last_modified, status FROM fetches WHERE url = ?",
        rs -> out.add(new Fetch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))), url);
    return out.stream().findFirst();
  }

  /** True when an article with this id is stored. */
  public boolean hasArticle(String id) {
    boolean[] found = {false};
    select("SELECT 1 FROM articles WHERE id = ? LIMIT 1", rs -> found[0] = true, id);
    return found[0];
  }

  // ---------------------------------------------------------------- reading

  /** Content hash of every stored article, by id (to skip unchanged inputs before analysis). */
  public Map<String, String> contentHashes() {
    Map<String, String> out = new HashMap<>();
    select("SELECT id, content_hash FROM articles", rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** Number of records of a kind (articles, distinct events, mentions, stories). */
  public long count(Kind kind) {
    long[] n = {0};
    select("SELECT count(*) FROM " + kind.view, rs -> n[0] = rs.getLong(1));
    return n[0];
  }

  /** Ids of the stored articles, in publication order. */
  public List<String> articleIds() {
    List<String> ids = new ArrayList<>();
    select("SELECT id FROM articles ORDER BY " + Kind.ARTICLES.order, rs -> ids.add(rs.getString(1)));
    return ids;
  }

  /** The stored article as the reader produced it (contentHash is the store's hash), or empty. */
  public Optional<Article> article(String id) {
    List<Article> out = new ArrayList<>();
    select("SELECT id, path, title, byline, source, url, published, dateline, body, "
        + "to_json(captions)::VARCHAR, to_json(metadata)::VARCHAR, content_hash FROM articles WHERE id = ?", rs -> {
          String published = rs.getString(7);
          out.add(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), published == null ? null : LocalDate.parse(published), rs.getString(8),
              rs.getString(9), parse(rs.getString(10), new TypeReference<List<String>>() {}),
              parse(rs.getString(11), new TypeReference<Map<String, String>>() {}), rs.getString(12)));
        }, id);
    return out.stream().findFirst();
  }

  /** The event mentions stored for an article, in their original order. */
  public List<EventMention> mentions(String articleId) {
    return mentionsWhere("article_id = ?", articleId);
  }

  /** The mentions of one event (across articles once the stories stage merges them). */
  public List<EventMention> eventMentions(long eventId) {
    return mentionsWhere("event_id = ?", eventId);
  }

  private List<EventMention> mentionsWhere(String where, Object param) {
    List<EventMention> out = new ArrayList<>();
    select("SELECT * FROM event_mentions WHERE " + where + " ORDER BY article_id, idx", rs -> out.add(
        new EventMention(rs.getString("article_id"), rs.getInt("sentence"), rs.getInt("start_char"),
            rs.getInt("end_char"), rs.getString("text"), actor(rs, "source_"), actor(rs, "target_"),
            rs.getString("code"), rs.getString("root_code"), rs.getInt("quad_class"), rs.getDouble("goldstein"),
            rs.getString("date"), rs.getString("date_precision"), location(rs), rs.getString("mode"),
            rs.getDouble("confidence"), rs.getString("trigger"), rs.getString("pattern"), rs.getString("why"))),
        param);
    return out;
  }

  private static ActorMention actor(ResultSet rs, String p) throws SQLException {
    if (rs.getString(p + "code") == null) return null;
    return new ActorMention(rs.getString(p + "code"), rs.getString(p + "name"), rs.getString(p + "country"),
        rs.getString(p + "role"), rs.getInt(p + "sentence"), rs.getInt(p + "token_start"),
        rs.getInt(p + "token_end"), rs.getInt(p + "start"), rs.getInt(p + "end"), rs.getString(p + "text"),
        rs.getString(p + "evidence"));
  }

  private static Location location(ResultSet rs) throws SQLException {
    if (rs.getString("location_name") == null && rs.getString("location_country") == null) return null;
    return new Location(rs.getString("location_name"), rs.getString("location_country"),
        rs.getString("location_precision"), (Double) rs.getObject("location_lat"),
        (Double) rs.getObject("location_lon"), (Long) rs.getObject("location_geoname_id"));
  }

  /** One record of a kind as JSON in the documented shape, by its key (article id, event id, ...). */
  public Optional<String> json(Kind kind, String key) {
    List<String> out = new ArrayList<>();
    String cast = kind.key.equals("event_id") ? "CAST(? AS BIGINT)" : "?";
    select("SELECT to_json(r)::VARCHAR FROM " + kind.view + " r WHERE " + kind.key + " = " + cast,
        rs -> out.add(rs.getString(1)), key);
    return out.stream().findFirst();
  }

  /** A page of records of a kind as JSON, in export order. */
  public List<String> json(Kind kind, int limit, int offset) {
    List<String> out = new ArrayList<>();
    select("SELECT to_json(r)::VARCHAR FROM " + kind.view + " r ORDER BY " + kind.order + " LIMIT ? OFFSET ?",
        rs -> out.add(rs.getString(1)), limit, offset);
    return out;
  }

  /** Streams every record of a kind as one line of JSON, in export order. */
  public void eachJson(Kind kind, Consumer<String> each) {
    select("SELECT to_json(r)::VARCHAR FROM " + kind.view + " r ORDER BY " + kind.order,
        rs -> each.accept(rs.getString(1)));
  }

  /**
   * Writes every record of a kind to a Parquet file (nested lists and structs as in the JSON
   * shape); returns the number of records.
   */
  public long writeParquet(Kind kind, Path out) {
    String target = out.toAbsolutePath().toString().replace("'", "''");
    try (Connection c = conn.duplicate(); Statement st = c.createStatement()) {
      return st.executeLargeUpdate("COPY (SELECT * FROM " + kind.view + " ORDER BY " + kind.order + ") TO '"
          + target + "' (FORMAT parquet)");
    } catch (SQLException e) {
      throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Streams each event of mode "actual" (or none) by date, every column of {@code events} with
   * its articles' mean tone ({@code avg_tone}), its earliest sentence ({@code first_sentence}) and
   * the URL (else id) of the first article analysed ({@code source_url}): what a GDELT Event row needs.
   */
  public void eachActualEvent(Rows rows) {
    select("SELECT v.*, avg(a.tone) AS avg_tone, min(m.sentence) AS first_sentence, "
        + "arg_min(coalesce(a.url, a.id), a.analyzed_at) AS source_url "
        + "FROM events v LEFT JOIN event_mentions m ON m.event_id = v.event_id "
        + "LEFT JOIN articles a ON a.id = m.article_id WHERE v.mode IS NULL OR v.mode = 'actual' "
        + "GROUP BY ALL ORDER BY v.date NULLS LAST, v.event_id", rows);
  }

  /**
   * Streams each mention of an event of mode "actual" (or none) in article order, with its event's
   * {@code added_at} and its article's {@code analyzed_at, url, source, id, doc_len, tone}: what a
   * GDELT Mentions row needs.
   */
  public void eachActualMention(Rows rows) {
    select("SELECT m.event_id, v.added_at, a.analyzed_at, a.url, a.source, a.id, m.sentence, "
        + "m.source_start, m.target_start, m.start_char, m.text, m.trigger, m.confidence, length(a.body) AS doc_len, "
        + "a.tone FROM event_mentions m JOIN events v ON v.event_id = m.event_id "
        + "JOIN articles a ON a.id = m.article_id WHERE v.mode IS NULL OR v.mode = 'actual' "
        + "ORDER BY m.article_id, m.idx", rows);
  }

  /** A record of a kind as JSON with its key and its story's id (null for mentions and unclustered records). */
  public record Keyed(String key, String storyId, String json) {}

  /** Streams every record of a kind with its key and story id, in export order. */
  public void eachRecord(Kind kind, Consumer<Keyed> each) {
    String story = kind == Kind.MENTIONS ? "NULL" : "story_id";
    select("SELECT " + kind.key + "::VARCHAR, " + story + ", to_json(r)::VARCHAR FROM " + kind.view + " r ORDER BY "
        + kind.order, rs -> each.accept(new Keyed(rs.getString(1), rs.getString(2), rs.getString(3))));
  }

  /** The columns of a kind's record view, name → DuckDB type as DESCRIBE prints it, in order. */
  public Map<String, String> columns(Kind kind) {
    Map<String, String> out = new LinkedHashMap<>();
    select("DESCRIBE SELECT * FROM " + kind.view, rs -> out.put(rs.getString("column_name"), rs.getString("column_type")));
    return out;
  }

  /** Receives the rows of a query. */
  @FunctionalInterface
  public interface Rows {
    void row(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a read-only query against the tables of db/*.sql on its own connection, passing each row
   * to {@code rows}. For the query layer (org.newsgraph.query) and tests; other readers use the methods
   * above, writers {@link #write}.
   */
  public void select(String sql, Rows rows, Object... params) {
    try (Connection c = conn.duplicate(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rows.row(rs);
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    if (json == null) return null;
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("bad JSON in store: " + json, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
    }
  }
}
