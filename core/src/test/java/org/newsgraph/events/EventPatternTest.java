package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.events.EventPattern.Element;
import org.newsgraph.events.EventPattern.Kind;
import org.newsgraph.events.EventPattern.Slot;

class EventPatternTest {

  @Test
  void parsesMarkersSlotsParticlesAndAlternatives() {
    List<EventPattern> ps = EventPattern.parse(Kind.VERB, "0311",
        "pledge|vow to ramp_up|expand economic tie with +", "verbs.txt:7");
    assertEquals(2, ps.size());
    EventPattern p = ps.get(0);
    assertEquals("pledge", p.trigger());
    assertEquals("vow", ps.get(1).trigger());
    assertNull(p.particle());
    List<Element> e = p.elements();
    assertEquals(4, e.size());
    assertEquals(Set.of("to"), e.get(0).markers());
    assertEquals(Set.of("ramp", "expand"), e.get(0).lemmas());
    assertEquals(Map.of("ramp", "up"), e.get(0).particles());
    assertEquals(Set.of("economic"), e.get(1).lemmas());
    assertEquals(Set.of("tie"), e.get(2).lemmas());
    assertEquals(Set.of("with"), e.get(3).markers());
    assertEquals(Slot.TARGET, e.get(3).slot());
    assertTrue(e.get(3).lemmas().isEmpty());
    assertTrue(p.hasTarget());
    assertEquals("verbs.txt:7", p.origin());
  }

  @Test
  void trailingMarkerWordSlotsAndTriggerParticle() {
    EventPattern accuse = EventPattern.parse(Kind.VERB, "112", "accuse + of", "t").get(0);
    assertEquals(Slot.TARGET, accuse.elements().get(0).slot());
    assertTrue(accuse.elements().get(1).markerOnly());
    EventPattern attack = EventPattern.parse(Kind.VERB, "111", "attack resolution|report+", "t").get(0);
    assertEquals(Set.of("resolution", "report"), attack.elements().get(0).lemmas());
    assertEquals(Slot.TARGET, attack.elements().get(0).slot());
    EventPattern breakOff = EventPattern.parse(Kind.VERB, "164", "break_off talk with +", "t").get(0);
    assertEquals("break", breakOff.trigger());
    assertEquals("off", breakOff.particle());
    EventPattern visit = EventPattern.parse(Kind.NOUN, "043", "visit by|from $", "t").get(0);
    assertEquals(Set.of("by", "from"), visit.elements().get(0).markers());
    assertTrue(visit.hasSource());
    assertTrue(breakOff.specificity() > EventPattern.parse(Kind.VERB, "164", "break_off talk", "t").get(0).specificity());
  }

  @Test
  void badPatternsFailWithTheirOrigin() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventPattern.parse(Kind.VERB, "04x", "meet +", "verbs.txt:3"));
    assertTrue(e.getMessage().startsWith("verbs.txt:3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventPattern.parse(Kind.VERB, "040", "+ meet", "x"));
    assertThrows(IllegalArgumentException.class, () -> EventPattern.parse(Kind.VERB, "040", "meet + with +", "x"));
    assertThrows(IllegalArgumentException.class, () -> EventPattern.parse(Kind.VERB, "040", "meet a||b", "x"));
  }

  @Test
  void builderIndexesByTriggerMostSpecificFirst() {
    EventPatterns ps = EventPatterns.builder()
        .verb("040", "meet +")
        .verb("040", "meet with +", "mine.txt:2")
        .noun("040", "meeting with +")
        .build();
    assertEquals(2, ps.verbs("meet").size());
    assertEquals("meet with +", ps.verbs("meet").get(0).text());
    assertEquals(1, ps.nouns("meeting").size());
    assertTrue(ps.verbs("meeting").isEmpty());
    assertEquals(3, ps.size());
    // the builder starts with the bundled modality cues
    assertEquals("hypothetical", ps.cue("aux", "would"));
    assertEquals("negated", ps.cue("negation", "not"));
    assertTrue(ps.reciprocal("04"));
  }

  @Test
  void readsFilesAndCues() throws Exception {
    EventPatterns ps = EventPatterns.builder()
        .read(new BufferedReader(new StringReader("# comment\n043\treceive +   # host\n\n")), "verbs.txt")
        .read(new BufferedReader(new StringReader("040 meeting with +\n")), "/some/dir/nouns.txt")
        .read(new BufferedReader(new StringReader("governor\tvow|swear\tplanned\nrecode\t-07\t122\n")), "event-cues.tsv")
        .build();
    assertEquals("verbs.txt:2", ps.verbs("receive").get(0).origin());
    assertEquals("nouns.txt:1", ps.nouns("meeting").get(0).origin());
    assertEquals("planned", ps.cue("governor", "swear"));
    assertEquals("122", ps.recode("-070"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder()
        .read(new BufferedReader(new StringReader("\n\ngovernor vow\n")), "event-cues.tsv"));
    assertTrue(e.getMessage().startsWith("event-cues.tsv:3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventPatterns.builder().cue("aux", "would", "maybe"));
  }

  @Test
  void bundledPatternsCoverAllRootsAndExistInCameo() {
    EventPatterns ps = EventPatterns.bundled();
    Cameo cameo = Cameo.bundled();
    Set<String> roots = new java.util.TreeSet<>();
    for (EventPattern p : ps.all()) {
      assertTrue(cameo.contains(p.code()), p.toString());
      roots.add(cameo.code(p.code()).root());
    }
    assertEquals(20, roots.size(), roots.toString());
    assertTrue(ps.size() > 400, "patterns: " + ps.size());
    // intent and refusal recoding: longest prefix wins
    assertEquals("033", ps.recode("070"));
    assertEquals("0333", ps.recode("073"));
    assertEquals("0353", ps.recode("0841"));
    assertEquals("1312", ps.recode("163"));
    assertEquals("1243", ps.recode("-0841"));
    assertNull(ps.recode("112"));
    // every recode target is a real code
    for (String c : List.of("04", "05", "06", "07", "08", "14", "16", "17", "18", "19", "20")) {
      String r = ps.recode(c + "0");
      if (r != null) assertTrue(cameo.contains(r), c + " → " + r);
    }
  }

  @Test
  void coderRejectsPatternsWithCodesOutsideTheOntology() {
    EventPatterns ps = EventPatterns.builder().verb("0999", "frobnicate +").build();
    assertThrows(IllegalArgumentException.class,
        () -> new EventCoder(null, ps, Cameo.bundled(), null));
  }
}
