package org.newsgraph.events;

import java.util.List;

/**
 * Picks the most salient of a sentence's (or article's) events: the first actual or planned event
 * that is not a plain statement/appeal, else the first statement or appeal. Negated and hypothetical
 * events are never salient: they did not happen.
 */
public final class Salience {
  private Salience() {}

  /** The most salient event, or null. */
  public static EventMention of(List<EventMention> events) {
    EventMention best = null;
    int bestRank = Integer.MAX_VALUE;
    for (EventMention e : events) {
      if (e.mode().equals("negated")) continue;
      int rank = (e.rootCode().compareTo("03") < 0 ? 10 : 0) + (e.mode().equals("actual") ? 0 : e.mode().equals("planned") ? 1 : 2);
      if (rank < bestRank) {
        best = e;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * The five-way class of the salient event, as Multi-CoPED labels sentences: 0 statement, appeal
   * (roots 01–02) or no event; else the quad class 1..4.
   */
  public static int label(List<EventMention> events) {
    EventMention e = of(events);
    if (e == null || e.rootCode().compareTo("03") < 0) return 0;
    return e.quadClass();
  }
}
