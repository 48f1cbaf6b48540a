package org.newsgraph.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTest {
  static List<Tsv.Row> read(String text) throws Exception {
    return Tsv.read(new BufferedReader(new StringReader(text)), "x.tsv");
  }

  @Test void commentsBlanksBomAndCells() throws Exception {
    List<Tsv.Row> rows = read("\uFEFF# code\tname\n\nRUS\t Russia \tRussian|Russians\n  # indented comment\nPRK\n");
    assertEquals(2, rows.size());
    assertEquals("x.tsv:3", rows.get(0).origin());
    assertArrayEquals(new String[] {"RUS", "Russia", "Russian|Russians"}, rows.get(0).cells());
    assertEquals(List.of("Russian", "Russians"), Tsv.list(rows.get(0).cell(2)));
    assertEquals("", rows.get(1).cell(3), "past the end: empty");
    assertArrayEquals(new String[] {"PRK", "", ""}, rows.get(1).cells(3));
    assertEquals("x.tsv:5: bad", rows.get(1).error("bad").getMessage());
    assertEquals(List.of(), Tsv.list(""));
  }

  @Test void sections() throws Exception {
    Map<String, List<String>> s = Tsv.sections(read("before\n[drop]\n^Advertisement$\n[host]\nbbc.co.uk\tBBC\n"));
    assertEquals(List.of("before"), s.get(""));
    assertEquals(List.of("^Advertisement$"), s.get("drop"));
    assertEquals(List.of("bbc.co.uk\tBBC"), s.get("host"), "tabs inside a line kept");
  }

  @Test void bundledThenTheUsersRows(@TempDir Path dir) throws Exception {
    List<Tsv.Row> bundled = Tsv.bundled("countries.tsv");
    assertTrue(bundled.size() > 190, "every country: " + bundled.size());
    assertEquals(bundled.size(), Tsv.withUser("countries.tsv", dir).size(), "no user file: bundled only");
    Files.writeString(dir.resolve("countries.tsv"), "XNL\tXN\tXN\tNeverland\n");
    List<Tsv.Row> both = Tsv.withUser("countries.tsv", dir);
    assertEquals(bundled.size() + 1, both.size());
    Tsv.Row last = both.get(both.size() - 1);
    assertEquals("Neverland", last.cell(3));
    assertTrue(last.origin().endsWith("countries.tsv:1") && last.origin().startsWith(dir.toString()), last.origin());
    assertThrows(IllegalStateException.class, () -> Tsv.bundled("no-such-file.tsv"));
    assertFalse(Tsv.cells("scheduling-verbs.txt").isEmpty());
  }
}
