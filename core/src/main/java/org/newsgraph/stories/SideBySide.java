package org.newsgraph.stories;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.entities.Tone;

/**
 * What each outlet of a story reports, side by side: for each outlet its headline, tone and the
 * facts only it reports; the facts all outlets report; and numbers or dates that disagree.
 */
public record SideBySide(String storyId, String title, List<Outlet> outlets, List<Fact> common,
                         List<Disagreement> disagreements, List<Framing> framing) {
  public SideBySide {
    outlets = List.copyOf(outlets);
    common = List.copyOf(common);
    disagreements = List.copyOf(disagreements);
    framing = framing == null ? List.of() : List.copyOf(framing); // absent in stories state saved before it existed
  }

  public SideBySide(String storyId, String title, List<Outlet> outlets, List<Fact> common,
                    List<Disagreement> disagreements) {
    this(storyId, title, outlets, common, disagreements, List.of());
  }

  /**
   * One outlet. {@code name} is the outlet, or "(article ID)" for an article without one;
   * {@code copies} are its articles that are near-copies of another outlet's (not compared).
   */
  public record Outlet(String name, List<String> articleIds, List<String> copies, String headline, Tone tone,
                       List<Fact> only) {
    public Outlet {
      articleIds = List.copyOf(articleIds);
      copies = List.copyOf(copies);
      only = List.copyOf(only);
    }
  }

  /**
   * One reported fact. {@code kind} is "event", "quote", "amount", "actor", "claim" (a
   * sentence) or, among what all outlets report, "phrase" (two content words every outlet
   * uses); {@code text} says it readably; {@code articleIds} where it was found.
   */
  public record Fact(String kind, String text, List<String> articleIds) {
    public Fact {
      articleIds = List.copyOf(articleIds);
    }
  }

  /**
   * How outlets frame what they share, where they differ: {@code kind} "names" (the words each uses
   * for the same actor, {@code about} its code and name) or "quotes" (whom each quotes);
   * {@code byOutlet}: outlet → its words, those the other outlets do not use first.
   */
  public record Framing(String kind, String about, Map<String, List<String>> byOutlet) {
    public Framing {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      byOutlet.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      byOutlet = Collections.unmodifiableMap(copy);
    }
  }

  /** Outlets that report the same thing with different numbers or dates: outlet → value as written. */
  public record Disagreement(String kind, String about, Map<String, String> values) {
    public Disagreement {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }
}
