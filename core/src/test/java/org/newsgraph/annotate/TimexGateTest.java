package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TimexGateTest {
  @Test
  void anchorsAreDigitsAndTimeWords() {
    for (String w : new String[] {"2011", "1990s", "Tuesday", "weeks", "mid-October", "Jan.", "centuries", "year's",
        "Christmas", "tonight", "ago", "fifteen", "a.m."}) {
      assertTrue(TimexGate.anchor(w), w);
    }
    for (String w : new String[] {"Ministers", "met", "in", "Brussels", "the", "talks", "sanctions", ","}) {
      assertFalse(TimexGate.anchor(w), w);
    }
  }

  @Tag("slow")
  @Test
  void gatedSutimeStillFindsEveryAnchoredDate() {
    Annotator a = Annotator.shared();
    assertTrue(a.timexGated(), "the gate is installed in CoreNLP's NER");
    String body = "Ministers met in Brussels to discuss sanctions.\n\n"
        + "They met last week and will meet again on Christmas Eve, a day after the vote.";
    Document d = a.annotate(AnnotatorTest.article(body, LocalDate.parse("2014-11-19")));
    assertEquals("last week|Christmas Eve|a day",
        d.times().stream().map(TimeExpression::text).collect(Collectors.joining("|")));
    assertTrue(d.times().stream().allMatch(t -> t.sentence() == 1));
  }
}
