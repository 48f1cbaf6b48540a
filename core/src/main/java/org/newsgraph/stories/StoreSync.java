package org.newsgraph.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.events.EventMention;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoryRecord;

/**
 * Brings the store in line with the stories stage after articles were added: the mention rows
 * of each merged event fold into the event's row (counts recomputed by the store), the
 * stories touched are (re)written with their articles and events, and stories merged into
 * others are removed.
 */
public final class StoreSync {
  private StoreSync() {}

  /** Writes the stories the placements touched, and their merged events, to the store. */
  public static void write(Store store, Stories stories, Collection<Stories.Placement> placements) {
    Set<String> touched = new LinkedHashSet<>(), gone = new LinkedHashSet<>();
    Map<String, String> copies = new LinkedHashMap<>();
    for (Stories.Placement p : placements) {
      stories.storyOf(p.articleId()).ifPresent(touched::add);
      gone.addAll(p.merged());
      if (p.copyOf() != null) copies.put(p.articleId(), p.copyOf());
    }
    store.markCopies(copies); // before merging, so merged counts leave copies out of num_sources
    List<StoryRecord> records = new ArrayList<>();
    for (String id : touched) {
      Story s = stories.story(id).orElseThrow();
      for (Event e : stories.events(id)) {
        Set<Long> merged = new LinkedHashSet<>();
        for (EventMention m : e.mentions()) merged.add(Store.eventId(m.articleId(), m));
        merged.remove(e.eventId());
        if (!merged.isEmpty()) store.mergeEvents(e.eventId(), merged);
      }
      records.add(new StoryRecord(s.storyId(), s.title(), s.firstPublished(), s.lastPublished(), s.articleIds(),
          s.sources(), s.eventIds()));
    }
    gone.removeAll(touched);
    if (!records.isEmpty() || !gone.isEmpty()) store.writeStories(records, gone);
  }
}
