package org.newsgraph.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One actor over time: how many events it took part in, their Goldstein sums per bucket
 * (cooperation and conflict apart) and its most frequent counterparts.
 *
 * @param code   the actor code asked for (a prefix: RUS covers RUSGOV)
 * @param name   the name most often given to it
 * @param events distinct events with the actor on either side
 */
public record Timeline(String code, String name, String country, long events, By by, List<Bucket> timeline,
                       List<Counterpart> counterparts) {
  public Timeline {
    timeline = List.copyOf(timeline);
    counterparts = List.copyOf(counterparts);
  }

  /** How wide a bucket is; a bucket is named by its first day (a week starts on Monday). */
  public enum By {
    DAY, WEEK, MONTH;

    @JsonValue public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** "day", "week" or "month" (any case). */
    public static By of(String label) {
      for (By b : values()) if (b.label().equalsIgnoreCase(label.strip())) return b;
      throw new IllegalArgumentException("expected day, week or month: " + label);
    }
  }

  /**
   * Events of one bucket: cooperation is the sum of positive Goldstein scores, conflict of
   * negative ones; cooperative events are of quad class 1 or 2, conflictual of 3 or 4.
   */
  public record Bucket(String date, long events, double cooperation, double conflict, double goldstein,
                       long cooperativeEvents, long conflictualEvents) {}

  /** Another party of the actor's events. */
  public record Counterpart(String code, String name, long events, double goldstein) {}
}
