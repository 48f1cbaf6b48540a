package org.newsgraph.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH unit suite (third-party, read from the shared folder at test time): coded from its
 * gold parses with its own dictionaries. No CoreNLP models are loaded, so this is not a slow test.
 */
class PetrarchUnitSuiteTest {

  /** The pass rate reached; a floor, so it can only go up. */
  static final double FLOOR = 0.95;

  static Path suite() {
    Path shared = Path.of(System.getProperty("ng.shared", "/work/shared"));
    return shared.resolve("eval/petrarch2-unittest/PETR.UnitTest.records.xml");
  }

  @Test void unitSuiteScoresAboveTheFloorAndNothingCrashes() throws Exception {
    Path file = suite();
    assumeTrue(org.newsgraph.SharedData.present("eval/petrarch2-unittest/PETR.UnitTest.records.xml"), "PETRARCH unit suite not available: " + file);
    Validation v = Validation.read(file);
    Validation.Report r = v.run(new PetrarchCoder(v.dictionaries()));
    assertEquals(355, r.expected(), "expected codings in the included categories");
    assertEquals(0, r.crashed(), "records that crashed the coder");
    for (Validation.Outcome o : r.outcomes()) assertEquals(null, o.error(), o.record().id());
    assertTrue(r.rate() >= FLOOR, "pass rate " + r.rate() + " fell below " + FLOOR);
  }

  @Test void phoenixDictionariesLoadThroughTheSpecAndCodeByDate() throws Exception {
    Path dir = Path.of(System.getProperty("ng.shared", "/work/shared")).resolve("reference/petrarch2-dictionaries");
    assumeTrue(org.newsgraph.SharedData.present("reference/petrarch2-dictionaries"), "PETRARCH2 dictionaries not available: " + dir);
    Dictionaries d = Dictionaries.load("petrarch:" + dir);
    assertTrue(d.isPetrarch());
    PetrarchDictionaries p = d.petrarch();
    assertTrue(p.actors().entries().size() > 20000, "actors: " + p.actors().entries().size());
    assertTrue(p.agents().entries().size() > 3000, "agents: " + p.agents().entries().size());
    assertTrue(p.verbs().blocks().size() > 300, "verb blocks: " + p.verbs().blocks().size());
    PetrarchActors.Entry putin = p.actors().entries().stream()
        .filter(e -> e.phrases().contains(java.util.List.of("VLADIMIR", "PUTIN"))).findFirst().orElseThrow();
    assertEquals(java.util.List.of("RUSGOV"), putin.codesOn(java.time.LocalDate.of(2014, 11, 19)));
    assertEquals(java.util.List.of("RUSELI"), putin.codesOn(java.time.LocalDate.of(1995, 1, 1)));
  }

  @Test void newsgraphCoderRunsTheSuiteWithConvertedPatternsWithoutCrashing() throws Exception {
    Path file = suite();
    assumeTrue(org.newsgraph.SharedData.present("eval/petrarch2-unittest/PETR.UnitTest.records.xml"), "PETRARCH unit suite not available: " + file);
    Validation v = Validation.read(file);
    PetrarchDictionaries d = v.dictionaries();
    PetrarchPatterns.Conversion c = PetrarchPatterns.convert(d.verbs(), org.newsgraph.events.Cameo.bundled());
    assertTrue(c.converted() > 300, "converted patterns: " + c.converted());
    assertTrue(c.cameo().contains("1717"), "PETRARCH-only codes are added to the ontology");
    Validation.Report r = v.run(Validation.newsgraph(d));
    assertEquals(0, r.crashed(), "records that crashed our coder");
    assertTrue(r.found() > 0);
  }
}
