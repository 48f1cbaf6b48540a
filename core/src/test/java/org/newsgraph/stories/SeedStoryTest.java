package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;
import org.newsgraph.stories.SideBySide.Fact;
import org.newsgraph.stories.SideBySide.Outlet;

/** The two reference articles through the real engine: one story, E1 merged, the comparison of seeds.json. */
@Tag("slow")
class SeedStoryTest {
  static final String A000 = "000_c156ba7cf3c6e1e6.txt";
  static final String A003 = "003_3d0d90c2bc71a833.txt";
  static Stories stories;
  static List<AnalyzedArticle> analyzed = new ArrayList<>();

  @BeforeAll static void analyse() {
    Path seeds = Path.of(System.getProperty("ng.shared", "/work/shared"), "seeds");
    assumeTrue(org.newsgraph.SharedData.present("seeds"), "seeds not available");
    List<Article> read = new ArrayList<>();
    new Reader(new ReadOptions(LocalDate.parse("2014-11-20"), null, ReadOptions.DEFAULT_MAX_BYTES))
        .read(List.of(seeds.toString()), read::add, r -> { });
    Engine engine = Engine.standard();
    for (Article a : read) analyzed.add(engine.analyze(a));
    stories = new Stories();
    stories.addAll(analyzed);
    String dump = System.getenv("NG_STORIES_DUMP");
    if (dump != null) {
      try (var out = Files.newOutputStream(Path.of(dump))) {
        stories.save(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test void bothArticlesFormOneStory() {
    assertEquals(2, stories.size());
    String s = stories.storyOf(A000).orElseThrow();
    assertEquals(s, stories.storyOf(A003).orElseThrow());
    Story story = stories.story(s).orElseThrow();
    assertEquals(List.of(A000, A003), story.articleIds());
    assertEquals(LocalDate.parse("2014-11-19"), story.firstPublished());
    assertEquals(LocalDate.parse("2014-11-20"), story.lastPublished());
    assertTrue(story.actors().contains("RUS") || story.actors().stream().anyMatch(a -> a.startsWith("RUS")), story.actors().toString());
  }

  @Test void putinReceivesChoeIsOneEventFromTwoOutlets() {
    String s = stories.storyOf(A000).orElseThrow();
    List<Event> e1 = stories.events(s).stream()
        .filter(e -> "04".equals(e.rootCode()) && "2014-11-18".equals(e.date()))
        .filter(e -> pair(e, "RUS", "PRK"))
        .filter(e -> e.articleIds().containsAll(List.of(A000, A003)))
        .toList();
    stories.events(s).forEach(e -> System.out.println("event " + e.eventId() + " " + Compare.describe(e, null)
        + " mentions=" + e.numMentions() + " sources=" + e.numSources() + " articles=" + e.articleIds()));
    assertEquals(1, e1.size(), "E1 merged across both articles");
    assertEquals(2, e1.get(0).numSources());
    assertEquals(2, e1.get(0).numArticles());
  }

  static boolean pair(Event e, String a, String b) {
    String s = StoryArticle.actorKey(e.source()), t = StoryArticle.actorKey(e.target());
    return (s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a));
  }

  @Test void sideBySideShowsTheComparison() {
    SideBySide sbs = stories.sideBySide(stories.storyOf(A000).orElseThrow()).orElseThrow();
    System.out.println(render(sbs));
    Outlet o000 = outlet(sbs, A000), o003 = outlet(sbs, A003);
    // only_in_003
    assertHas(o003.only(), "$25 billion railway project", f -> has(f, "25 billion"));
    assertHas(o003.only(), "North Korea breaks off talks with the EU", f -> has(f, "European Union") && has(f, "talks"));
    assertHas(o003.only(), "threat of a fresh nuclear test", f -> has(f, "nuclear test"));
    assertHas(o003.only(), "Lavrov's statements", f -> f.kind().equals("actor") && has(f, "Lavrov"));
    assertHas(o003.only(), "Lavrov's statements (quotes)", f -> f.kind().equals("quote") && has(f, "Lavrov"));
    // only_in_000
    assertHas(o000.only(), "new ambassador's credentials", f -> has(f, "credentials"));
    assertHas(o000.only(), "Interfax source on denuclearization", f -> has(f, "denuclearization"));
    assertHas(o000.only(), "Interfax", f -> has(f, "Interfax"));
    assertHas(o000.only(), "possible Chinese veto of an ICC referral", f -> has(f, "veto") && has(f, "ICC"));
    // in_both
    assertHas(sbs.common(), "Putin meets Choe on Tuesday", f -> f.kind().equals("event") && has(f, "Putin") && has(f, "2014-11-18"));
    assertHas(sbs.common(), "UN human-rights resolution", f -> has(f, "UN resolution"));
    assertHas(sbs.common(), "UN human-rights resolution", f -> has(f, "human rights"));
    assertTrue(o003.only().stream().noneMatch(f -> f.kind().equals("actor") && has(f, "Vladimir Putin")));
    // framing: the two outlets name North Korea differently, and quote different people
    System.out.println(sbs.framing());
    SideBySide.Framing prk = sbs.framing().stream().filter(f -> f.kind().equals("names") && f.about().startsWith("PRK"))
        .findFirst().orElseThrow(() -> new AssertionError("no naming difference for North Korea: " + sbs.framing()));
    assertTrue(prk.byOutlet().values().stream().filter(ws -> !ws.isEmpty()).count() >= 1, prk.toString());
    assertTrue(sbs.framing().stream().anyMatch(f -> f.kind().equals("quotes")), sbs.framing().toString());
    String labels = sbs.framing().toString();
    assertTrue(labels.contains("the isolated country") && labels.contains("the Stalinist regime"), labels);
    assertTrue(!labels.contains("=[it,") && !labels.contains(", his,"), "pronouns are not labels: " + labels);
    // "reported by all outlets": each such fact's own articles come from both outlets
    for (Fact f : sbs.common()) {
      assertTrue(f.articleIds().contains(A000) && f.articleIds().contains(A003), "in both, yet from one outlet: " + f);
    }
  }

  static Outlet outlet(SideBySide s, String articleId) {
    return s.outlets().stream().filter(o -> o.articleIds().contains(articleId)).findFirst().orElseThrow();
  }

  static boolean has(Fact f, String words) {
    return f.text().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
  }

  static void assertHas(List<Fact> facts, String what, Predicate<Fact> p) {
    assertTrue(facts.stream().anyMatch(p), "missing: " + what);
  }

  static String render(SideBySide s) {
    StringBuilder sb = new StringBuilder("story " + s.storyId() + ": " + s.title() + "\n");
    for (Outlet o : s.outlets()) {
      sb.append("== ").append(o.name()).append(" | ").append(o.headline()).append(" | tone ").append(o.tone()).append('\n');
      o.only().forEach(f -> sb.append("  only ").append(f.kind()).append(": ").append(f.text()).append('\n'));
    }
    s.common().forEach(f -> sb.append("  all ").append(f.kind()).append(": ").append(f.text()).append('\n'));
    s.disagreements().forEach(d -> sb.append("  disagree ").append(d).append('\n'));
    return sb.toString();
  }
}
