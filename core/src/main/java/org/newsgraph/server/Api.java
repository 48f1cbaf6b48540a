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
import org.newsgraph.query.EventFilter;
import org.newsgraph.query.Page;
import org.newsgraph.query.Query;
import org.newsgraph.query.StoryFilter;
import org.newsgraph.query.StoryView;
import org.newsgraph.query.Timeline;
import org.newsgraph.stories.SideBySide;
import org.newsgraph.stories.Stories;
import org.newsgraph.store.Store;

/**
 * The JSON endpoints (docs/api.md): a shell over {@link Query}. Each handler checks its parameters
 * ({@link Params}), asks the query layer and sends the answer as JSON; records keep the field
 * names of interfaces.md.
 */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final Query query;
  private final Stories stories;
  private final Map<String, Optional<SideBySide>> sideBySides = new java.util.concurrent.ConcurrentHashMap<>();

  Api(Store store, Stories stories) {
    this.query = new Query(store);
    this.stories = stories;
  }

  // ---------------------------------------------------------------- stories

  void stories(Context ctx) {
    Params p = new Params(ctx);
    StoryFilter f = new StoryFilter(p.date("from"), p.date("to"), p.actors("actor"), p.text("outlet"), p.text("q"));
    page(ctx, "stories", query.stories(f, p.limit(50), p.offset()));
  }

  void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryView view = query.story(id).orElseThrow(() -> new NotFound("no story " + id));
    ObjectNode out = JSON.valueToTree(view);
    Optional<SideBySide> sbs = sideBySide(id);
    out.set("side_by_side", sbs.isPresent() ? JSON.valueToTree(sbs.get())
        : SideBySideFromStore.of(view.story(), (ArrayNode) out.get("articles"), (ArrayNode) out.get("events")));
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
    EventFilter f = new EventFilter(p.date("from"), p.date("to"), p.actors("actor"), p.actors("source"),
        p.actors("target"), p.roots("root"), p.codes("code"), List.of(), p.intIn("quad", 0, 1, 4), p.text("story"),
        p.oneOf("mode", null, "actual", "planned", "hypothetical", "negated"));
    page(ctx, "events", query.events(f, p.limit(50), p.offset()));
  }

  void event(Context ctx) {
    long id = id(ctx.pathParam("id"));
    send(ctx, JSON.valueToTree(query.event(id).orElseThrow(() -> new NotFound("no event " + id))));
  }

  // ---------------------------------------------------------------- actors

  void actors(Context ctx) {
    Params p = new Params(ctx);
    page(ctx, "actors", query.actors(p.text("q"), p.limit(100), p.offset()));
  }

  /** One actor: its events over time and its top counterparts ({@link Query#actor}). */
  void actor(Context ctx) {
    String code = ctx.pathParam("code").toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{3,15}")) throw new BadRequest("code: expected a CAMEO actor code such as RUS");
    Timeline.By by = Timeline.By.of(new Params(ctx).oneOf("by", "day", "day", "week"));
    send(ctx, JSON.valueToTree(query.actor(code, by).orElseThrow(() -> new NotFound("no events with actor " + code))));
  }

  // ---------------------------------------------------------------- articles and search

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    send(ctx, query.article(id).orElseThrow(() -> new NotFound("no article " + id)));
  }

  void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    if (q == null || q.length() < 2) throw new BadRequest("q: give at least 2 characters to search for");
    send(ctx, JSON.valueToTree(query.search(q, p.limit(20), p.offset())));
  }

  /** Counts of what the store holds, for the page header. */
  void summary(Context ctx) {
    send(ctx, JSON.valueToTree(query.counts()));
  }

  // ---------------------------------------------------------------- helpers

  /** {total, limit, offset, name: [records]}. */
  private static void page(Context ctx, String name, Page page) {
    ObjectNode out = JSON.createObjectNode();
    out.put("total", page.total());
    out.put("limit", page.limit());
    out.put("offset", page.offset());
    out.putArray(name).addAll(page.items());
    send(ctx, out);
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
