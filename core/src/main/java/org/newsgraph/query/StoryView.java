package org.newsgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A story record with its articles (id, title, source, url, published, dateline, tone) and event records. */
public record StoryView(JsonNode story, List<JsonNode> articles, List<JsonNode> events) {
  public StoryView {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }
}
