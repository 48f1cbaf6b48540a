package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.actors.ActorMention;

/**
 * The roles step of the event coder: which actors fill the source and the target of a matched
 * trigger. The source is the clause subject (through xcomp/conj/advcl chains, relative and participle
 * clauses, the possessor of a nominal event, the agent of a passive); a side's actors are those of a
 * phrase, nearest first, conjuncts expanded ("Russia and China"); nouns that named an actor earlier
 * ("a UN resolution") are remembered for a later bare mention ("the resolution").
 */
final class EventRoles {
  /** Relations through which an actor inside a phrase belongs to the phrase. */
  private static final Set<String> PHRASE_RELS = Set.of("compound", "amod", "nmod:poss", "appos", "flat",
      "nmod", "obl", "nummod", "det:poss", "compound:prt");

  private final EventPatterns patterns;

  EventRoles(EventPatterns patterns) {
    this.patterns = patterns;
  }

  /** Actors found for one side of an event, with how they were found. */
  record Side(List<ActorMention> actors, String how, int token) {
    static final Side NONE = new Side(List.of(), "none", -1);
  }

  /** The actors of the phrase headed by h, nearest first; conjuncts count as the same distance. */
  static List<List<ActorMention>> phraseLevels(Parse p, int h, boolean clauses) {
    List<List<ActorMention>> levels = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>();
    frontier.add(h);
    addConjuncts(p, h, frontier);
    boolean[] seen = new boolean[p.n];
    for (int f : frontier) seen[f] = true;
    for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
      List<ActorMention> level = new ArrayList<>();
      for (int t : frontier) {
        for (ActorMention a : p.actorsAt.get(t)) if (!level.contains(a)) level.add(a);
      }
      levels.add(level);
      List<Integer> next = new ArrayList<>();
      // what the head noun is (apposition, name parts) before what it belongs to (possessor):
      // "Kim's late father, Kim Jong-Il" is Kim Jong-Il
      for (int pass = 0; pass < 3; pass++)
      for (int t : frontier) {
        for (int k = 0; k < p.kids[t].length; k++) {
          int c = p.kids[t][k];
          String r = p.kidRel[t][k];
          int rank = r.equals("appos") || r.equals("flat") || r.equals("compound") ? 0 : r.equals("nmod:poss") ? 2 : 1;
          if (rank != pass || seen[c]) continue;
          boolean ok = PHRASE_RELS.contains(r) || r.startsWith("nmod:") || r.startsWith("obl:")
              || (clauses && (r.equals("acl:relcl") || r.startsWith("acl") || r.equals("obj")));
          if (!ok) continue;
          seen[c] = true;
          next.add(c);
          List<Integer> conj = new ArrayList<>();
          addConjuncts(p, c, conj);
          for (int x : conj) if (!seen[x]) { seen[x] = true; next.add(x); }
        }
      }
      frontier = next;
    }
    return levels;
  }

  static void addConjuncts(Parse p, int h, List<Integer> into) {
    for (int k = 0; k < p.kids[h].length; k++) {
      if (p.kidRel[h][k].startsWith("conj") && !into.contains(p.kids[h][k])) into.add(p.kids[h][k]);
    }
  }

  /** The nearest non-empty level of actors in h's phrase, excluding codes in {@code not}. */
  Side phrase(Parse p, int h, Set<String> not, Map<String, ActorMention> memory, String how) {
    for (List<ActorMention> level : phraseLevels(p, h, false)) {
      List<ActorMention> ok = distinct(level, not);
      if (!ok.isEmpty()) return new Side(ok, how, h);
    }
    // bridging: "the resolution" after "a UN resolution"
    if (p.isNoun(h) && memory != null && (p.hasChildLemma(h, "det", "the") || p.hasChildLemma(h, "det", "this")
        || p.hasChildLemma(h, "det", "that"))) {
      ActorMention a = memory.get(p.lemma[h]);
      if (a != null && !not.contains(a.code())) return new Side(List.of(a), how + ", bridged from an earlier '" + p.lemma[h] + "'", h);
    }
    List<List<ActorMention>> deep = phraseLevels(p, h, true);
    for (List<ActorMention> level : deep) {
      List<ActorMention> ok = distinct(level, not);
      if (!ok.isEmpty()) return new Side(ok, how + " (inside a clause on it)", h);
    }
    return Side.NONE;
  }

  static List<ActorMention> distinct(List<ActorMention> level, Set<String> not) {
    List<ActorMention> ok = new ArrayList<>(level.size());
    Set<String> codes = new HashSet<>();
    for (ActorMention a : level) {
      if (not.contains(a.code())) continue;
      if (codes.add(a.code())) ok.add(a);
    }
    return ok;
  }

  static boolean isRelativePronoun(Parse p, int t) {
    String pos = p.pos[t];
    return pos.equals("WDT") || pos.equals("WP") || (p.lemma[t].equals("that") && pos.equals("IN"));
  }

  static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  /** Who did it: the subject of the clause of {@code v}, found by climbing control/coordination chains. */
  Side subject(Parse p, int trigger, Map<String, ActorMention> memory) {
    int v = trigger;
    Set<String> none = Set.of();
    StringBuilder how = new StringBuilder();
    int node = v;
    boolean complement = false; // the last climb came up from a controlled complement (xcomp)
    for (int hops = 0; hops < 8 && node >= 0; hops++) {
      if (p.isNoun(node)) {
        int poss = p.child(node, "nmod:poss");
        if (poss >= 0) {
          Side s = phrase(p, poss, none, null, how + "possessor of '" + p.word(node) + "'");
          if (!s.actors().isEmpty()) return s;
        }
        // "the arrest of X by police": a nominal event's by-phrase is its agent, as in the passive
        for (int k = 0; k < p.kids[node].length && node == v; k++) {
          String r = p.kidRel[node][k];
          int c = p.kids[node][k];
          if (r.equals("nmod:by") || (r.equals("nmod") && p.hasChildLemma(c, "case", "by"))) {
            Side s = phrase(p, c, none, null, how + "agent (by) of '" + p.word(node) + "'");
            if (!s.actors().isEmpty()) return s;
          }
        }
      }
      // passive: the agent acts
      if (p.child(node, "nsubj:pass") >= 0 && p.isVerb(node)) {
        for (int k = 0; k < p.kids[node].length; k++) {
          String r = p.kidRel[node][k];
          int c = p.kids[node][k];
          if (r.equals("obl:agent") || r.equals("obl:by") || (r.equals("obl") && p.hasChildLemma(c, "case", "by"))) {
            return phrase(p, c, none, null, how + "agent (by) of passive '" + p.word(node) + "'");
          }
        }
        // "Choe is set to visit": the passive governor's subject controls the complement, and "Brown
        // has been locked in talks" is in the talks; but when the passive verb is an event of its own
        // ("soldiers were killed in an attack", "he was arrested and released") its subject is the one
        // acted on, not the actor
        if (node == v || (!complement && !patterns.verbs(p.lemma[node]).isEmpty())) return Side.NONE;
        return phrase(p, p.child(node, "nsubj:pass"), none, memory, how + "subject of '" + p.word(node) + "'");
      }
      int subj = -1;
      boolean controlled = p.rel[node].startsWith("xcomp");
      for (int k = 0; k < p.kids[node].length; k++) {
        String r = p.kidRel[node][k];
        // a controlled clause's subject is its governor's: climb instead of trusting nsubj:xsubj
        if (r.equals("nsubj") || r.equals("csubj") || (r.equals("nsubj:xsubj") && !controlled)) {
          subj = p.kids[node][k];
          if (r.equals("nsubj")) break;
        }
      }
      // a subject shared with a conjunct of another tense was probably misattached: "Russia attacked a
      // resolution that condemns X and pledged ..." (pledged goes with attacked, not condemns)
      String r = p.rel[node];
      int gov = p.head[node];
      if (r.startsWith("conj") && gov >= 0 && finite(p.pos[node]) && !p.pos[gov].equals(p.pos[node])) {
        int g = gov;
        int anc = -1;
        for (int up = 0; up < 6 && g >= 0; up++) {
          g = p.head[g];
          if (g >= 0 && p.pos[g].equals(p.pos[node])) { anc = g; break; }
        }
        if (anc >= 0 && (subj < 0 || subj == subjectToken(p, gov))) {
          how.append("subject of '").append(p.word(anc)).append("' (coordinated by tense), ");
          node = anc;
          complement = false;
          continue;
        }
      }
      if (subj >= 0) {
        if (isRelativePronoun(p, subj) && p.rel[node].startsWith("acl") && p.head[node] >= 0) {
          int noun = p.head[node];
          return phrase(p, noun, none, memory, how + "noun modified by the relative clause '" + p.word(node) + "'");
        }
        Side first = phrase(p, subj, none, memory, how + "subject of '" + p.word(node) + "'");
        return withOtherSubjects(p, node, subj, first, memory);
      }
      if (gov < 0) return Side.NONE;
      if (r.equals("acl:relcl") || (r.equals("acl") && (p.pos[node].equals("VBG") || p.pos[node].equals("VBN")))) {
        // participle or relative clause: the modified noun acts ("a resolution urging ...")
        return phrase(p, gov, none, memory, how + "noun modified by '" + p.word(node) + "'");
      }
      if (r.startsWith("acl")) {
        // "ties to improve security": the clause of the noun
        how.append("clause of '").append(p.word(gov)).append("', ");
        node = gov;
        v = gov;
        complement = false;
        continue;
      }
      if (r.startsWith("ccomp") || r.startsWith("parataxis") || r.startsWith("csubj")) return Side.NONE;
      complement = r.startsWith("xcomp");
      if (r.startsWith("xcomp")) {
        // object control: "pushed Russia to seek" → Russia
        int obj = p.child(gov, "obj");
        if (obj >= 0 && obj != node) return phrase(p, obj, none, memory, how + "object of '" + p.word(gov) + "' (control)");
        how.append("complement of '").append(p.word(gov)).append("', ");
      } else if (r.startsWith("conj")) {
        how.append("shared with '").append(p.word(gov)).append("', ");
      } else if (r.startsWith("advcl")) {
        how.append("main clause '").append(p.word(gov)).append("', ");
      } else if (p.isNoun(v)) {
        // "the UN condemned the attack": a verb that is an event of its own about the noun is not the
        // noun's support verb ("held talks", "launched an attack"), so its subject did not do the noun
        if (node == v && ownEvent(p, gov, v)) return Side.NONE;
        how.append("clause of '").append(p.word(gov)).append("', ");
      } else {
        return Side.NONE;
      }
      node = gov;
    }
    return Side.NONE;
  }

  /** Roots of what is said about an event rather than done in it: statements, appeals, praise, demands, criticism, rejection, threats. */
  private static final Set<String> SAID = Set.of("01", "02", "05", "10", "11", "12", "13");

  /**
   * Whether verb {@code gov} says something about the noun {@code noun} (it triggers statement,
   * appeal, praise, demand, criticism, rejection or threat events in which the noun is no constraint
   * word): "condemned the attack", "welcomed the talks", "denied the killing" (yes); "held talks",
   * "opened a visit", "carried out an attack" (no: support verbs, whose subject does the noun).
   */
  private boolean ownEvent(Parse p, int gov, int noun) {
    if (!p.isVerb(gov)) return false;
    boolean said = false;
    for (EventPattern pat : patterns.verbs(p.lemma[gov])) {
      for (EventPattern.Element e : pat.elements()) if (e.lemmas().contains(p.lemma[noun])) return false;
      said |= SAID.contains(pat.code().substring(0, 2));
    }
    return said;
  }

  /**
   * A headline's comma-joined subjects ("China, Japan agree to ...") are parsed as two nsubj of one
   * verb, not as conjuncts: the others join the first subject's actors, as conjuncts do.
   */
  private Side withOtherSubjects(Parse p, int verb, int first, Side side, Map<String, ActorMention> memory) {
    if (side.actors().isEmpty()) return side;
    List<ActorMention> all = null;
    for (int k = 0; k < p.kids[verb].length; k++) {
      int c = p.kids[verb][k];
      if (c == first || !p.kidRel[verb][k].equals("nsubj")) continue;
      for (ActorMention a : phrase(p, c, Set.of(), memory, "").actors()) {
        if (all == null) all = new ArrayList<>(side.actors());
        boolean dup = false;
        for (ActorMention b : all) dup |= b.code().equals(a.code());
        if (!dup) all.add(a);
      }
    }
    return all == null ? side : new Side(List.copyOf(all), side.how() + " (with the other subjects)", side.token());
  }

  Side subjectOnce(Parse p, int trigger, Map<String, ActorMention> memory, Side[] subjects) {
    Side s = subjects[trigger];
    if (s == null) subjects[trigger] = s = subject(p, trigger, memory);
    return s;
  }

  static int subjectToken(Parse p, int v) {
    int s = p.child(v, "nsubj");
    return s >= 0 ? s : p.child(v, "nsubj:xsubj");
  }

  /** Co-actors of the source: "Together with China, Russia voted ...". */
  static List<ActorMention> coSources(Parse p, int v) {
    List<ActorMention> out = new ArrayList<>();
    for (int k = 0; k < p.kids[v].length; k++) {
      String r = p.kidRel[v][k];
      int c = p.kids[v][k];
      boolean together = r.equals("obl:together_with") || r.equals("obl:along_with")
          || (r.startsWith("obl") && p.hasChildLemma(c, "case", "with")
              && (p.hasChildLemma(c, "advmod", "together") || p.hasChildLemma(c, "advmod", "along")));
      if (!together) continue;
      for (List<ActorMention> level : phraseLevels(p, c, false)) {
        if (!level.isEmpty()) { out.addAll(level); break; }
      }
    }
    return out;
  }

  /** Remembers nouns whose phrase names an actor ("a UN resolution"), for later "the resolution". */
  static void remember(Parse p, Map<String, ActorMention> memory) {
    for (int t = 0; t < p.n; t++) {
      if (!p.pos[t].startsWith("NN") || p.pos[t].startsWith("NNP")) continue;
      List<ActorMention> own = p.actorsAt.get(t);
      if (!own.isEmpty()) {
        // a common noun inside an actor's span ("UN resolution" coded as a whole) is remembered too
        if (own.get(0).tokenStart() < t) memory.put(p.lemma[t], own.get(0));
        continue;
      }
      for (int k = 0; k < p.kids[t].length; k++) {
        String r = p.kidRel[t][k];
        if (!(r.equals("compound") || r.equals("amod") || r.equals("nmod:poss"))) continue;
        List<ActorMention> as = p.actorsAt.get(p.kids[t][k]);
        if (!as.isEmpty()) {
          memory.put(p.lemma[t], as.get(0));
          break;
        }
      }
    }
  }
}
