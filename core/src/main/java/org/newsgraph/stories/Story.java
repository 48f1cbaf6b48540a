package org.newsgraph.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles about the same happening across outlets.
 *
 * @param storyId        stable id, derived from the id of the article that opened the story
 * @param title          the most representative headline (closest to the story's centroid)
 * @param firstPublished earliest publication date of its articles, or null when none is dated
 * @param articleIds     in arrival order
 * @param sources        distinct outlets, in arrival order (articles without one are left out)
 * @param copies         article ids that are near-copies of another article of the story
 * @param eventIds       merged events of the story
 * @param actors         main actors: CAMEO codes, most mentioned first
 * @param places         main places: location names, most mentioned first
 */
public record Story(String storyId, String title, LocalDate firstPublished, LocalDate lastPublished,
                    List<String> articleIds, List<String> sources, List<String> copies, List<Long> eventIds,
                    List<String> actors, List<String> places) {
  public Story {
    articleIds = List.copyOf(articleIds);
    sources = List.copyOf(sources);
    copies = List.copyOf(copies);
    eventIds = List.copyOf(eventIds);
    actors = List.copyOf(actors);
    places = List.copyOf(places);
  }
}
