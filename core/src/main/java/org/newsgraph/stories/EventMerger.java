package org.newsgraph.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.events.EventMention;
import org.newsgraph.places.Location;
import org.newsgraph.store.Store;

/**
 * Folds the event mentions of a story's articles into events. A mention joins an event with the
 * same root code, the same actors (by country, or code when an actor has none; either
 * direction for symmetric roots such as meetings), the same mode, and a compatible date (equal,
 * one a prefix of the other, or either unknown). Mentions with precise dates are placed first;
 * among compatible events a mention prefers one that already holds a mention of its sentence,
 * then one of exactly its date, then the earliest. Deterministic.
 */
final class EventMerger {
  private EventMerger() {}

  private static final class Builder {
    final String root, src, tgt, mode;
    String date;
    final List<EventMention> mentions = new ArrayList<>();

    Builder(EventMention m) {
      root = m.rootCode();
      src = StoryArticle.actorKey(m.source());
      tgt = StoryArticle.actorKey(m.target());
      mode = mode(m);
      date = m.date();
    }

    boolean accepts(EventMention m, Set<String> symmetric) {
      if (!java.util.Objects.equals(root, m.rootCode()) || !mode.equals(mode(m))) return false;
      String s = StoryArticle.actorKey(m.source()), t = StoryArticle.actorKey(m.target());
      boolean actors = (src.equals(s) && tgt.equals(t)) || (symmetric.contains(root) && src.equals(t) && tgt.equals(s));
      return actors && compatible(date, m.date());
    }

    boolean hasSentence(EventMention m) {
      for (EventMention x : mentions) {
        if (x.sentence() == m.sentence() && x.articleId().equals(m.articleId())) return true;
      }
      return false;
    }

    void add(EventMention m) {
      mentions.add(m);
      if (m.date() != null && (date == null || m.date().length() > date.length())) date = m.date();
    }
  }

  static boolean compatible(String a, String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a);
  }

  private static String mode(EventMention m) {
    return m.mode() == null ? "actual" : m.mode();
  }

  /** The events of one story from its articles (in arrival order). */
  static List<Event> merge(String storyId, List<ArticleFacts> articles, Set<String> symmetricRoots) {
    List<Builder> builders = new ArrayList<>();
    Map<String, ArticleFacts> byId = new LinkedHashMap<>();
    List<EventMention> mentions = new ArrayList<>();
    for (ArticleFacts a : articles) {
      byId.put(a.id(), a);
      mentions.addAll(a.events());
    }
    // Precise dates first, so a vaguer mention can then join the event its sentence already went to.
    List<EventMention> ordered = new ArrayList<>(mentions);
    ordered.sort(java.util.Comparator.comparingInt(m -> -(m.date() == null ? 0 : m.date().length())));
    for (EventMention m : ordered) {
      Builder into = null;
      int best = -1;
      for (Builder b : builders) {
        if (!b.accepts(m, symmetricRoots)) continue;
        int pref = (b.hasSentence(m) ? 2 : 0) + (m.date() != null && m.date().equals(b.date) ? 1 : 0);
        if (pref > best) {
          best = pref;
          into = b;
        }
      }
      if (into == null) {
        into = new Builder(m);
        builders.add(into);
      }
      into.add(m);
    }
    // Report mentions in article order within each event.
    Map<EventMention, Integer> order = new java.util.IdentityHashMap<>();
    for (int i = 0; i < mentions.size(); i++) order.put(mentions.get(i), i);
    for (Builder b : builders) b.mentions.sort(java.util.Comparator.comparingInt(order::get));
    builders.sort(java.util.Comparator.comparingInt(b -> order.get(b.mentions.get(0))));
    List<Event> events = new ArrayList<>(builders.size());
    for (Builder b : builders) events.add(build(storyId, b, byId));
    return events;
  }

  private static Event build(String storyId, Builder b, Map<String, ArticleFacts> byId) {
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (EventMention m : b.mentions) codes.merge(m.code(), 1, Integer::sum);
    String code = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : codes.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        code = e.getKey();
      }
    }
    EventMention first = b.mentions.get(0);
    EventMention rep = first;
    for (EventMention m : b.mentions) {
      if (m.code().equals(code)) {
        rep = m;
        break;
      }
    }
    Location location = null;
    for (EventMention m : b.mentions) {
      if (m.location() != null) {
        location = m.location();
        break;
      }
    }
    Set<String> articles = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (EventMention m : b.mentions) {
      articles.add(m.articleId());
      ArticleFacts f = byId.get(m.articleId());
      if (f != null && f.copyOf() == null) outlets.add(f.outlet());
    }
    ActorMention source = first.source(), target = first.target();
    return new Event(Store.eventId(first.articleId(), first), storyId, b.date, precision(b.date), source, target,
        code, b.root, rep.quadClass(), rep.goldstein(), location, b.mode, b.mentions.size(),
        outlets.size(), articles.size(), b.mentions);
  }

  static String precision(String date) {
    if (date == null) return "unknown";
    return switch (date.length()) {
      case 10 -> "day";
      case 7 -> "month";
      case 4 -> "year";
      default -> "unknown";
    };
  }
}
