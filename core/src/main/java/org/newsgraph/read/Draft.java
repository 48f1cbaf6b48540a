package org.newsgraph.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers have found out about one article so far. Each field is set once: whoever finds
 * it first (structured metadata before text heuristics, both before URL guesses) wins.
 */
final class Draft {
  String title;
  String byline;
  String source;
  String url;
  LocalDate published;
  String dateline;
  String agency;
  String body;
  final List<String> captions = new ArrayList<>();
  final Map<String, String> metadata = new LinkedHashMap<>();

  void title(String v) { if (title == null && !blank(v)) title = v.strip(); }
  void byline(String v) { if (byline == null && !blank(v)) byline = v.strip(); }
  void source(String v) { if (source == null && !blank(v)) source = v.strip(); }
  void url(String v) { if (url == null && !blank(v)) url = v.strip(); }
  void published(LocalDate v) { if (published == null) published = v; }
  void dateline(String v) { if (dateline == null && !blank(v)) dateline = v.strip(); }
  void caption(String v) { if (!blank(v) && !captions.contains(v.strip())) captions.add(v.strip()); }
  void meta(String key, String v) { if (!blank(v)) metadata.putIfAbsent(key, v.strip()); }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
