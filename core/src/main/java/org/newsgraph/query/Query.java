package org.newsgraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;

/**
 * What can be asked of a store: stories, events, actors and articles, filtered and paged, an
 * actor's timeline, full-text search and counts. The one reader the CLI, the HTTP API and the
 * Spark job share. Records come in their documented shape (interfaces.md, the store's record
 * views); values are always bound, never spliced into SQL.
 *
 * <pre>{@code
 * Query q = new Query(store);
 * Page page = q.events(new EventFilter(...), 50, 0);
 * Optional<Timeline> rus = q.actor("RUS", Timeline.By.WEEK);
 * }</pre>
 */
public final class Query {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ESCAPE = " ESCAPE '\\'";
  private static final String EVENT_BRIEF = " FROM (SELECT * EXCLUDE (mentions) FROM event_records) r";
  /** Each event once per side it has an actor on: code_a is that actor, code_b the other side. */
  private static final String ACTOR_ROWS = "(SELECT event_id, date, goldstein, quad_class, root_code, code, "
      + "source_code AS code_a, source_name AS name_a, source_country AS country_a, "
      + "target_code AS code_b, target_name AS name_b FROM events WHERE source_code IS NOT NULL "
      + "UNION ALL SELECT event_id, date, goldstein, quad_class, root_code, code, target_code, target_name, "
      + "target_country, source_code, source_name FROM events WHERE target_code IS NOT NULL)";

  private final Store store;

  public Query(Store store) {
    this.store = store;
  }

  // ---------------------------------------------------------------- stories

  /** Stories, the most recently published first. */
  public Page stories(StoryFilter f, int limit, int offset) {
    Where w = new Where();
    if (f.from() != null) {
      w.add("strftime(coalesce(s.last_published, s.first_published), '%Y-%m-%d') >= ?", f.from());
    }
    if (f.to() != null) {
      w.add("strftime(coalesce(s.first_published, s.last_published), '%Y-%m-%d') <= ?", f.to() + "-99");
    }
    w.anyOf(f.actors(), "EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.story_id AND "
        + "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)))", 2);
    if (f.outlet() != null) {
      w.add("EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.story_id AND lower(a.source) = lower(?))", f.outlet());
    }
    if (f.text() != null) {
      String like = contains(f.text());
      w.add("(s.title ILIKE ?" + ESCAPE + " OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.story_id "
          + "AND (a.title ILIKE ?" + ESCAPE + " OR a.body ILIKE ?" + ESCAPE + ")))", like, like, like);
    }
    return page("to_json(s)::VARCHAR", " FROM story_records s" + w.sql(),
        " ORDER BY s.last_published DESC NULLS LAST, s.story_id", w, limit, offset);
  }

  /** A story with its articles (brief, with tone) and its events, the most widely reported first. */
  public Optional<StoryView> story(String id) {
    return one("SELECT to_json(s)::VARCHAR FROM story_records s WHERE s.story_id = ?", id).map(story -> {
      List<JsonNode> articles = records("SELECT to_json(a)::VARCHAR FROM (SELECT id, title, source, url, published, "
          + "dateline, {'tone': tone, 'positive': tone_positive, 'negative': tone_negative, 'polarity': tone_polarity, "
          + "'word_count': tone_word_count} AS tone FROM articles WHERE story_id = ? ORDER BY published NULLS LAST, id) a",
          id);
      List<JsonNode> events = records("SELECT to_json(r)::VARCHAR FROM event_records r WHERE r.story_id = ? "
          + "ORDER BY r.num_sources DESC, r.date NULLS LAST, r.event_id", id);
      return new StoryView(story, articles, events);
    });
  }

  // ---------------------------------------------------------------- events

  /** Events without their mentions, oldest first (undated last). */
  public Page events(EventFilter f, int limit, int offset) {
    Where w = new Where();
    // Dates compare at the event's own precision: an event of "2014-11" is within from=2014-11-18.
    if (f.from() != null) w.add("r.date IS NOT NULL AND r.date >= left(?, length(r.date))", f.from());
    if (f.to() != null) w.add("r.date IS NOT NULL AND left(r.date, length(?)) <= ?", f.to(), f.to());
    w.anyOf(f.actors(), "starts_with(r.source.code, ?) OR starts_with(r.target.code, ?)", 2);
    w.anyOf(f.sources(), "starts_with(r.source.code, ?)", 1);
    w.anyOf(f.targets(), "starts_with(r.target.code, ?)", 1);
    w.anyOf(f.roots(), "r.root_code = ?", 1);
    w.anyOf(f.codes(), "r.code = ?", 1);
    w.anyOf(f.codeStarts(), "starts_with(r.code, ?)", 1);
    if (f.quad() > 0) w.add("r.quad_class = ?", f.quad());
    if (f.story() != null) w.add("r.story_id = ?", f.story());
    if (f.mode() != null) w.add("r.mode = ?", f.mode());
    return page("to_json(r)::VARCHAR", EVENT_BRIEF + w.sql(), " ORDER BY r.date NULLS LAST, r.event_id", w, limit, offset);
  }

  /**
   * An event with each mention in full (actor spans and evidence, trigger, pattern, why) and
   * the headline, outlet and date of the mention's article.
   */
  public Optional<EventView> event(long id) {
    return one("SELECT to_json(r)::VARCHAR FROM event_records r WHERE r.event_id = ?", id).map(event -> {
      List<JsonNode> mentions = new ArrayList<>();
      store.select("SELECT to_json(m)::VARCHAR, a.title, a.source, a.published::VARCHAR FROM mention_records m "
          + "LEFT JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.article_id, m.idx", rs -> {
            ObjectNode m = (ObjectNode) parse(rs.getString(1));
            m.put("article_title", rs.getString(2));
            m.put("article_source", rs.getString(3));
            m.put("article_published", rs.getString(4));
            mentions.add(m);
          }, id);
      return new EventView(event, mentions);
    });
  }

  // ---------------------------------------------------------------- actors

  /**
   * Actors by the number of events they take part in, each {code, name, country, events,
   * goldstein}; {@code text} (or null) keeps those whose code or name contains it.
   */
  public Page actors(String text, int limit, int offset) {
    Where w = new Where();
    if (text != null) {
      String like = contains(text);
      w.add("(code_a ILIKE ?" + ESCAPE + " OR name_a ILIKE ?" + ESCAPE + ")", like, like);
    }
    String grouped = "SELECT code_a AS code, mode(name_a) AS name, mode(country_a) AS country, "
        + "count(DISTINCT event_id) AS events, round(sum(goldstein), 2) AS goldstein FROM " + ACTOR_ROWS + " x"
        + w.sql() + " GROUP BY code_a";
    return page("to_json(g)::VARCHAR", " FROM (" + grouped + ") g", " ORDER BY g.events DESC, g.code", w, limit, offset);
  }

  /**
   * One actor's events over time and its ten most frequent counterparts, or empty when it has no
   * events. The code matches as a prefix: RUS covers RUSGOV. The timeline holds events dated to
   * the day only, each once even when the actor is on both sides.
   */
  public Optional<Timeline> actor(String code, Timeline.By by) {
    long[] n = {0};
    String[] about = new String[2];
    store.select("SELECT count(DISTINCT event_id), mode(name_a), mode(country_a) FROM " + ACTOR_ROWS
        + " x WHERE starts_with(code_a, ?)", rs -> {
          n[0] = rs.getLong(1);
          about[0] = rs.getString(2);
          about[1] = rs.getString(3);
        }, code);
    if (n[0] == 0) return Optional.empty();
    String bucket = switch (by) {
      case DAY -> "date";
      case WEEK -> "strftime(date_trunc('week', CAST(date AS DATE)), '%Y-%m-%d')";
      case MONTH -> "strftime(date_trunc('month', CAST(date AS DATE)), '%Y-%m-%d')";
    };
    List<Timeline.Bucket> timeline = new ArrayList<>();
    store.select("SELECT " + bucket + " AS b, count(*), round(sum(goldstein) FILTER (WHERE goldstein > 0), 2), "
        + "round(sum(goldstein) FILTER (WHERE goldstein < 0), 2), round(sum(goldstein), 2), "
        + "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)) "
        + "FROM (SELECT DISTINCT event_id, date, goldstein, quad_class FROM " + ACTOR_ROWS
        + " x WHERE starts_with(code_a, ?) AND length(date) = 10 AND TRY_CAST(date AS DATE) IS NOT NULL) "
        + "GROUP BY b ORDER BY b", rs -> timeline.add(new Timeline.Bucket(rs.getString(1), rs.getLong(2),
            number(rs, 3), number(rs, 4), number(rs, 5), rs.getLong(6), rs.getLong(7))), code);
    List<Timeline.Counterpart> counterparts = new ArrayList<>();
    store.select("SELECT code_b, mode(name_b), count(DISTINCT event_id) AS n, round(sum(goldstein), 2) FROM "
        + ACTOR_ROWS + " x WHERE starts_with(code_a, ?) AND code_b IS NOT NULL AND NOT starts_with(code_b, ?) "
        + "GROUP BY code_b ORDER BY n DESC, code_b LIMIT 10", rs -> counterparts.add(new Timeline.Counterpart(
            rs.getString(1), rs.getString(2), rs.getLong(3), number(rs, 4))), code, code);
    return Optional.of(new Timeline(code, about[0], about[1], n[0], by, timeline, counterparts));
  }

  // ---------------------------------------------------------------- articles and search

  /** An article (without its content hash and metadata) with its event mentions as "events". */
  public Optional<JsonNode> article(String id) {
    return one("SELECT to_json(r)::VARCHAR FROM (SELECT * EXCLUDE (content_hash, metadata) "
        + "FROM article_records) r WHERE r.id = ?", id).map(article -> {
          ((ObjectNode) article).putArray("events")
              .addAll(records("SELECT to_json(m)::VARCHAR FROM mention_records m WHERE m.article_id = ? ORDER BY m.idx", id));
          return article;
        });
  }

  /** Articles whose title or body contains {@code text} (any case, taken literally), newest first. */
  public Hits search(String text, int limit, int offset) {
    String like = contains(text);
    long[] total = {0};
    String where = " FROM articles WHERE title ILIKE ?" + ESCAPE + " OR body ILIKE ?" + ESCAPE;
    store.select("SELECT count(*)" + where, rs -> total[0] = rs.getLong(1), like, like);
    List<Hits.Hit> hits = new ArrayList<>();
    store.select("SELECT id, title, source, published::VARCHAR, story_id, body" + where
        + " ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", rs -> hits.add(new Hits.Hit(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), snippet(rs.getString(6), text))),
        like, like, limit, offset);
    return new Hits(text, total[0], limit, offset, hits);
  }

  /** Some 160 characters of the body around the first match (plain text: a page must escape it). */
  public static String snippet(String body, String q) {
    if (body == null) return null;
    int i = body.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
    int from = Math.max(0, i < 0 ? 0 : i - 70);
    int to = Math.min(body.length(), from + 160 + q.length());
    return (from > 0 ? "…" : "") + body.substring(from, to).replaceAll("\\s+", " ") + (to < body.length() ? "…" : "");
  }

  /** How many articles, events, mentions and stories the store holds. */
  public Counts counts() {
    return new Counts(store.count(Kind.ARTICLES), store.count(Kind.EVENTS), store.count(Kind.MENTIONS),
        store.count(Kind.STORIES));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A page of {@code SELECT record FROM ... ORDER BY ...} with the total count: one query (the
   * count rides along as a window), a second only for a page past the end.
   */
  private Page page(String record, String from, String order, Where w, int limit, int offset) {
    List<JsonNode> items = new ArrayList<>();
    long[] total = {0};
    store.select("SELECT " + record + ", count(*) OVER ()" + from + order + " LIMIT ? OFFSET ?", rs -> {
      items.add(parse(rs.getString(1)));
      total[0] = rs.getLong(2);
    }, w.params(limit, offset));
    if (items.isEmpty() && offset > 0) store.select("SELECT count(*)" + from, rs -> total[0] = rs.getLong(1), w.params());
    return new Page(total[0], limit, offset, items);
  }

  /** The text as a LIKE pattern that matches it anywhere, with %, _ and \ taken literally. */
  static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** A DOUBLE column, 0 when NULL (the driver's getDouble gives NaN for NULL). */
  private static double number(ResultSet rs, int column) throws SQLException {
    Object v = rs.getObject(column);
    return v instanceof Number n ? n.doubleValue() : 0;
  }

  private List<JsonNode> records(String sql, Object key) {
    List<JsonNode> out = new ArrayList<>();
    store.select(sql, rs -> out.add(parse(rs.getString(1))), key);
    return out;
  }

  private Optional<JsonNode> one(String sql, Object key) {
    return records(sql, key).stream().findFirst();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad JSON from the store", e);
    }
  }
}
