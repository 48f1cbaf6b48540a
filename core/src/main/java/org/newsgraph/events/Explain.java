package org.newsgraph.events;

import java.util.List;
import org.newsgraph.actors.ActorMention;

/** Human-readable explanations of event mentions: what {@code newsgraph explain} prints. */
public final class Explain {
  private Explain() {}

  /** The mentions of one event, each with its sentence, actors, code, date, mode and why. */
  public static String of(long eventId, List<EventMention> mentions, Cameo cameo) {
    StringBuilder b = new StringBuilder();
    b.append("event ").append(eventId).append(": ").append(mentions.size()).append(mentions.size() == 1 ? " mention" : " mentions").append('\n');
    for (EventMention m : mentions) b.append('\n').append(of(m, cameo));
    return b.toString();
  }

  /** One mention, several lines. */
  public static String of(EventMention m, Cameo cameo) {
    String name = cameo == null ? null : cameo.get(m.code()).map(Cameo.Code::name).orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("article   ").append(m.articleId()).append(", sentence ").append(m.sentence())
        .append(" [").append(m.start()).append('-').append(m.end()).append(")\n");
    b.append("text      ").append(m.text()).append('\n');
    b.append("code      ").append(m.code()).append(name == null ? "" : " " + name).append(" (root ").append(m.rootCode())
        .append(", quad ").append(m.quadClass()).append(", Goldstein ").append(m.goldstein()).append(")\n");
    b.append("source    ").append(actor(m.source())).append('\n');
    b.append("target    ").append(actor(m.target())).append('\n');
    b.append("trigger   ").append(m.trigger()).append(m.triggerStart() >= 0 ? " [" + m.triggerStart() + "-" + m.triggerEnd() + ")" : "").append('\n');
    b.append("pattern   ").append(m.pattern()).append('\n');
    b.append("date      ").append(m.date() == null ? "unknown" : m.date()).append(" (").append(m.datePrecision()).append(")\n");
    if (m.location() != null) {
      b.append("place     ").append(m.location().name()).append(", ").append(m.location().countryCode())
          .append(m.location().lat() == null ? "" : " (" + m.location().lat() + ", " + m.location().lon() + ")").append('\n');
    }
    b.append("mode      ").append(m.mode()).append(", confidence ").append(m.confidence()).append('\n');
    b.append("why       ").append(m.why()).append('\n');
    return b.toString();
  }

  private static String actor(ActorMention a) {
    if (a == null) return "-";
    return a.code() + " '" + a.text() + "' [" + a.start() + "-" + a.end() + ")" + (a.name() == null ? "" : " = " + a.name())
        + (a.evidence() == null ? "" : "; " + a.evidence());
  }
}
