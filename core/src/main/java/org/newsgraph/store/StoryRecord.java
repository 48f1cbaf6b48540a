package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as stored: articles about the same happening across outlets, with the events they
 * report. Written by the stories stage through {@link Store#writeStories}.
 */
public record StoryRecord(String storyId, String title, LocalDate firstPublished, LocalDate lastPublished,
                          List<String> articleIds, List<String> sources, List<Long> eventIds) {
  public StoryRecord {
    articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    sources = sources == null ? List.of() : List.copyOf(sources);
    eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
  }
}
