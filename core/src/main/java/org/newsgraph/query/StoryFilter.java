package org.newsgraph.query;

import java.util.List;

/**
 * Which stories {@link Query#stories} lists; null or empty parts do not filter.
 *
 * @param from    stories still running on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param to      stories begun on or before this date
 * @param actors  stories with an event of any of these actors, as code prefixes (RUS covers RUSGOV)
 * @param outlet  stories with an article of this outlet (any case)
 * @param text    stories whose title, or an article's title or body, contains this text (any case)
 */
public record StoryFilter(String from, String to, List<String> actors, String outlet, String text) {
  public static final StoryFilter ALL = new StoryFilter(null, null, List.of(), null, null);

  public StoryFilter {
    actors = actors == null ? List.of() : List.copyOf(actors);
  }
}
