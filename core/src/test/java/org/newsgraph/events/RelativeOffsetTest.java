package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;

/** "a day after", "two days after", "a week before": the event dated from the date it is counted from. */
@Tag("slow")
class RelativeOffsetTest {
  static List<EventMention> code(String body, LocalDate published) {
    Document d = Annotator.shared().annotate(Docs.article("r", body, published));
    return new EventCoder().code(d);
  }

  static EventMention talks(List<EventMention> events) {
    return events.stream().filter(e -> e.rootCode().equals("04") && "talks".equals(e.trigger())).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void talksCountedBackFromTheClauseDate() {
    // published Friday 21 November 2014, "on Friday" the same day: the talks two days before, on the 19th
    List<EventMention> e = code("Vladimir Putin criticised the United States on Friday, two days after holding talks "
        + "with Chinese President Xi Jinping.", LocalDate.of(2014, 11, 21));
    EventMention t = talks(e);
    assertEquals("2014-11-19", t.date(), t.why());
    assertTrue(t.why().contains("-2 day(s): 'two days after'"), t.why());
  }

  @Test
  void withoutADateTheOffsetCountsFromPublication() {
    List<EventMention> e = code("Vladimir Putin called for closer ties with China, a day after talks with Chinese "
        + "President Xi Jinping.", LocalDate.of(2014, 11, 19));
    assertEquals("2014-11-18", talks(e).date(), talks(e).why());
  }
}
