package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
  private static final LocalDate WED = LocalDate.parse("2014-11-19");

  private static Sentence sentence(String... words) {
    Token[] t = new Token[words.length];
    for (int i = 0; i < words.length; i++) {
      t[i] = new Token(i, words[i], words[i], words[i].equals("will") ? "MD" : "X", "O", 0, 0);
    }
    return new Sentence(0, 0, 0, "", List.of(t), List.of());
  }

  @Test
  void weekdaysLeanToThePast() {
    Sentence past = sentence("They", "met", "on", "Friday");
    assertEquals("2014-11-14", RelativeDates.resolve("Friday", "2014-11-21", WED, past, 3));
    assertEquals("2014-11-19", RelativeDates.resolve("Wednesday", "2014-11-19", WED, past, 3));
    assertEquals("2014-11-18", RelativeDates.resolve("on Tuesday", "2014-11-18", WED, past, 3));
    assertEquals("2014-11-14TNI", RelativeDates.resolve("Friday night", "2014-11-21TNI", WED, past, 3));
  }

  @Test
  void futureAndExplicitReferencesAreKept() {
    assertEquals("2014-11-21", RelativeDates.resolve("Friday", "2014-11-21", WED, sentence("They", "will", "meet", "Friday"), 3));
    assertEquals("2014-11-24", RelativeDates.resolve("next Monday", "2014-11-24", WED, sentence("x"), 0));
    assertEquals("2014-11-17", RelativeDates.resolve("last Monday", "2014-11-17", WED, sentence("x"), 0));
    assertEquals("2011", RelativeDates.resolve("2011", "2011", WED, sentence("x"), 0));
    assertEquals("2014-11-21", RelativeDates.resolve("Friday", "2014-11-21", null, sentence("x"), 0));
  }

  @Test
  void bareMonthsLeanToThePast() {
    assertEquals("2014-02", RelativeDates.resolve("February", "2015-02", WED, sentence("x"), 0));
    assertEquals("2014-02-05", RelativeDates.resolve("February 5", "2015-02-05", WED, sentence("x"), 0));
    assertEquals("2014-11", RelativeDates.resolve("November", "2014-11", WED, sentence("x"), 0));
    assertEquals("2015-02", RelativeDates.resolve("February", "2015-02", WED, sentence("It", "will", "open", "in", "February"), 4));
    assertEquals("2015-02", RelativeDates.resolve("February 2015", "2015-02", WED, sentence("x"), 0));
  }

  @Test
  void aHeadlineInfinitivePointsForward() {
    // Obama to visit Kenya in February  (parsed: visit is the root, with its own subject and "to")
    String[] w = {"Obama", "to", "visit", "Kenya", "in", "February"};
    Token[] t = new Token[w.length];
    for (int i = 0; i < w.length; i++) t[i] = new Token(i, w[i], w[i], "X", "O", 0, 0);
    List<Dependency> deps = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
        new Dependency(2, 1, "mark"), new Dependency(2, 3, "obj"), new Dependency(2, 5, "obl:in"), new Dependency(5, 4, "case"));
    Sentence headline = new Sentence(0, 0, 0, "", List.of(t), deps);
    assertEquals("2015-02", RelativeDates.resolve("February", "2015-02", WED, headline, 5));
    List<Dependency> prose = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
        new Dependency(2, 3, "obj"), new Dependency(2, 5, "obl:in"), new Dependency(5, 4, "case"));
    // the same words without the "to" marker on the verb: a report, leaning to the past as before
    assertEquals("2014-02", RelativeDates.resolve("February", "2015-02", WED, new Sentence(0, 0, 0, "", List.of(t), prose), 5));
  }
}
