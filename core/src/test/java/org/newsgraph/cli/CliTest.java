package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Newsgraph;
import org.newsgraph.store.Samples;
import org.newsgraph.store.Store;

/** The commands' exit codes, standard output and standard error; no models are loaded here. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static synchronized Run run(String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test void analyzeReportsEachRejectedInputAndStillSucceeds() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \n");
    Path missing = dir.resolve("missing.txt");
    Path db = dir.resolve("ng.db");
    Run r = run("analyze", empty.toString(), broken.toString(), missing.toString(), "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rejections = r.errLines().stream().filter(l -> !l.startsWith("analyze: ")).toList();
    assertEquals(3, rejections.size(), r.err());
    assertTrue(rejections.get(0).startsWith(empty + ": "), rejections.get(0));
    assertTrue(rejections.get(1).startsWith(broken + ":"), rejections.get(1));
    assertTrue(rejections.get(2).startsWith(missing + ": "), rejections.get(2));
    assertTrue(r.out().contains("rejected                3"), r.out());
    assertTrue(r.out().contains("articles stored         0"), r.out());
    assertTrue(Files.exists(db));
  }

  @Test void analyzeUsageErrorsExitNonZero() {
    Run noPath = run("analyze", "--db", dir.resolve("ng.db").toString());
    assertEquals(2, noPath.code());
    assertTrue(noPath.err().contains("PATH"), noPath.err());
    Run badDate = run("analyze", "x.txt", "--published", "20/11/2014", "--db", dir.resolve("ng.db").toString());
    assertEquals(2, badDate.code());
    assertTrue(badDate.err().contains("--published must be a date like 2014-11-20"), badDate.err());
  }

  @Test void analyzeFailsWhenTheStoreCannotBeOpened() throws Exception {
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    Run r = run("analyze", "x.txt", "--db", notADir.resolve("ng.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("newsgraph analyze: cannot open store"), r.err());
  }

  @Test void exportWritesJsonLinesAndNothingElseToStdout() throws Exception {
    Path db = dir.resolve("ng.db");
    try (Store store = Store.open(db)) {
      store.write(List.of(Samples.analyze(Samples.article("a1")), Samples.analyze(Samples.article("a2"))));
    }
    Run r = run("export", "events", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size());
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      JsonNode n = json.readTree(l);
      assertTrue(n.has("event_id") && n.has("mentions"), l);
    }
    Run articles = run("export", "articles", "--db", db.toString(), "--format", "jsonl");
    assertEquals(2, articles.out().lines().count());

    Path out = dir.resolve("events.tsv");
    Run gdelt = run("export", "events", "--db", db.toString(), "--format", "gdelt", "--out", out.toString());
    assertEquals(0, gdelt.code(), gdelt.err());
    assertEquals("", gdelt.out());
    assertTrue(Files.readAllLines(out).stream().allMatch(l -> l.split("\t", -1).length == 61));

    Path parquet = dir.resolve("articles.parquet");
    assertEquals(0, run("export", "articles", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString()).code());
    assertTrue(Files.size(parquet) > 0);
  }

  @Test void exportErrors() throws Exception {
    Path db = dir.resolve("ng.db");
    Run missing = run("export", "events", "--db", db.toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no store at"), missing.err());
    assertFalse(Files.exists(db), "export does not create a store");
    Store.open(db).close();
    Run kind = run("export", "people", "--db", db.toString());
    assertEquals(2, kind.code());
    assertTrue(kind.err().contains("KIND must be articles, events, mentions or stories"), kind.err());
    Run format = run("export", "articles", "--format", "gdelt", "--db", db.toString());
    assertEquals(2, format.code());
    assertTrue(format.err().contains("gdelt is for events and mentions"), format.err());
    assertEquals("", format.out());
  }

  @Test void helpExplainsTheCommands() {
    Run analyze = run("analyze", "--help");
    assertEquals(0, analyze.code());
    assertTrue(analyze.out().contains("Usage: newsgraph analyze"), analyze.out());
    assertTrue(analyze.out().contains("--published"), analyze.out());
    Run export = run("export", "--help");
    assertEquals(0, export.code());
    assertTrue(export.out().contains("61-column"), export.out());
  }

  @Test void progressLines() {
    Newsgraph.Status s = new Newsgraph.Status(10, true, 4, 1, 0, 2, 4, Duration.ofSeconds(5));
    assertEquals("[############............] 5/10 articles, 1.0 articles/s, ETA 5.0 s, 2 rejected",
        AnalyzeCommand.ProgressLine.line(s));
    Newsgraph.Status reading = new Newsgraph.Status(10, false, 4, 1, 0, 0, 4, Duration.ofSeconds(5));
    assertEquals("5/10+ articles, 1.0 articles/s", AnalyzeCommand.ProgressLine.line(reading));
  }
}
