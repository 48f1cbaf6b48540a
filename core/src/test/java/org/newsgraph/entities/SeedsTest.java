package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.read.Article;

/** The "entities", "quotes" and "amounts" sections of ../shared/acceptance/seeds.json. */
@Tag("slow")
class SeedsTest {
  private static JsonNode seeds;
  private static final Map<String, Document> docs = new LinkedHashMap<>();
  private static final Map<String, Entities> found = new LinkedHashMap<>();
  private static Countries countries;
  private static EntityExtractor extractor;

  @BeforeAll
  static void analyse() throws Exception {
    assumeTrue(org.newsgraph.SharedData.present("seeds", "acceptance/seeds.json"), "../shared/seeds not found");
    seeds = new ObjectMapper().readTree(SeedArticles.shared().resolve("acceptance/seeds.json").toFile());
    countries = Countries.bundled();
    extractor = new EntityExtractor(countries);
    for (String name : List.of("000_c156ba7cf3c6e1e6.txt", "003_3d0d90c2bc71a833.txt")) {
      Article a = SeedArticles.load(name);
      Document d = Annotator.shared().annotate(a);
      docs.put(name, d);
      found.put(name, extractor.extract(d));
    }
  }

  @Test
  void canonicalNamesAndVariants() {
    List<String> failures = new java.util.ArrayList<>();
    seeds.get("entities").fields().forEachRemaining(group -> {
      String type = group.getKey();
      for (JsonNode e : group.getValue()) {
        String canonical = e.get("canonical").asText();
        if (!hasCanonical(type, canonical)) failures.add(type + " " + canonical + ": not found");
        for (JsonNode v : e.get("variants")) {
          if (!variantResolves(type, v.asText(), canonical)) failures.add(type + " " + canonical + ": variant '" + v.asText() + "' not resolved");
        }
        if (e.has("code") && "COUNTRY".equals(type)) {
          Countries.Match m = countries.find(canonical);
          assertNotNull(m, canonical);
          assertEquals(e.get("code").asText(), m.code(), canonical);
        }
      }
    });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static boolean hasCanonical(String type, String canonical) {
    for (Entities es : found.values()) {
      for (Entity e : es.entities()) if (e.canonical().equals(canonical) && e.type().equals(type)) return true;
    }
    return false;
  }

  /**
   * Some occurrence of the variant in a seed body is (or lies around) an entity with that canonical
   * name and type, or a title entity is the variant; a variant the seeds do not contain is tried in
   * a sentence of its own.
   */
  private static boolean variantResolves(String type, String variant, String canonical) {
    boolean seen = false;
    for (Map.Entry<String, Document> d : docs.entrySet()) {
      for (Entity e : found.get(d.getKey()).titleEntities()) {
        if (e.text().equals(variant) && e.canonical().equals(canonical) && e.type().equals(type)) return true;
      }
      String title = d.getValue().article().title();
      seen |= title != null && title.contains(variant);
      String body = d.getValue().article().body().replace('’', '\'');
      for (int at = body.indexOf(variant); at >= 0; at = body.indexOf(variant, at + 1)) {
        boolean wordStart = at == 0 || !Character.isLetter(body.charAt(at - 1));
        int end = at + variant.length();
        boolean wordEnd = end == body.length() || !Character.isLetter(body.charAt(end));
        if (!wordStart || !wordEnd) continue;
        seen = true;
        for (Entity e : found.get(d.getKey()).entities()) {
          if (e.start() < end && at < e.end() && e.canonical().equals(canonical) && e.type().equals(type)) return true;
        }
      }
    }
    if (seen) return false;
    String body = "Officials of the " + variant + " spoke on Tuesday.";
    Document d = Annotator.shared().annotate(new Article("v", "v", null, null, null, null, null, null, body, null, null, "v"));
    int at = body.indexOf(variant);
    return extractor.extract(d).entities().stream().anyMatch(e -> e.start() < at + variant.length() && at < e.end()
        && e.canonical().equals(canonical) && e.type().equals(type));
  }

  @Test
  void quotesHaveTheirSpeakers() {
    for (JsonNode q : seeds.get("quotes")) {
      String start = q.get("starts_with").asText();
      Quote quote = found.get(q.get("article").asText()).quotes().stream()
          .filter(x -> x.text().startsWith(start)).findFirst().orElse(null);
      assertNotNull(quote, "no quote starting " + start);
      assertEquals(q.get("speaker").asText(), quote.speaker(), start);
      String body = docs.get(q.get("article").asText()).article().body();
      assertTrue(body.startsWith(start, quote.start()), "offsets index the body: " + start);
    }
  }

  @Test
  void amountsHaveValuesAndObjects() {
    for (JsonNode a : seeds.get("amounts")) {
      List<Amount> amounts = found.get(a.get("article").asText()).amounts();
      double value = a.get("value").asDouble();
      String unit = a.has("unit") ? a.get("unit").asText() : null;
      String object = a.get("object_contains").asText();
      assertTrue(amounts.stream().anyMatch(x -> x.value() == value && (unit == null || unit.equals(x.unit()))
          && x.object() != null && x.object().contains(object)), "amount " + a + " in " + amounts);
    }
  }

  @Test
  void toneIsScored() {
    for (Entities e : found.values()) {
      Tone t = e.tone();
      assertTrue(t.wordCount() > 300, "word count " + t);
      assertTrue(t.polarity() > 0, "some words carry tone " + t);
      assertEquals(t.positive() - t.negative(), t.tone(), 1e-9);
    }
  }
}
