package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoryRecord;

/** Every endpoint of docs/api.md on the samples and seeds, including bad parameters and unknown ids. */
@Tag("slow")
class ServerApiTest {
  private static ServerFixture f;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    f = ServerFixture.get();
  }

  record Reply(int status, JsonNode json, String body, HttpResponse<String> response) {}

  static Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(f.base + path)).GET().build());
  }

  static Reply send(HttpRequest req) {
    try {
      HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
        json = Api.JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), json, r.body(), r);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode ok(String path) {
    Reply r = get(path);
    assertEquals(200, r.status(), path + " -> " + r.body());
    return r.json();
  }

  /** An error: the status, JSON {"error": message}, and nothing of a stack trace. */
  static String error(int status, String path) {
    Reply r = get(path);
    return checkError(status, path, r);
  }

  static String checkError(int status, String path, Reply r) {
    assertEquals(status, r.status(), path + " -> " + r.body());
    assertTrue(r.json() != null && r.json().hasNonNull("error"), path + " -> " + r.body());
    String msg = r.json().get("error").asText();
    assertFalse(msg.isBlank());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("org.newsgraph"),
        r.body());
    return msg;
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) out.add(n.path(field).asText());
    return out;
  }

  /** E1: Putin receives Choe, root 04, RUS and PRK either way round, reported by both outlets. */
  static JsonNode e1(JsonNode events) {
    for (JsonNode e : events) {
      String s = e.path("source").path("code").asText();
      String t = e.path("target").path("code").asText();
      boolean dyad = s.startsWith("RUS") && t.startsWith("PRK") || s.startsWith("PRK") && t.startsWith("RUS");
      if (dyad && e.path("root_code").asText().equals("04") && e.path("num_sources").asInt() == 2) return e;
    }
    return null;
  }

  // ---------------------------------------------------------------- stories

  @Test
  void storiesListAndFilters() {
    JsonNode all = ok("/api/stories");
    assertTrue(all.path("total").asInt() >= 2, all.toString());
    assertTrue(texts(all.get("stories"), "story_id").contains(f.seedStory()));
    JsonNode seed = null;
    for (JsonNode s : all.get("stories")) if (s.get("story_id").asText().equals(f.seedStory())) seed = s;
    assertTrue(texts(seed.get("article_ids"), "").isEmpty() || seed.get("article_ids").size() >= 2);
    List<String> ids = new ArrayList<>();
    seed.get("article_ids").forEach(n -> ids.add(n.asText()));
    assertTrue(ids.contains(ServerFixture.SEED_000) && ids.contains(ServerFixture.SEED_003), ids.toString());

    assertTrue(texts(ok("/api/stories?outlet=the%20moscow%20times").get("stories"), "story_id").contains(f.seedStory()));
    assertTrue(texts(ok("/api/stories?actor=PRK").get("stories"), "story_id").contains(f.seedStory()));
    assertTrue(texts(ok("/api/stories?q=Choe").get("stories"), "story_id").contains(f.seedStory()));
    assertTrue(texts(ok("/api/stories?from=2014-11-01&to=2014-11-30").get("stories"), "story_id").contains(f.seedStory()));
    assertEquals(0, ok("/api/stories?from=2030-01-01").path("total").asInt());
    assertEquals(0, ok("/api/stories?q=zzzqqqnothing").path("total").asInt());
    assertEquals(0, ok("/api/stories?q=100%25_").path("total").asInt()); // % and _ are literal
    JsonNode one = ok("/api/stories?limit=1");
    assertEquals(1, one.get("stories").size());
    assertEquals(all.get("total"), one.get("total"));

    assertTrue(error(400, "/api/stories?from=2014-13-01").contains("from"));
    assertTrue(error(400, "/api/stories?to=yesterday").contains("to"));
    assertTrue(error(400, "/api/stories?limit=0").contains("limit"));
    assertTrue(error(400, "/api/stories?limit=100000").contains("limit"));
    assertTrue(error(400, "/api/stories?offset=-1").contains("offset"));
    assertTrue(error(400, "/api/stories?actor=ru%24s").contains("actor"));
    assertTrue(error(400, "/api/stories?q=" + "x".repeat(300)).contains("q"));
  }

  @Test
  void storyWithSideBySide() {
    JsonNode s = ok("/api/stories/" + f.seedStory());
    assertEquals(f.seedStory(), s.path("story").path("story_id").asText());
    JsonNode outlets = s.path("side_by_side").path("outlets");
    assertEquals(2, outlets.size(), texts(outlets, "name").toString());
    assertTrue(texts(outlets, "name").contains("The Moscow Times"), outlets.toString());
    for (JsonNode o : outlets) {
      assertFalse(o.path("headline").asText().isBlank());
      assertTrue(o.has("tone") && o.has("only"));
    }
    assertTrue(s.path("side_by_side").has("common"));
    assertEquals(2, s.path("articles").size());
    JsonNode e1 = e1(s.path("events"));
    assertTrue(e1 != null, "E1 shared by both outlets: " + s.path("events"));
    assertEquals(f.seedStory(), e1.path("story_id").asText());

    assertTrue(error(404, "/api/stories/s-no-such-story").contains("s-no-such-story"));
  }

  /** As `newsgraph serve` runs it, without the stories stage at hand: the comparison comes from stored events. */
  @Test
  void storyWithSideBySideFromTheStoreAlone() {
    try (Server bare = Server.start(f.store, null, "127.0.0.1", 0)) {
      Reply r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/api/stories/"
          + f.seedStory())).build());
      assertEquals(200, r.status(), r.body());
      JsonNode sbs = r.json().get("side_by_side");
      assertEquals(2, sbs.get("outlets").size());
      assertTrue(texts(sbs.get("outlets"), "name").contains("The Moscow Times"));
      boolean e1Common = false;
      for (JsonNode fact : sbs.get("common")) {
        e1Common |= fact.get("kind").asText().equals("event") && fact.get("text").asText().contains(" 04")
            && fact.get("article_ids").size() >= 2;
      }
      assertTrue(e1Common, "E1 among what both outlets report: " + sbs.get("common"));
      for (JsonNode o : sbs.get("outlets")) assertTrue(o.get("only").size() >= 1);
    }
  }

  // ---------------------------------------------------------------- events

  @Test
  void eventsFiltersAndPages() {
    JsonNode all = ok("/api/events?limit=200");
    int total = all.path("total").asInt();
    assertTrue(total >= 5, all.toString());
    assertFalse(all.get("events").get(0).has("mentions"), "lists leave the mentions out");

    JsonNode meet = ok("/api/events?actor=RUS&root=04");
    assertTrue(meet.path("total").asInt() >= 1);
    for (JsonNode e : meet.get("events")) assertEquals("04", e.get("root_code").asText());
    assertTrue(e1(meet.get("events")) != null, meet.toString());
    for (JsonNode e : ok("/api/events?source=PRK").get("events")) assertTrue(e.at("/source/code").asText().startsWith("PRK"));
    for (JsonNode e : ok("/api/events?quad=1").get("events")) assertEquals(1, e.get("quad_class").asInt());
    for (JsonNode e : ok("/api/events?story=" + f.seedStory()).get("events")) {
      assertEquals(f.seedStory(), e.get("story_id").asText());
    }
    JsonNode day = ok("/api/events?from=2014-11-18&to=2014-11-18");
    assertTrue(e1(day.get("events")) != null, day.toString());
    assertEquals(0, ok("/api/events?from=2031-01-01").path("total").asInt());
    assertEquals(0, ok("/api/events?root=20&code=0431").path("total").asInt());

    JsonNode p1 = ok("/api/events?limit=2&offset=0");
    JsonNode p2 = ok("/api/events?limit=2&offset=2");
    assertEquals(total, p1.path("total").asInt());
    assertEquals(2, p1.get("events").size());
    assertNotEquals(p1.at("/events/0/event_id"), p2.at("/events/0/event_id"));

    assertTrue(error(400, "/api/events?quad=9").contains("quad"));
    assertTrue(error(400, "/api/events?root=4").contains("root"));
    assertTrue(error(400, "/api/events?root=04,x1").contains("root"));
    assertTrue(error(400, "/api/events?actor='%20OR%201=1").contains("actor"));
    assertTrue(error(400, "/api/events?mode=maybe").contains("mode"));
    assertTrue(error(400, "/api/events?from=2014-02-30").contains("from"));
    assertTrue(error(400, "/api/events?limit=abc").contains("limit"));
  }

  @Test
  void eventWithMentionsAndWhy() {
    JsonNode story = ok("/api/stories/" + f.seedStory());
    long id = e1(story.get("events")).get("event_id").asLong();
    JsonNode e = ok("/api/events/" + id);
    assertEquals(id, e.at("/event/event_id").asLong());
    assertEquals(2, e.at("/event/num_sources").asInt());
    JsonNode mentions = e.get("mentions");
    assertTrue(mentions.size() >= 2);
    List<String> articles = texts(mentions, "article_id");
    assertTrue(articles.contains(ServerFixture.SEED_000) && articles.contains(ServerFixture.SEED_003), articles.toString());
    for (JsonNode m : mentions) {
      assertFalse(m.path("why").asText().isBlank(), m.toString());
      assertFalse(m.path("text").asText().isBlank());
      assertTrue(m.path("end").asInt() > m.path("start").asInt());
      assertFalse(m.path("article_title").asText().isBlank());
    }
    assertTrue(error(404, "/api/events/12345").contains("12345"));
    assertTrue(error(400, "/api/events/abc").contains("abc"));
    error(400, "/api/events/99999999999999999999999");
  }

  // ---------------------------------------------------------------- actors

  @Test
  void actorsAndTimeline() {
    JsonNode list = ok("/api/actors?limit=100");
    List<String> codes = texts(list.get("actors"), "code");
    assertTrue(codes.stream().anyMatch(c -> c.startsWith("RUS")), codes.toString());
    assertTrue(ok("/api/actors?q=rus").path("total").asInt() >= 1);

    JsonNode rus = ok("/api/actors/RUS");
    assertEquals("RUS", rus.get("code").asText());
    assertTrue(rus.get("events").asInt() >= 3);
    assertTrue(rus.get("timeline").size() >= 1, rus.toString());
    boolean nov18 = false;
    for (JsonNode t : rus.get("timeline")) {
      nov18 |= t.get("date").asText().equals("2014-11-18");
      assertTrue(t.get("cooperation").asDouble() >= 0 && t.get("conflict").asDouble() <= 0);
    }
    assertTrue(nov18, "the meeting of 2014-11-18 is on the timeline: " + rus);
    assertTrue(texts(rus.get("counterparts"), "code").stream().anyMatch(c -> c.startsWith("PRK")), rus.toString());
    JsonNode week = ok("/api/actors/rus?by=week");
    assertEquals("week", week.get("by").asText());
    assertTrue(week.get("timeline").size() <= rus.get("timeline").size(), week + " vs " + rus);

    assertTrue(error(404, "/api/actors/ZZZQQ").contains("ZZZQQ"));
    error(400, "/api/actors/R$");
    assertTrue(error(400, "/api/actors/RUS?by=month").contains("by"));
  }

  // ---------------------------------------------------------------- articles, search

  @Test
  void articleWithAnnotations() {
    JsonNode a = ok("/api/articles/" + ServerFixture.SEED_003);
    assertEquals(ServerFixture.SEED_003, a.get("id").asText());
    assertEquals("2014-11-20", a.get("published").asText());
    assertTrue(a.get("body").asText().contains("Choe"));
    assertTrue(a.get("entities").size() > 5);
    assertTrue(a.get("quotes").size() >= 1);
    assertTrue(a.get("events").size() >= 3);
    assertTrue(a.has("tone") && a.has("amounts") && a.has("story_id"));
    for (JsonNode m : a.get("events")) {
      String body = a.get("body").asText();
      assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    JsonNode planted = ok("/api/articles/" + ServerFixture.PLANTED);
    assertTrue(planted.get("body").asText().contains("<script>"), "stored as written; the page escapes it");

    assertTrue(error(404, "/api/articles/no-such-article.txt").contains("no-such-article"));
    error(404, "/api/articles/sub/dir/none.txt");
    Reply up = get("/api/articles/..%2F..%2Fpom.xml");
    assertTrue(up.status() == 404 || up.status() == 400, up.body());
    assertFalse(up.body().contains("<project"));
  }

  @Test
  void searchOverArticleText() {
    JsonNode r = ok("/api/search?q=Choe");
    List<String> ids = texts(r.get("articles"), "id");
    assertTrue(ids.contains(ServerFixture.SEED_000) && ids.contains(ServerFixture.SEED_003), ids.toString());
    for (JsonNode h : r.get("articles")) assertTrue(h.get("snippet").asText().toLowerCase().contains("choe"));
    assertEquals(0, ok("/api/search?q=zzqqxxnothing").path("total").asInt());
    assertEquals(1, ok("/api/search?q=Choe&limit=1").get("articles").size());
    assertTrue(error(400, "/api/search").contains("q"));
    assertTrue(error(400, "/api/search?q=a").contains("q"));
    assertTrue(error(400, "/api/search?q=" + "a".repeat(201)).contains("q"));
  }

  // ---------------------------------------------------------------- the rest

  @Test
  void summaryPageAndAssets() {
    JsonNode s = ok("/api");
    assertTrue(s.get("articles").asInt() >= 10 && s.get("stories").asInt() >= 2, s.toString());
    Reply page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<main id=\"main\""));
    assertTrue(page.response().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals(200, get("/app.js").status());
    assertEquals(200, get("/webjars/chart.js/4.4.1/dist/chart.umd.js").status());
  }

  @Test
  void unknownPathsMethodsAndSizes() {
    checkError(404, "/api/nothing", get("/api/nothing"));
    Reply traversal = get("/../pom.xml");
    assertFalse(traversal.status() == 200 && traversal.body().contains("<project"));
    Reply post = send(HttpRequest.newBuilder(URI.create(f.base + "/api/stories"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    checkError(405, "POST /api/stories", post);
    Reply big = send(HttpRequest.newBuilder(URI.create(f.base + "/api/stories"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build());
    assertTrue(big.status() == 413 || big.status() == 405, big.status() + " " + big.body());
    Reply longUrl = get("/api/search?q=" + "a".repeat(20_000));
    assertTrue(longUrl.status() == 414 || longUrl.status() == 431 || longUrl.status() == 400, "" + longUrl.status());
  }

  @Test
  void storeIsReadOnly() {
    assertThrows(StoreException.class, () -> f.store.writeStories(List.of(
        new StoryRecord("s-x", "x", null, null, List.of(), List.of(), List.of()))));
  }
}
