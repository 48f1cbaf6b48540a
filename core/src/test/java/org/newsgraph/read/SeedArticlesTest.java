package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference articles in {@code ng.shared}/seeds read exactly as the "articles" section of
 * acceptance/seeds.json says. Skipped when the shared folder is absent.
 */
class SeedArticlesTest {
  private static final Path SHARED = Path.of(System.getProperty("ng.shared", "/work/shared"));
  /** seeds.json: 003 carries no date of its own and is analysed with published=2014-11-20. */
  private static final LocalDate GIVEN_DATE = LocalDate.of(2014, 11, 20);

  @Test void seedsReadAsTheAcceptanceFileSays() throws Exception {
    Path seeds = SHARED.resolve("seeds");
    Path expected = SHARED.resolve("acceptance/seeds.json");
    assumeTrue(org.newsgraph.SharedData.present("seeds", "acceptance/seeds.json"), "no shared seeds at " + SHARED);

    Map<String, Article> read = new HashMap<>();
    List<Rejection> rejected = new ArrayList<>();
    // the given date is passed for every seed: it must not override a date the article states
    new Reader(new ReadOptions(GIVEN_DATE, null, ReadOptions.DEFAULT_MAX_BYTES))
        .read(List.of(seeds.toString()), a -> read.put(a.id(), a), rejected::add);
    assertTrue(rejected.isEmpty(), rejected.toString());

    JsonNode articles = new ObjectMapper().readTree(expected.toFile()).get("articles");
    assertNotNull(articles);
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
      var entry = it.next();
      Article a = read.get(entry.getKey());
      assertNotNull(a, "seed " + entry.getKey() + " was read");
      for (Iterator<Map.Entry<String, JsonNode>> fields = entry.getValue().fields(); fields.hasNext(); ) {
        var field = fields.next();
        String what = entry.getKey() + " " + field.getKey();
        JsonNode want = field.getValue();
        switch (field.getKey()) {
          case "title" -> assertEquals(want.asText(), a.title(), what);
          case "source" -> assertEquals(want.asText(), a.source(), what);
          case "published" -> assertEquals(LocalDate.parse(want.asText()), a.published(), what);
          case "url" -> assertEquals(want.asText(), a.url(), what);
          case "dateline" -> assertEquals(want.asText(), a.dateline(), what);
          case "body_must_not_contain" -> want.forEach(s -> assertFalse(a.body().contains(s.asText()), what + ": " + s));
          case "body_must_contain_joined" -> assertTrue(a.body().contains(want.asText()), what);
          default -> throw new AssertionError("unknown expectation " + what + ": update this test");
        }
        checked++;
      }
    }
    assertTrue(checked >= 10, "checked " + checked + " expectations");
  }

  @Test void seedPhotoCaptionIsKeptAsACaption() {
    Path seed = SHARED.resolve("seeds/000_c156ba7cf3c6e1e6.txt");
    assumeTrue(org.newsgraph.SharedData.present("seeds/000_c156ba7cf3c6e1e6.txt"), "no shared seeds at " + SHARED);
    List<Article> read = new ArrayList<>();
    new Reader(ReadOptions.defaults()).read(List.of(seed.toString()), read::add, r -> { throw new AssertionError(r); });
    Article a = read.get(0);
    assertEquals(1, a.captions().size());
    assertTrue(a.captions().get(0).contains("attends a meeting with his core support group"));
    assertTrue(a.body().startsWith("Russian President Vladimir Putin called Wednesday"), a.body());
  }
}
