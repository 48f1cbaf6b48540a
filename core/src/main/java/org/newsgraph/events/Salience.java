package org.newsgraph.events;

import java.util.List;

/**
 * Picks the most salient of a sentence's events: the one whose trigger is syntactically most
 * prominent (smallest dependency depth: the main clause before its complements, so "urged X to lift
 * sanctions" is an appeal and "claimed responsibility for the attacks" a statement), then actual
 * before planned before hypothetical, then the leftmost. Negated events never count: they did not happen.
 */
public final class Salience {
  private Salience() {}

  /** The most salient event, or null. */
  public static EventMention of(List<EventMention> events) {
    EventMention best = null;
    for (EventMention e : events) {
      if (e.mode().equals("negated")) continue;
      if (best == null || compare(e, best) < 0) best = e;
    }
    return best;
  }

  /**
   * A plain statement without a target (010, speaker only: "the minister said ..."): the sentence's
   * event only when nothing else is. Denials, comments and the other 01x codes say more and stand.
   */
  public static boolean bareStatement(EventMention e) {
    return e.target() == null && "010".equals(e.code());
  }

  private static int compare(EventMention a, EventMention b) {
    if (a.sentence() != b.sentence()) return Integer.compare(a.sentence(), b.sentence());
    if (a.depth() != b.depth()) return Integer.compare(a.depth(), b.depth());
    int ma = rank(a.mode()), mb = rank(b.mode());
    if (ma != mb) return Integer.compare(ma, mb);
    return Integer.compare(a.triggerStart(), b.triggerStart());
  }

  private static int rank(String mode) {
    return switch (mode) {
      case "actual" -> 0;
      case "planned" -> 1;
      default -> 2;
    };
  }

  /**
   * The five-way class of the salient event: 0 for a statement or appeal (roots 01–02) or no event,
   * else the event's quad class 1..4 (GDELT's).
   */
  public static int label(List<EventMention> events) {
    EventMention e = of(events);
    if (e == null || e.rootCode().compareTo("03") < 0) return 0;
    return e.quadClass();
  }
}
