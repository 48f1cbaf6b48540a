package org.newsgraph.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A page of records in their documented shape (interfaces.md) with the number of all that match.
 * The nodes are fresh for each answer: the caller may keep or change them.
 */
public record Page(long total, int limit, int offset, List<JsonNode> items) {
  public Page {
    items = List.copyOf(items);
  }
}
