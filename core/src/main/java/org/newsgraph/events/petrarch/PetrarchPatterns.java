package org.newsgraph.events.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Trees;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventPattern;
import org.newsgraph.events.EventPatterns;

/**
 * PETRARCH verb dictionaries as our own dependency patterns ({@link EventPatterns}), for the
 * newsgraph {@link org.newsgraph.events.EventCoder}. The models differ, so this is as faithful as
 * ours allows: each verb of a block becomes a trigger lemma (a particle for {@code BREAK_DOWN});
 * the block's code becomes the bare-verb pattern; a pattern's words after the verb become lemma
 * constraints, prepositions before an element its case marker, {@code +}/{@code %} the target and
 * {@code $} the source slot, a synset the alternatives of one element. What our model cannot say
 * is skipped and listed: words before the verb (TABARI "lower" patterns such as {@code NOT *}),
 * verbs with words before them ({@code WIRE_+TAP}), codes that are not 2-4 digits ({@code 174K}).
 * PETRARCH codes missing from the CAMEO ontology are added to a copy of it (quad class by root,
 * Goldstein 0) so that suites with made-up codes can run.
 */
public final class PetrarchPatterns {
  private PetrarchPatterns() {}

  /** The patterns, the ontology they need, and what could not be converted (with reasons). */
  public record Conversion(EventPatterns patterns, Cameo cameo, int converted, List<String> skipped) {}

  public static Conversion convert(PetrarchVerbs verbs, Cameo base) {
    EventPatterns.Builder b = EventPatterns.builder();
    Set<String> codes = new LinkedHashSet<>();
    List<String> skipped = new ArrayList<>();
    int converted = 0;
    for (PetrarchVerbs.Block block : verbs.blocks()) {
      Set<String> triggers = new LinkedHashSet<>();
      for (PetrarchVerbs.Verb v : verbs.verbsOf(block)) {
        if (!v.before().isEmpty() || v.after().size() > 1) {
          skipped.add("verb " + String.join("_", v.before()) + " " + v.word() + " " + String.join("_", v.after())
              + " (line " + block.line() + "): words around the verb");
          continue;
        }
        String trigger = Trees.lemma(v.word().toLowerCase(Locale.ROOT), "VB");
        if (!v.after().isEmpty()) trigger += "_" + v.after().get(0).toLowerCase(Locale.ROOT);
        if (!triggers.add(trigger)) continue;
        String code = primary(v.code());
        // PETRARCH's bare verb takes the first actor after it as target: here, its object's phrase,
        // or a prepositional phrase; without either, the source alone
        if (code != null) {
          String origin = "petrarch:" + block.name() + ":" + block.line();
          for (String text : List.of(trigger + " +", trigger + " " + PREPOSITIONS + " +", trigger)) {
            if (add(b, code, text, origin, skipped)) converted++;
          }
          codes.add(code);
        }
      }
      for (PetrarchVerbs.VerbPattern p : block.patterns()) {
        String origin = "petrarch:" + block.name() + ":" + p.line();
        String code = primary(p.code());
        if (code == null) { skipped.add(origin + ": code '" + p.code() + "'"); continue; }
        if (!p.lower().isEmpty()) { skipped.add(origin + ": words before the verb ('" + p.text() + "')"); continue; }
        String tail = tail(p, verbs);
        if (tail == null) { skipped.add(origin + ": no element our model can hold ('" + p.text() + "')"); continue; }
        for (String trigger : triggers) {
          if (add(b, code, trigger + " " + tail, origin, skipped)) {
            codes.add(code);
            converted++;
          }
          if (tail.endsWith("+") && !tail.endsWith(" +")) add(b, code, trigger + " " + tail.substring(0, tail.length() - 1), origin, skipped);
        }
      }
    }
    return new Conversion(b.build(), withCodes(base, codes), converted, List.copyOf(skipped));
  }

  private static boolean add(EventPatterns.Builder b, String code, String text, String origin, List<String> skipped) {
    try {
      b.verb(code, text, origin);
      return true;
    } catch (IllegalArgumentException e) {
      skipped.add(e.getMessage());
      return false;
    }
  }

  /** Prepositions that introduce a target when a PETRARCH verb has no pattern saying where it is. */
  private static final String PREPOSITIONS = "with|to|against|at|from|in|on|for|of|into|toward|towards|over|about|between|upon";

  /** The source→target part of a PETRARCH code, if it is a 2-4 digit code. */
  static String primary(String code) {
    if (code == null) return null;
    String c = code.trim();
    int colon = c.indexOf(':');
    if (colon >= 0) c = c.substring(0, colon).trim();
    return c.matches("\\d{2,4}") ? c : null;
  }

  /** The upper pattern in our syntax, or null when nothing of it can be said. */
  private static String tail(PetrarchVerbs.VerbPattern p, PetrarchVerbs verbs) {
    List<String> out = new ArrayList<>();
    List<PetrarchVerbs.Element> els = p.upper();
    for (int i = 0; i < els.size(); i++) {
      PetrarchVerbs.Element e = els.get(i);
      boolean more = i + 1 < els.size();
      switch (e.kind()) {
        case WORD -> {
          String w = e.value().toLowerCase(Locale.ROOT);
          if (EventPattern.MARKERS.contains(w)) {
            if (more) out.add(w);
          } else out.add(Trees.lemma(w, "NN"));
        }
        case SYNSET -> {
          Set<String> alts = new LinkedHashSet<>();
          for (List<String> m : verbs.synset(e.value())) {
            alts.add(Trees.lemma(m.get(m.size() - 1).toLowerCase(Locale.ROOT), "NN"));
          }
          if (!alts.isEmpty()) out.add(String.join("|", alts));
        }
        case TARGET, COMPOUND -> out.add("+");
        case SOURCE -> out.add("$");
        case SKIP -> { }
      }
    }
    // a trailing marker alone is allowed ("accuse + of"); an empty tail is not
    boolean any = false;
    for (String o : out) if (!EventPattern.MARKERS.contains(o)) any = true;
    if (!any) return null;
    // no slot: the phrase of the last word holds the target, as PETRARCH takes the next actor
    if (!out.contains("+") && !out.contains("$")) {
      for (int i = out.size() - 1; i >= 0; i--) {
        if (!EventPattern.MARKERS.contains(out.get(i))) { out.set(i, out.get(i) + "+"); break; }
      }
    }
    // one + and one $ at most
    if (out.stream().filter("+"::equals).count() > 1 || out.stream().filter("$"::equals).count() > 1) return null;
    return String.join(" ", out);
  }

  /** {@code base} plus the codes it lacks (root = first two digits, quad class by root, Goldstein 0). */
  static Cameo withCodes(Cameo base, Set<String> codes) {
    StringBuilder tsv = new StringBuilder();
    Set<String> have = new LinkedHashSet<>();
    for (Cameo.Code c : base.codes()) {
      tsv.append(c.code()).append('\t').append(c.root()).append('\t').append(c.quadClass()).append('\t')
          .append(c.goldstein()).append('\t').append(c.name().replace('\t', ' ')).append('\n');
      have.add(c.code());
    }
    Set<String> roots = new LinkedHashSet<>();
    for (String c : codes) if (!have.contains(c.substring(0, 2))) roots.add(c.substring(0, 2));
    for (String r : roots) line(tsv, r, r);
    for (String c : codes) if (!have.contains(c) && !roots.contains(c)) line(tsv, c, c.substring(0, 2));
    try {
      return Cameo.parse(new BufferedReader(new StringReader(tsv.toString())), "cameo+petrarch");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder tsv, String code, String root) {
    int r = Integer.parseInt(root);
    int quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : r <= 20 ? 4 : 1;
    tsv.append(code).append('\t').append(root).append('\t').append(quad).append("\t0\tPETRARCH code ").append(code).append('\n');
  }
}
