package org.newsgraph.query;

import java.util.List;

/**
 * Which events {@link Query#events} lists; null, 0 or empty parts do not filter. Lists match any
 * of their values; actor codes match as prefixes (RUS covers RUSGOV).
 *
 * @param from      events on or after this date, compared at the event's own precision: an event
 *                  of "2014-11" is within from=2014-11-18
 * @param to        events on or before this date, likewise
 * @param actors    either side is one of these
 * @param sources   the source is one of these
 * @param targets   the target is one of these
 * @param roots     two-digit CAMEO root codes
 * @param codes     CAMEO event codes, exactly
 * @param codeStarts CAMEO event codes starting so ("04" covers 043 and 0431)
 * @param quad      quad class 1..4
 * @param story     events of this story
 * @param mode      actual, planned, hypothetical or negated
 */
public record EventFilter(String from, String to, List<String> actors, List<String> sources, List<String> targets,
                          List<String> roots, List<String> codes, List<String> codeStarts, int quad, String story,
                          String mode) {
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, 0, null, null);

  public EventFilter {
    actors = copy(actors);
    sources = copy(sources);
    targets = copy(targets);
    roots = copy(roots);
    codes = copy(codes);
    codeStarts = copy(codeStarts);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
