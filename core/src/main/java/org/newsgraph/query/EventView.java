package org.newsgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An event record with its mention records, each with article_title, article_source and article_published. */
public record EventView(JsonNode event, List<JsonNode> mentions) {
  public EventView {
    mentions = List.copyOf(mentions);
  }
}
