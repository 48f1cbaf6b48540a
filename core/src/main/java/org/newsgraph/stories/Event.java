package org.newsgraph.stories;

import java.util.List;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.events.EventMention;
import org.newsgraph.places.Location;

/**
 * One happening, merged from the mentions of it in the articles of a story (GDELT's event row).
 *
 * @param eventId     stable id: the store's id of its first mention's event
 *                    ({@link org.newsgraph.store.Store#eventId}), so merged events keep the id of
 *                    the row the others fold into
 * @param storyId     story the event belongs to
 * @param date        most precise date any mention gives ("2014-11-18", "2014-11", "2011"), or null
 * @param source      acting actor as first mentioned; target acted upon, or null
 * @param code        the CAMEO code most mentions give (ties: the first)
 * @param numMentions all mentions, near-copies included
 * @param numSources  distinct outlets among articles that are not near-copies (an article
 *                    without an outlet counts as an outlet of its own)
 * @param numArticles distinct articles, near-copies included
 * @param mentions    the mentions, in article order
 */
public record Event(long eventId, String storyId, String date, String datePrecision, ActorMention source,
                    ActorMention target, String code, String rootCode, int quadClass, double goldstein,
                    Location location, String mode, int numMentions, int numSources, int numArticles,
                    List<EventMention> mentions) {
  public Event {
    mentions = List.copyOf(mentions);
  }

  /** Distinct article ids of the mentions, in order. */
  public List<String> articleIds() {
    return mentions.stream().map(EventMention::articleId).distinct().toList();
  }
}
