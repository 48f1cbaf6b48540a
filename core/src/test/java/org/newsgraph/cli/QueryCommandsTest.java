package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryFixture;

/** events, actor and search on the query layer's fixture store (docs: README "What you can do"). */
class QueryCommandsTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll static void store() {
    db = QueryFixture.write(dir).toString();
  }

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test void eventsAsLines() {
    CliTest.Run r = run("events", "--db", db);
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("9 events", lines.get(0));
    assertEquals(10, lines.size());
    assertTrue(lines.get(1).matches("\\d+ 2014-11 +PRKGOV -> IGOUNO 111 actual  mentions 1, sources 1  story s1"),
        lines.get(1));
    assertTrue(lines.get(9).matches("\\d+ undated +RUSGOV -> - 010 planned .*"), lines.get(9));

    CliTest.Run some = run("events", "--db", db, "--code", "04", "--from", "2014-11-20", "--limit", "1");
    assertEquals(0, some.code(), some.err());
    assertEquals("2 events, first 1", some.out().lines().findFirst().orElseThrow());
    assertTrue(some.out().lines().skip(1).allMatch(l -> l.contains(" 2014-11-25 RUSGOV -> PRKGOV 043 ")), some.out());

    CliTest.Run story = run("events", "--db", db, "--story", "s2", "--to", "2014-12");
    assertEquals(List.of("2 events"), story.out().lines().limit(1).toList());
    assertTrue(story.out().lines().skip(1).allMatch(l -> l.endsWith("story s2")), story.out());
  }

  @Test void eventsAsJsonLines() throws Exception {
    CliTest.Run r = run("events", "--db", db, "--actor", "igo", "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      JsonNode e = json.readTree(l);
      assertEquals("IGOUNO", e.path("target").path("code").asText(), l);
      assertTrue(e.has("event_id") && e.has("num_sources"), l);
    }
  }

  @Test void actorTimeline() {
    CliTest.Run r = run("actor", "prk", "--db", db, "--by", "week");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("PRK Choe Ryong Hae (PRK) 6 events, by week", lines.get(0));
    assertEquals("  2014-11-17    1 event   cooperation    +2.8  conflict    +0.0  net    +2.8", lines.get(1));
    assertEquals("  2014-11-24    2 events  cooperation    +2.8  conflict    -2.0  net    +0.8", lines.get(2));
    assertTrue(lines.get(3).startsWith("  2014-12-01    2 events"), lines.get(3));
    assertEquals("Counterparts:", lines.get(4));
    assertTrue(lines.get(5).startsWith("  IGOUNO             3 events  goldstein    -6.0  United Nations"), lines.get(5));
    CliTest.Run month = run("actor", "PRKGOV", "--db", db, "--by", "month");
    assertTrue(month.out().contains("  2014-11-01    3 events  cooperation    +5.6  conflict    -2.0  net    +3.6"),
        month.out());
  }

  @Test void search() {
    CliTest.Run r = run("search", "putin", "--db", db, "--limit", "2");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("3 articles with \"putin\", newest 2", lines.get(0));
    assertEquals("a3  2014-12-02  Pyongyang Times  Pyongyang answers  story s2", lines.get(1));
    assertTrue(lines.get(2).startsWith("    Putin met Choe"), lines.get(2));
    assertEquals(5, lines.size());
    assertEquals("0 articles with \"nowhere\"", run("search", "nowhere", "--db", db).out().strip());
  }

  @Test void errors() {
    CliTest.Run date = run("events", "--db", db, "--from", "2014-13");
    assertEquals(2, date.code());
    assertTrue(date.err().contains("--from: not a date: 2014-13"), date.err());
    CliTest.Run code = run("events", "--db", db, "--code", "4a");
    assertEquals(2, code.code());
    assertTrue(code.err().contains("--code: expected CAMEO event codes such as 043: 4a"), code.err());
    CliTest.Run by = run("actor", "RUS", "--db", db, "--by", "year");
    assertEquals(2, by.code());
    assertTrue(by.err().contains("--by: expected day, week or month: year"), by.err());
    CliTest.Run none = run("actor", "USA", "--db", db);
    assertEquals(1, none.code());
    assertTrue(none.err().startsWith("newsgraph actor: no events with actor USA"), none.err());
    CliTest.Run shortText = run("search", "x", "--db", db);
    assertEquals(2, shortText.code());
    assertTrue(shortText.err().contains("TEXT: give at least 2 characters"), shortText.err());
    Path missing = dir.resolve("missing.db");
    for (String command : List.of("events", "actor", "search")) {
      CliTest.Run r = command.equals("events") ? run(command, "--db", missing.toString())
          : run(command, "RUS", "--db", missing.toString());
      assertEquals(1, r.code(), command);
      assertTrue(r.err().startsWith("newsgraph " + command + ": no store at"), r.err());
    }
    assertFalse(Files.exists(missing), "a reading command creates no store");
  }

  @Test void helpNamesTheCommands() {
    String usage = run("--help").out();
    for (String c : List.of("events", "actor", "search")) assertTrue(usage.contains("  " + c + " "), usage);
    assertTrue(run("actor", "--help").out().contains("day|week|month"));
  }
}
