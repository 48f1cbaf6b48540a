package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One output record of the clustering stage.
 *
 * @param node which block's story produced it ({@code block|story_id}); reconciliation drops the
 *             records of stories that are clustered again
 * @param kind articles, events, mentions, stories, gdelt-events, gdelt-mentions or place
 * @param key  article id, event id or story id
 * @param json the record as the CLI's export writes it (JSON), or a TSV line for GDELT
 */
record Out(String node, String kind, String key, String json) implements Serializable {
  static final String PLACE = "place";
  static final String GDELT_EVENTS = "gdelt-events";
  static final String GDELT_MENTIONS = "gdelt-mentions";
}
