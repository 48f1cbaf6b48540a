package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One event pattern: a trigger lemma plus a chain of dependency constraints, and the CAMEO code it
 * gives. Written in the compact syntax of knowledge/PATTERNS.md, for example
 * {@code hold talk|negotiation with +}, {@code accuse + of}, {@code pledge to ramp_up economic tie with +},
 * {@code attack resolution|report|move+}, {@code receive visit from $}.
 *
 * <p>Matching, over a sentence's UD parse, starts at a token whose lemma is {@link #trigger} (a verb or
 * adjective for {@link Kind#VERB}, a noun for {@link Kind#NOUN}) and then satisfies each element in
 * order. An element is a dependent of any node matched so far (latest first): with a
 * {@link Element#markers} it must carry that case/mark word ({@code with}, {@code to}) or a relation
 * ending in {@code :marker}; without one it is a non-subject dependent (object, oblique, complement,
 * modifier). {@code +} marks the target slot, {@code $} the source slot; directly after the trigger
 * a bare {@code +} is its object (or passive subject). Without {@code $} the source is the clause
 * subject (see EventCoder).
 *
 * @param code      CAMEO event code ("043")
 * @param kind      VERB (verbs and predicative adjectives) or NOUN
 * @param trigger   trigger lemma, lower case ("meet", "meeting")
 * @param particle  required phrasal particle of the trigger ("off" for break_off), or null
 * @param elements  the constraints after the trigger
 * @param text      the pattern as written
 * @param origin    where it was written ("verbs.txt:12", "petrarch:CAMEO.verbpatterns:300", "api")
 */
public record EventPattern(String code, Kind kind, String trigger, String particle,
                           List<Element> elements, String text, String origin) {

  public enum Kind { VERB, NOUN }

  /** Where an element's phrase goes: nowhere (a constraint only), the target or the source. */
  public enum Slot { NONE, TARGET, SOURCE }

  /**
   * One constraint after the trigger.
   *
   * @param markers  case/mark words, one of which the dependent must carry ("with", "to"); empty: none
   * @param lemmas   acceptable lemmas of the dependent; empty means any word
   * @param particles required phrasal particle per lemma ("ramp" → "up" for ramp_up); lemmas not in it need none
   * @param slot     whether the dependent's phrase holds the target or source actor
   */
  public record Element(Set<String> markers, Set<String> lemmas, Map<String, String> particles, Slot slot) {
    public Element {
      markers = Set.copyOf(markers);
      lemmas = Set.copyOf(lemmas);
      particles = Map.copyOf(particles);
    }

    /** True for a trailing marker alone ("accuse + of"): some dependent must carry the marker. */
    public boolean markerOnly() {
      return !markers.isEmpty() && lemmas.isEmpty() && slot == Slot.NONE;
    }
  }

  /**
   * Closed-class words read as case/mark markers when another element follows them. This is the
   * grammar of the pattern language, not knowledge: it decides how "with +" or "to visit" parse.
   */
  public static final Set<String> MARKERS = Set.of("about", "after", "against", "among", "as", "at",
      "before", "between", "by", "for", "from", "in", "into", "of", "on", "onto", "over", "since",
      "than", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without",
      "that", "whether", "if", "during", "across", "behind", "beyond", "around", "despite");

  public EventPattern {
    elements = List.copyOf(elements);
  }

  /** The number of constraints: a longer pattern is more specific and wins over a shorter one. */
  public int specificity() {
    int s = particle == null ? 1 : 3; // a phrasal particle is a strong constraint: "back down" is not "back"
    for (Element e : elements) {
      if (!e.markers.isEmpty()) s++;
      if (!e.lemmas.isEmpty()) s += 2;
      if (!e.particles.isEmpty()) s++;
      if (e.slot != Slot.NONE) s++;
    }
    return s;
  }

  /** True if the pattern names a target slot ({@code +}). */
  public boolean hasTarget() {
    for (Element e : elements) if (e.slot == Slot.TARGET) return true;
    return false;
  }

  /** True if the pattern names a source slot ({@code $}). */
  public boolean hasSource() {
    for (Element e : elements) if (e.slot == Slot.SOURCE) return true;
    return false;
  }

  /**
   * Parses one pattern. The first word is the trigger (alternatives with {@code |} give one pattern
   * each); fails with a message naming {@code origin} on bad syntax.
   */
  public static List<EventPattern> parse(Kind kind, String code, String text, String origin) {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(origin + ": bad CAMEO code '" + code + "'");
    }
    String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) throw new IllegalArgumentException(origin + ": empty pattern");
    String first = words[0];
    if (first.equals("+") || first.equals("$") || first.equals("*") || first.endsWith("+") || first.endsWith("$")) {
      throw new IllegalArgumentException(origin + ": a pattern starts with its trigger lemma: '" + text + "'");
    }
    List<Element> elements = new ArrayList<>();
    Set<String> marker = null;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean last = i == words.length - 1;
      if (marker == null && isMarker(w)) {
        Set<String> m = Set.of(w.split("\\|"));
        if (last) elements.add(new Element(m, Set.of(), Map.of(), Slot.NONE));
        else marker = m;
        continue;
      }
      Slot slot = Slot.NONE;
      if (w.endsWith("+")) slot = Slot.TARGET;
      else if (w.endsWith("$")) slot = Slot.SOURCE;
      String body = slot == Slot.NONE ? w : w.substring(0, w.length() - 1);
      Set<String> lemmas = new LinkedHashSet<>();
      Map<String, String> particles = new HashMap<>();
      if (!body.isEmpty() && !body.equals("*")) {
        for (String alt : body.split("\\|")) {
          if (alt.isEmpty()) throw new IllegalArgumentException(origin + ": empty alternative in '" + w + "'");
          int u = alt.indexOf('_');
          if (u > 0) {
            particles.put(alt.substring(0, u), alt.substring(u + 1));
            alt = alt.substring(0, u);
          } else if (u == 0) {
            throw new IllegalArgumentException(origin + ": bad lemma '" + alt + "'");
          }
          lemmas.add(alt);
        }
      }
      elements.add(new Element(marker == null ? Set.of() : marker, lemmas, particles, slot));
      marker = null;
    }
    int targets = 0, sources = 0;
    for (Element e : elements) {
      if (e.slot == Slot.TARGET) targets++;
      if (e.slot == Slot.SOURCE) sources++;
    }
    if (targets > 1 || sources > 1) {
      throw new IllegalArgumentException(origin + ": at most one + and one $ per pattern: '" + text + "'");
    }
    List<EventPattern> out = new ArrayList<>();
    for (String alt : first.split("\\|")) {
      String trigger = alt, particle = null;
      int u = alt.indexOf('_');
      if (u > 0) {
        trigger = alt.substring(0, u);
        particle = alt.substring(u + 1);
      }
      if (trigger.isEmpty()) throw new IllegalArgumentException(origin + ": empty trigger in '" + text + "'");
      out.add(new EventPattern(code, kind, trigger, particle, elements, text.trim(), origin));
    }
    return out;
  }

  private static boolean isMarker(String w) {
    for (String alt : w.split("\\|")) if (!MARKERS.contains(alt)) return false;
    return true;
  }

  @Override public String toString() {
    return code + " " + text + " (" + origin + ")";
  }
}
