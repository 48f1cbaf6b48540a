package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;

/** The project's samples (four stories, twelve outlets) through the real engine. */
@Tag("slow")
class SamplesStoryTest {
  static Stories stories;
  static List<Article> read = new ArrayList<>();

  @BeforeAll static void analyse() {
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(samples), "samples not found");
    new Reader(ReadOptions.defaults()).read(List.of(samples.toString()), read::add, r -> { });
    Engine engine = Engine.standard();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (Article a : read) analyzed.add(engine.analyze(a));
    stories = new Stories();
    stories.addAll(analyzed);
    String dump = System.getenv("NG_STORIES_SAMPLES_DUMP");
    if (dump != null) {
      try (var out = Files.newOutputStream(Path.of(dump))) {
        stories.save(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    for (Story s : stories.stories()) {
      System.out.println(s.storyId() + " " + s.title() + " " + s.sources() + " copies " + s.copies());
      System.out.println(SeedStoryTest.render(stories.sideBySide(s.storyId()).orElseThrow()));
    }
  }

  static String idOf(String fragment) {
    return read.stream().map(Article::id).filter(id -> id.contains(fragment)).findFirst().orElseThrow();
  }

  @Test void fourStoriesOfThreeOutletsEach() {
    Set<Set<String>> groups = new java.util.HashSet<>();
    for (Story s : stories.stories()) groups.add(new TreeSet<>(s.articleIds()));
    assertEquals(4, stories.stories().size(), groups.toString());
    for (String[] story : new String[][] {{"harbour-wire", "jakarta-ledger", "straits-monitor"},
        {"cps-2025", "baltic-daily", "brussels-dispatch"}, {"lagos-courier", "gulf-of-guinea", "atlantic-review"},
        {"caucasus-times", "global-desk", "mountain-post"}}) {
      String first = stories.storyOf(idOf(story[0])).orElseThrow();
      for (String other : story) assertEquals(first, stories.storyOf(idOf(other)).orElseThrow(), other);
    }
  }

  @Test void theBalticDailyCopiesTheWire() {
    assertEquals(idOf("cps-2025"), stories.copyOf(idOf("baltic-daily")).orElse(null));
    assertTrue(stories.copyOf(idOf("cps-2025")).isEmpty());
    Story belarus = stories.story(stories.storyOf(idOf("cps-2025")).orElseThrow()).orElseThrow();
    assertEquals(List.of(idOf("baltic-daily")), belarus.copies());
  }

  @Test void numbersThatDisagreeAreShown() {
    assertDisagree("harbour-wire", "27", "26");          // detained fishermen
    assertDisagree("caucasus-times", "41", "60");        // detained protesters: ministry against rights groups
    assertDisagree("lagos-courier", "$5 billion", "$4 billion");   // projected trade
    SideBySide belarus = stories.sideBySide(stories.storyOf(idOf("cps-2025")).orElseThrow()).orElseThrow();
    assertTrue(belarus.disagreements().isEmpty(), belarus.disagreements().toString());
  }

  static void assertDisagree(String article, String a, String b) {
    SideBySide s = stories.sideBySide(stories.storyOf(idOf(article)).orElseThrow()).orElseThrow();
    assertTrue(s.disagreements().stream().anyMatch(d -> d.kind().equals("amount")
        && d.values().values().stream().anyMatch(v -> v.startsWith(a + " "))
        && d.values().values().stream().anyMatch(v -> v.startsWith(b + " "))), a + " vs " + b + ": " + s.disagreements());
  }

  @Test void onlyOneOutletReportsThePoultryProtest() {
    SideBySide s = stories.sideBySide(stories.storyOf(idOf("atlantic-review")).orElseThrow()).orElseThrow();
    SideBySide.Outlet atlantic = s.outlets().stream().filter(o -> o.name().equals("Atlantic Review")).findFirst().orElseThrow();
    assertTrue(atlantic.only().stream().anyMatch(f -> f.text().toLowerCase(java.util.Locale.ROOT).contains("poultry")),
        atlantic.only().toString());
  }
}
