package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.stories.SideBySide;
import org.newsgraph.stories.Stories;
import org.newsgraph.store.Store;

/**
 * The JSON endpoints (docs/api.md). Read-only queries against the store's record views; records
 * keep the field names of interfaces.md. Every parameter is checked ({@link Params}); values are
 * always bound, never spliced into SQL.
 */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private static final String EVENT_BRIEF = " FROM (SELECT * EXCLUDE (mentions) FROM event_records) r";
  private static final String ACTOR_ROWS = "(SELECT event_id, date, goldstein, quad_class, root_code, code, "
      + "source_code AS code_a, source_name AS name_a, source_country AS country_a, "
      + "target_code AS code_b, target_name AS name_b FROM events WHERE source_code IS NOT NULL "
      + "UNION ALL SELECT event_id, date, goldstein, quad_class, root_code, code, target_code, target_name, "
      + "target_country, source_code, source_name FROM events WHERE target_code IS NOT NULL)";

  private final Store store;
  private final Stories stories;
  private final Map<String, Optional<SideBySide>> sideBySides = new java.util.concurrent.ConcurrentHashMap<>();

  Api(Store store, Stories stories) {
    this.store = store;
    this.stories = stories;
  }

  // ---------------------------------------------------------------- stories

  void stories(Context ctx) {
    Params p = new Params(ctx);
    Where w = new Where();
    String from = p.date("from");
    String to = p.date("to");
    if (from != null) w.add("strftime(coalesce(s.last_published, s.first_published), '%Y-%m-%d') >= ?", from);
    if (to != null) w.add("strftime(coalesce(s.first_published, s.last_published), '%Y-%m-%d') <= ?", to + "-99");
    w.anyOf(p.actors("actor"), "EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.story_id AND "
        + "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)))", 2);
    String outlet = p.text("outlet");
    if (outlet != null) {
      w.add("EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.story_id AND lower(a.source) = lower(?))", outlet);
    }
    String q = p.text("q");
    if (q != null) {
      String like = Params.contains(q);
      w.add("(s.title ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.story_id "
          + "AND (a.title ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')))", like, like, like);
    }
    page(ctx, p, "stories", "to_json(s)::VARCHAR", " FROM story_records s" + w.sql(),
        " ORDER BY s.last_published DESC NULLS LAST, s.story_id", w, 50);
  }

  void story(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode story = one("SELECT to_json(s)::VARCHAR FROM story_records s WHERE s.story_id = ?", id)
        .orElseThrow(() -> new NotFound("no story " + id));
    ObjectNode out = JSON.createObjectNode();
    out.set("story", story);
    ArrayNode articles = out.putArray("articles");
    store.select("SELECT to_json(a)::VARCHAR FROM (SELECT id, title, source, url, published, dateline, "
        + "{'tone': tone, 'positive': tone_positive, 'negative': tone_negative, 'polarity': tone_polarity, "
        + "'word_count': tone_word_count} AS tone FROM articles WHERE story_id = ? ORDER BY published NULLS LAST, id) a",
        rs -> articles.add(parse(rs.getString(1))), id);
    ArrayNode events = out.putArray("events");
    store.select("SELECT to_json(r)::VARCHAR FROM event_records r WHERE r.story_id = ? "
        + "ORDER BY r.num_sources DESC, r.date NULLS LAST, r.event_id", rs -> events.add(parse(rs.getString(1))), id);
    Optional<SideBySide> sbs = sideBySide(id);
    out.set("side_by_side", sbs.isPresent() ? JSON.valueToTree(sbs.get()) : SideBySideFromStore.of(story, articles, events));
    send(ctx, out);
  }

  /** The stories stage's side-by-side, computed once per story (the server never changes the stories). */
  private Optional<SideBySide> sideBySide(String storyId) {
    if (stories == null) return Optional.empty();
    Optional<SideBySide> known = sideBySides.get(storyId);
    if (known != null) return known;
    Optional<SideBySide> sbs = stories.sideBySide(storyId);
    if (sideBySides.size() < 10_000) sideBySides.put(storyId, sbs);
    return sbs;
  }

  // ---------------------------------------------------------------- events

  void events(Context ctx) {
    Params p = new Params(ctx);
    Where w = new Where();
    // Dates compare at the event's own precision: an event of "2014-11" is within from=2014-11-18.
    String from = p.date("from");
    String to = p.date("to");
    if (from != null) w.add("r.date IS NOT NULL AND r.date >= left(?, length(r.date))", from);
    if (to != null) w.add("r.date IS NOT NULL AND left(r.date, length(?)) <= ?", to, to);
    w.anyOf(p.actors("actor"), "starts_with(r.source.code, ?) OR starts_with(r.target.code, ?)", 2);
    w.anyOf(p.actors("source"), "starts_with(r.source.code, ?)", 1);
    w.anyOf(p.actors("target"), "starts_with(r.target.code, ?)", 1);
    w.anyOf(p.roots("root"), "r.root_code = ?", 1);
    w.anyOf(p.codes("code"), "r.code = ?", 1);
    int quad = p.intIn("quad", 0, 1, 4);
    if (quad > 0) w.add("r.quad_class = ?", quad);
    String story = p.text("story");
    if (story != null) w.add("r.story_id = ?", story);
    String mode = p.oneOf("mode", null, "actual", "planned", "hypothetical", "negated");
    if (mode != null) w.add("r.mode = ?", mode);
    page(ctx, p, "events", "to_json(r)::VARCHAR", EVENT_BRIEF + w.sql(), " ORDER BY r.date NULLS LAST, r.event_id", w, 50);
  }

  void event(Context ctx) {
    long id = id(ctx.pathParam("id"));
    JsonNode event = one("SELECT to_json(r)::VARCHAR FROM event_records r WHERE r.event_id = ?", id)
        .orElseThrow(() -> new NotFound("no event " + id));
    ObjectNode out = JSON.createObjectNode();
    out.set("event", event);
    // Each mention in full (actor spans and evidence, trigger, pattern, why) with its article's headline.
    ArrayNode mentions = out.putArray("mentions");
    store.select("SELECT to_json(m)::VARCHAR, a.title, a.source, a.published::VARCHAR FROM mention_records m "
        + "LEFT JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.article_id, m.idx", rs -> {
          ObjectNode m = (ObjectNode) parse(rs.getString(1));
          m.put("article_title", rs.getString(2));
          m.put("article_source", rs.getString(3));
          m.put("article_published", rs.getString(4));
          mentions.add(m);
        }, id);
    send(ctx, out);
  }

  // ---------------------------------------------------------------- actors

  void actors(Context ctx) {
    Params p = new Params(ctx);
    Where w = new Where();
    String q = p.text("q");
    if (q != null) {
      String like = Params.contains(q);
      w.add("(code_a ILIKE ? ESCAPE '\\' OR name_a ILIKE ? ESCAPE '\\')", like, like);
    }
    String grouped = "SELECT code_a AS code, mode(name_a) AS name, mode(country_a) AS country, "
        + "count(DISTINCT event_id) AS events, round(sum(goldstein), 2) AS goldstein FROM " + ACTOR_ROWS + " x"
        + w.sql() + " GROUP BY code_a";
    page(ctx, p, "actors", "to_json(g)::VARCHAR", " FROM (" + grouped + ") g", " ORDER BY g.events DESC, g.code", w, 100);
  }

  /**
   * One actor: its events over time (Goldstein sums per day or week, cooperation and conflict
   * apart) and its top counterparts. The code matches as a prefix: RUS covers RUSGOV.
   */
  void actor(Context ctx) {
    String code = ctx.pathParam("code").toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{3,15}")) throw new BadRequest("code: expected a CAMEO actor code such as RUS");
    Params p = new Params(ctx);
    String by = p.oneOf("by", "day", "day", "week");
    ObjectNode out = JSON.createObjectNode();
    out.put("code", code);
    long[] n = {0};
    store.select("SELECT count(DISTINCT event_id), mode(name_a), mode(country_a) FROM " + ACTOR_ROWS
        + " x WHERE starts_with(code_a, ?)", rs -> {
          n[0] = rs.getLong(1);
          out.put("name", rs.getString(2));
          out.put("country", rs.getString(3));
        }, code);
    if (n[0] == 0) throw new NotFound("no events with actor " + code);
    out.put("events", n[0]);
    out.put("by", by);
    String bucket = by.equals("week")
        ? "strftime(date_trunc('week', CAST(date AS DATE)), '%Y-%m-%d')" : "date";
    ArrayNode timeline = out.putArray("timeline");
    // Events dated to the day only; an event counts once even when the actor is on both sides.
    store.select("SELECT " + bucket + " AS b, count(*), round(sum(goldstein) FILTER (WHERE goldstein > 0), 2), "
        + "round(sum(goldstein) FILTER (WHERE goldstein < 0), 2), round(sum(goldstein), 2), "
        + "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)) "
        + "FROM (SELECT DISTINCT event_id, date, goldstein, quad_class FROM " + ACTOR_ROWS
        + " x WHERE starts_with(code_a, ?) AND length(date) = 10 AND TRY_CAST(date AS DATE) IS NOT NULL) "
        + "GROUP BY b ORDER BY b", rs -> {
          ObjectNode t = timeline.addObject();
          t.put("date", rs.getString(1));
          t.put("events", rs.getLong(2));
          t.put("cooperation", number(rs, 3));
          t.put("conflict", number(rs, 4));
          t.put("goldstein", number(rs, 5));
          t.put("cooperative_events", rs.getLong(6));
          t.put("conflictual_events", rs.getLong(7));
        }, code);
    ArrayNode counterparts = out.putArray("counterparts");
    store.select("SELECT code_b, mode(name_b), count(DISTINCT event_id) AS n, round(sum(goldstein), 2) FROM "
        + ACTOR_ROWS + " x WHERE starts_with(code_a, ?) AND code_b IS NOT NULL AND NOT starts_with(code_b, ?) "
        + "GROUP BY code_b ORDER BY n DESC, code_b LIMIT 10", rs -> {
          ObjectNode c = counterparts.addObject();
          c.put("code", rs.getString(1));
          c.put("name", rs.getString(2));
          c.put("events", rs.getLong(3));
          c.put("goldstein", number(rs, 4));
        }, code, code);
    send(ctx, out);
  }

  // ---------------------------------------------------------------- articles and search

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode article = one("SELECT to_json(r)::VARCHAR FROM (SELECT * EXCLUDE (content_hash, metadata) "
        + "FROM article_records) r WHERE r.id = ?", id).orElseThrow(() -> new NotFound("no article " + id));
    ObjectNode out = (ObjectNode) article;
    ArrayNode events = out.putArray("events");
    store.select("SELECT to_json(m)::VARCHAR FROM mention_records m WHERE m.article_id = ? ORDER BY m.idx",
        rs -> events.add(parse(rs.getString(1))), id);
    send(ctx, out);
  }

  void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    if (q == null || q.length() < 2) throw new BadRequest("q: give at least 2 characters to search for");
    String like = Params.contains(q);
    int limit = p.limit(20);
    int offset = p.offset();
    ObjectNode out = JSON.createObjectNode();
    out.put("q", q);
    long[] total = {0};
    String where = " FROM articles WHERE title ILIKE ? ESCAPE '\\' OR body ILIKE ? ESCAPE '\\'";
    store.select("SELECT count(*)" + where, rs -> total[0] = rs.getLong(1), like, like);
    out.put("total", total[0]);
    out.put("limit", limit);
    out.put("offset", offset);
    ArrayNode hits = out.putArray("articles");
    store.select("SELECT id, title, source, published::VARCHAR, story_id, body" + where
        + " ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", rs -> {
          ObjectNode h = hits.addObject();
          h.put("id", rs.getString(1));
          h.put("title", rs.getString(2));
          h.put("source", rs.getString(3));
          h.put("published", rs.getString(4));
          h.put("story_id", rs.getString(5));
          h.put("snippet", snippet(rs.getString(6), q));
        }, like, like, limit, offset);
    send(ctx, out);
  }

  /** Some 160 characters of the body around the first match (plain text: the page escapes it). */
  static String snippet(String body, String q) {
    if (body == null) return null;
    int i = body.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
    int from = Math.max(0, i < 0 ? 0 : i - 70);
    int to = Math.min(body.length(), from + 160 + q.length());
    return (from > 0 ? "…" : "") + body.substring(from, to).replaceAll("\\s+", " ") + (to < body.length() ? "…" : "");
  }

  /** Counts of what the store holds, for the page header. */
  void summary(Context ctx) {
    ObjectNode out = JSON.createObjectNode();
    for (String t : List.of("articles", "events", "event_mentions", "stories")) {
      store.select("SELECT count(*) FROM " + t, rs -> out.put(t, rs.getLong(1)));
    }
    send(ctx, out);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A page of {@code SELECT record FROM ... ORDER BY ...} with the total count: one query (the
   * count rides along as a window), a second only for a page past the end.
   */
  private void page(Context ctx, Params p, String name, String record, String from, String order, Where w, int dflt) {
    int limit = p.limit(dflt);
    int offset = p.offset();
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = JSON.createArrayNode();
    long[] total = {0};
    store.select("SELECT " + record + ", count(*) OVER ()" + from + order + " LIMIT ? OFFSET ?", rs -> {
      items.add(parse(rs.getString(1)));
      total[0] = rs.getLong(2);
    }, w.params(limit, offset));
    if (items.isEmpty() && offset > 0) store.select("SELECT count(*)" + from, rs -> total[0] = rs.getLong(1), w.params());
    out.put("total", total[0]);
    out.put("limit", limit);
    out.put("offset", offset);
    out.set(name, items);
    send(ctx, out);
  }

  /** A DOUBLE column, 0 when NULL (the driver's getDouble gives NaN for NULL). */
  private static double number(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    Object v = rs.getObject(column);
    return v instanceof Number n ? n.doubleValue() : 0;
  }

  private Optional<JsonNode> one(String sql, Object key) {
    List<JsonNode> out = new ArrayList<>(1);
    store.select(sql, rs -> out.add(parse(rs.getString(1))), key);
    return out.stream().findFirst();
  }

  private static long id(String s) {
    try {
      long v = Long.parseLong(s);
      if (v < 0) throw new NotFound("no event " + s);
      return v;
    } catch (NumberFormatException e) {
      throw new BadRequest("event id: expected a number: " + (s.length() > 40 ? s.substring(0, 40) + "…" : s));
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad JSON from the store", e);
    }
  }

  static void send(Context ctx, JsonNode body) {
    try {
      byte[] bytes = JSON.writeValueAsBytes(body);
      ctx.attribute(Answers.BODY, bytes);
      ctx.contentType("application/json; charset=utf-8").result(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The side-by-side when no stories stage state is at hand: outlets with their headline and
   * tone, and the story's events split into those every outlet reports and those only some do.
   */
  static final class SideBySideFromStore {
    private SideBySideFromStore() {}

    static JsonNode of(JsonNode story, ArrayNode articles, ArrayNode events) {
      Map<String, String> outletOf = new LinkedHashMap<>();
      Map<String, ObjectNode> outlets = new LinkedHashMap<>();
      ObjectNode out = JSON.createObjectNode();
      out.set("story_id", story.get("story_id"));
      out.set("title", story.get("title"));
      for (JsonNode a : articles) {
        String id = a.path("id").asText();
        String name = a.hasNonNull("source") && !a.get("source").asText().isBlank()
            ? a.get("source").asText() : "(" + id + ")";
        outletOf.put(id, name);
        ObjectNode o = outlets.computeIfAbsent(name, k -> {
          ObjectNode n = JSON.createObjectNode();
          n.put("name", k);
          n.putArray("article_ids");
          n.putArray("copies");
          n.set("headline", a.get("title"));
          n.set("tone", a.get("tone"));
          n.putArray("only");
          return n;
        });
        ((ArrayNode) o.get("article_ids")).add(id);
      }
      ArrayNode common = JSON.createArrayNode();
      for (JsonNode e : events) {
        Set<String> by = new LinkedHashSet<>();
        ArrayNode ids = JSON.createArrayNode();
        for (JsonNode m : e.path("mentions")) {
          String aid = m.path("article_id").asText();
          if (outletOf.containsKey(aid)) {
            by.add(outletOf.get(aid));
            ids.add(aid);
          }
        }
        ObjectNode fact = JSON.createObjectNode();
        fact.put("kind", "event");
        fact.put("text", e.path("source").path("name").asText(e.path("source").path("code").asText())
            + " " + e.path("code").asText() + (e.path("target").isObject()
            ? " " + e.path("target").path("name").asText(e.path("target").path("code").asText()) : ""));
        fact.set("article_ids", ids);
        if (by.size() == outlets.size() && outlets.size() > 1) common.add(fact);
        else for (String o : by) ((ArrayNode) outlets.get(o).get("only")).add(fact);
      }
      out.set("outlets", JSON.createArrayNode().addAll(new ArrayList<>(outlets.values())));
      out.set("common", common);
      out.putArray("disagreements");
      return out;
    }
  }
}
