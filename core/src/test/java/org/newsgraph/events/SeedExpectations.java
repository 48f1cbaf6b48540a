package org.newsgraph.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "events" section of /work/shared/acceptance/seeds.json, checked against coded events: an expected
 * event matches a found one when source and target codes start with the given prefixes (either way
 * round where either_direction), the root is one of the roots, the date (where given) is equal, and the
 * mode is actual (planned and hypothetical events are not done).
 */
final class SeedExpectations {
  record Expected(String id, String what, List<String> articles, List<String> sources, List<String> targets,
                  boolean eitherDirection, List<String> roots, String date) {}

  final List<Expected> must = new ArrayList<>();
  final List<Expected> should = new ArrayList<>();

  static SeedExpectations load() throws IOException {
    JsonNode root = new ObjectMapper().readTree(Docs.shared().resolve("acceptance/seeds.json").toFile());
    SeedExpectations s = new SeedExpectations();
    for (JsonNode e : root.path("events").path("must")) s.must.add(expected(e));
    for (JsonNode e : root.path("events").path("should")) s.should.add(expected(e));
    return s;
  }

  private static Expected expected(JsonNode e) {
    List<String> articles = new ArrayList<>();
    e.path("articles").forEach(a -> articles.add(a.asText()));
    List<String> roots = new ArrayList<>();
    e.path("roots").forEach(r -> roots.add(r.asText()));
    return new Expected(e.path("id").asText(), e.path("what").asText(), articles,
        List.of(e.path("source").asText().split("\\|", -1)), List.of(e.path("target").asText().split("\\|", -1)),
        e.path("either_direction").asBoolean(false), roots, e.hasNonNull("date") ? e.path("date").asText() : null);
  }

  /** The first event of {@code events} that matches {@code x}, or null. */
  static EventMention find(Expected x, List<EventMention> events) {
    for (EventMention m : events) {
      if (!m.mode().equals("actual")) continue;
      if (!x.roots().contains(m.rootCode())) continue;
      if (x.date() != null && !x.date().equals(m.date())) continue;
      String s = m.source() == null ? "" : m.source().code();
      String t = m.target() == null ? "" : m.target().code();
      if ((prefix(s, x.sources()) && prefix(t, x.targets()))
          || (x.eitherDirection() && prefix(t, x.sources()) && prefix(s, x.targets()))) {
        return m;
      }
    }
    return null;
  }

  private static boolean prefix(String code, List<String> prefixes) {
    for (String p : prefixes) {
      if (p.isEmpty() ? code.isEmpty() : code.startsWith(p)) return true;
    }
    return false;
  }

  /** One line per expectation: found or missing, for the test report. */
  static String report(List<Expected> xs, Map<String, List<EventMention>> byArticle) {
    StringBuilder b = new StringBuilder();
    for (Expected x : xs) {
      for (String a : x.articles()) {
        EventMention m = find(x, byArticle.get(a));
        b.append(x.id()).append(' ').append(a, 0, 3).append(' ').append(m == null ? "MISSING " : "found   ")
            .append(x.what());
        if (m != null) b.append("  ← ").append(m.source().code()).append("→").append(m.target() == null ? "-" : m.target().code())
            .append(' ').append(m.code()).append(' ').append(m.date()).append(" '").append(m.trigger()).append('\'');
        b.append('\n');
      }
    }
    return b.toString();
  }
}
