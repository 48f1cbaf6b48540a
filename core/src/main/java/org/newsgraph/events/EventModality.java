package org.newsgraph.events;

/**
 * The modality step of the event coder: from the trigger's auxiliaries, negations, hedges,
 * conditions and governing verbs (the cue lists of event-cues.tsv), whether a matched event is
 * actual, planned, hypothetical or negated, and whether the source states an intent or a refusal.
 */
final class EventModality {
  private final EventPatterns patterns;

  EventModality(EventPatterns patterns) {
    this.patterns = patterns;
  }


  /**
   * The mode of a match; the cue word by which the source states its own intent (agree to, will), if
   * any; and whether a negation is the source's refusal (refuse to, will not) rather than a report
   * that something did not happen.
   */
  record Modality(String mode, String intentCue, boolean refusal) {}

  /** The modality of a match whose trigger is token {@code trigger} and whose matched tokens are {@code nodes}. */
  Modality of(Parse p, int trigger, int[] nodes) {
    String mode = "actual";
    String intent = null;
    boolean hedged = false;
    boolean viaXcomp = false;
    int node = trigger;
    for (int hops = 0; hops < 5 && node >= 0; hops++) {
      for (int k = 0; k < p.kids[node].length; k++) {
        String r = p.kidRel[node][k];
        int c = p.kids[node][k];
        String l = p.lemma[c];
        if (r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj")) {
          if ("negated".equals(patterns.cue("negation", l))) {
            boolean refusal = false;
            for (int k2 = 0; k2 < p.kids[node].length; k2++) {
              if (p.kidRel[node][k2].equals("aux") && patterns.cue("intent", p.lemma[p.kids[node][k2]]) != null) refusal = true;
            }
            if (hops > 0 && patterns.cue("intent", p.lemma[node]) != null) refusal = true;
            return new Modality("negated", null, refusal);
          }
        }
        if (r.equals("aux")) {
          mode = stronger(mode, patterns.cue("aux", l));
          String kind = patterns.cue("intent", l);
          // "would" states an intent only in reported speech ("said it would allow"), never when hedged
          if (intent == null && kind != null && (!kind.equals("reported") || reported(p, node))) intent = p.word(c);
        }
        if (r.equals("advmod") && patterns.cue("hedge", l) != null) {
          mode = stronger(mode, "hypothetical");
          hedged = true;
        }
        if (r.equals("mark") && p.rel[node].startsWith("advcl")) mode = stronger(mode, patterns.cue("condition", l));
      }
      if (hops == 0 && headlineInfinitive(p, node)) mode = stronger(mode, "planned");
      if (hops > 0 && viaXcomp && !contains(nodes, node)) {
        String g = patterns.cue("governor", p.lemma[node]);
        if ("negated".equals(g)) return new Modality("negated", p.word(node), true);
        mode = stronger(mode, g);
        if (intent == null && patterns.cue("intent", p.lemma[node]) != null) intent = p.word(node);
      }
      String r = p.rel[node];
      // climb only through the same clause chain: xcomp (set to visit, likely to use), conj
      if (r.startsWith("xcomp") || (r.startsWith("conj") && hops == 0)) {
        viaXcomp = r.startsWith("xcomp");
        node = p.head[node];
      } else {
        break;
      }
    }
    return new Modality(mode, mode.equals("actual") || hedged ? null : intent, false);
  }

  /**
   * Whether v is an infinitive with a subject of its own and no governing verb for it ("Obama to
   * visit Kenya", the headline form of "Obama is to visit Kenya"): a plan, not a report.
   */
  static boolean headlineInfinitive(Parse p, int v) {
    boolean to = false, subject = false;
    for (int k = 0; k < p.kids[v].length; k++) {
      String r = p.kidRel[v][k];
      String l = p.lemma[p.kids[v][k]];
      if (r.equals("mark") && l.equals("to")) to = true;
      else if (r.equals("mark")) return false; // "for them to visit", "in order to"
      if (r.equals("nsubj") || r.equals("nsubj:pass")) subject = true;
    }
    return to && subject;
  }

  /** Whether v's clause is the complement of a verb of saying ("said it would ..."), directly or by coordination. */
  private boolean reported(Parse p, int v) {
    int x = v;
    for (int i = 0; i < 3 && x >= 0; i++) {
      String r = p.rel[x];
      if (r.startsWith("ccomp") || r.startsWith("parataxis")) return saying(p, x, patterns);
      if (!r.startsWith("conj")) return false;
      x = p.head[x];
    }
    return false;
  }

  /** Whether token x heads a complement ({@code ccomp}, {@code parataxis}) of a verb of saying. */
  static boolean saying(Parse p, int x, EventPatterns patterns) {
    String r = p.rel[x];
    int g = p.head[x];
    return (r.startsWith("ccomp") || r.startsWith("parataxis")) && g >= 0 && patterns.cue("speech", p.lemma[g]) != null;
  }

  private static boolean contains(int[] xs, int x) {
    for (int y : xs) if (y == x) return true;
    return false;
  }

  private static String stronger(String mode, String cue) {
    if (cue == null) return mode;
    if (cue.equals("negated")) return cue;
    if (cue.equals("hypothetical")) return mode.equals("negated") ? mode : cue;
    if (cue.equals("planned")) return mode.equals("actual") ? cue : mode;
    return mode;
  }
}
