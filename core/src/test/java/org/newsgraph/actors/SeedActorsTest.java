package org.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;

/** The actors the two reference articles (../shared/seeds) need, through the real reader and annotator. */
@Tag("slow")
class SeedActorsTest {
  static Actors actors;
  static List<ActorMention> s000;
  static List<ActorMention> s003;
  static Article a000;
  static List<List<ActorMention>> all003;

  static Path seeds() {
    return Path.of(System.getProperty("ng.shared", "/work/shared")).resolve("seeds");
  }

  /** The bundled knowledge; while people.tsv lacks the seed people, the test fixture's people stand in. */
  static Actors actors() throws IOException {
    if (ActorDictionary.bundled().knows("Vladimir Putin")) return Actors.standard();
    Path tmp = Files.createTempDirectory("actors-people");
    Files.copy(ActorsTest.fixture().resolve("people.tsv"), tmp.resolve("people.tsv"));
    return new Actors(ActorDictionary.load(tmp));
  }

  static Article read(String name) {
    List<Article> out = new ArrayList<>();
    new Reader(new ReadOptions(LocalDate.parse("2014-11-20"), null, ReadOptions.DEFAULT_MAX_BYTES))
        .read(List.of(seeds().resolve(name).toString()), out::add, r -> { throw new AssertionError(r.toString()); });
    assertEquals(1, out.size());
    return out.get(0);
  }

  static List<ActorMention> flat(List<List<ActorMention>> all) {
    List<ActorMention> out = new ArrayList<>();
    all.forEach(out::addAll);
    return out;
  }

  @BeforeAll
  static void analyse() throws IOException {
    assumeTrue(org.newsgraph.SharedData.present("seeds"), "no ../shared/seeds");
    actors = actors();
    a000 = read("000_c156ba7cf3c6e1e6.txt");
    Article a003 = read("003_3d0d90c2bc71a833.txt");
    Document d000 = Annotator.shared().annotate(a000);
    Document d003 = Annotator.shared().annotate(a003);
    s000 = flat(actors.findAll(d000, null));
    all003 = actors.findAll(d003, null);
    s003 = flat(all003);
    // what was found, for people reading a failure: java.io.tmpdir/newsgraph-seed-actors.txt
    StringBuilder sb = new StringBuilder();
    for (ActorMention m : s000) sb.append("000 ").append(m.sentence()).append(' ').append(m.text()).append(" = ").append(m.code()).append("   ").append(m.evidence()).append('\n');
    for (ActorMention m : s003) sb.append("003 ").append(m.sentence()).append(' ').append(m.text()).append(" = ").append(m.code()).append("   ").append(m.evidence()).append('\n');
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "newsgraph-seed-actors.txt"), sb);
  }

  static void allCode(List<ActorMention> ms, Predicate<String> text, String code, int atLeast) {
    List<ActorMention> hits = ms.stream().filter(m -> text.test(m.text())).toList();
    assertTrue(hits.size() >= atLeast, "expected at least " + atLeast + " mentions, got " + hits);
    for (ActorMention m : hits) assertEquals(code, m.code(), m.text() + ": " + m.evidence());
  }

  static Predicate<String> is(String s) {
    return t -> t.equals(s);
  }

  static Predicate<String> has(String s) {
    return t -> t.contains(s);
  }

  @Test
  void people() {
    allCode(s000, has("Putin"), "RUSGOV", 3);
    allCode(s003, has("Putin"), "RUSGOV", 3);
    allCode(s000, has("Choe Ryong Hae"), "PRKGOV", 1);
    allCode(s003, has("Choe Ryong-Hae"), "PRKGOV", 1);
    allCode(s003, has("Kim Jong-Un"), "PRKGOV", 2);
    allCode(s000, has("Kim Jong Un"), "PRKGOV", 1);
    allCode(s003, has("Russian Foreign Minister Sergei Lavrov"), "RUSGOV", 1);
    allCode(s003, is("Lavrov"), "RUSGOV", 3);
    allCode(s003, is("Choe"), "PRKGOV", 3);            // short name after "Choe Ryong-Hae"
    allCode(s003, is("Kim Jong-Il"), "PRKGOV", 1);     // "In 2011, Moscow received ... Kim Jong-Il"
    allCode(s000, is("aide"), "PRKGOV", 1);            // "Choe Ryong Hae, a close aide to Kim"
  }

  @Test
  void placesAsActors() {
    allCode(s000, has("Kremlin"), "RUSGOV", 2);
    allCode(s003, has("Kremlin"), "RUSGOV", 1);
    allCode(s000, is("Moscow"), "RUS", 1);
    allCode(s003, is("Moscow"), "RUS", 1);
    allCode(s003, is("Pyongyang"), "PRK", 1);
  }

  @Test
  void organisationsAndCountries() {
    allCode(s000, t -> t.startsWith("UN "), "IGOUNO", 3);
    allCode(s003, t -> t.startsWith("UN ") || t.startsWith("United Nations"), "IGOUNO", 3);
    List<ActorMention> eu = s003.stream().filter(m -> m.text().contains("European Union")).toList();
    assertEquals(2, eu.size(), eu.toString());
    for (ActorMention m : eu) assertTrue(m.code().startsWith("IGOEU") || m.code().startsWith("EUR"), m.toString());
    allCode(s003, has("United States"), "USA", 2);
    allCode(s003, t -> t.equals("North Korea"), "PRK", 5);
    allCode(s003, t -> t.equals("Russia"), "RUS", 5);
    allCode(s000, t -> t.equals("China") || t.equals("Beijing"), "CHN", 2);
  }

  @Test
  void shortFormInTheTitle() {
    Article t = new Article("t", "t", null, null, null, null, LocalDate.parse("2014-11-20"), null,
        "Russia shields N.Korea from criticism, eyes joint projects", List.of(), null, "h");
    List<ActorMention> ms = actors.find(Annotator.shared().annotate(t), 0, null);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("N.Korea") && m.code().equals("PRK")), ms.toString());
  }

  @Test
  void descriptionsAndPronouns() {
    allCode(s003, has("Stalinist regime"), "PRKGOV", 1);
    allCode(s003, has("Stalinist country"), "PRK", 1);
    allCode(s003, has("Pyongyang regime"), "PRKGOV", 1);
    allCode(s003, has("high-ranking official"), "PRKGOV", 1);
    allCode(s000, has("isolated country"), "PRK", 1);
    // "North Korea reacted angrily to the vote and announced that it was breaking off talks"
    ActorMention it = all003.stream().filter(ms -> ms.stream().anyMatch(m -> m.text().equals("North Korea")))
        .flatMap(List::stream).filter(m -> m.text().equals("it")).findFirst().orElseThrow();
    assertEquals("PRK", it.code(), it.evidence());
    List<ActorMention> two = s003.stream().filter(m -> m.text().equals("the two countries")).toList();
    assertEquals(List.of("RUS", "PRK"), two.stream().map(ActorMention::code).sorted((x, y) -> y.compareTo(x)).toList());
    // "Choe, who did not address reporters after the talks, praised his Tuesday meeting with Putin"
    ActorMention his = s003.stream().filter(m -> m.text().equals("his")).findFirst().orElseThrow();
    assertEquals("PRKGOV", his.code(), his.evidence());
    // "North Korea has dismissed the UN move as part of a U.S.-led plot to destroy its political system"
    assertTrue(s000.stream().anyMatch(m -> m.text().equals("its") && m.code().equals("PRK")), "its = PRK");
    // "“It is counter-productive ...,” said Lavrov": no actor for the expletive
    assertFalse(s003.stream().anyMatch(m -> m.text().equals("It")), "expletive it");
  }

  @Test
  void nothingFromTheCaption() {
    assertFalse(a000.body().contains("attends a meeting with his core support group"));
    String body = a000.body();
    for (ActorMention m : s000) {
      assertEquals(m.text(), body.substring(m.start(), m.end()), "offsets index the body");
    }
  }
}
