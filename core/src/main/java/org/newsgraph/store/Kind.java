package org.newsgraph.store;

import java.util.Locale;

/**
 * The kinds of output record, each read from one view of the store (db/V4__record_views.sql) in
 * the shape interfaces.md documents.
 */
public enum Kind {
  ARTICLES("article_records", "id", "published NULLS LAST, id"),
  EVENTS("event_records", "event_id", "date NULLS LAST, event_id"),
  MENTIONS("mention_records", "event_id", "article_id, idx"),
  STORIES("story_records", "story_id", "first_published NULLS LAST, story_id");

  final String view;
  final String key;
  final String order;

  Kind(String view, String key, String order) {
    this.view = view;
    this.key = key;
    this.order = order;
  }

  /** "articles", "events", ... as written on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "articles", "events", "mentions" or "stories" (any case). */
  public static Kind of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
