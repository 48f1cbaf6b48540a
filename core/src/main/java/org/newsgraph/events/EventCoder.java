package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.actors.Actors;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeExpression;
import org.newsgraph.entities.Entities;
import org.newsgraph.events.EventPattern.Element;
import org.newsgraph.events.EventPattern.Slot;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.places.Location;

/**
 * Codes CAMEO events from an annotated document: for every token whose lemma triggers a pattern
 * (verbs and predicative adjectives, nouns), the pattern's dependency constraints are matched over the
 * sentence's UD parse; the source is the clause subject (through xcomp/conj/advcl chains, relative and
 * participle clauses, the possessor of a nominal event, the agent of a passive) or the pattern's
 * {@code $} slot; the target is the actor in the {@code +} slot's phrase. Compound actors expand
 * ("Russia and China", "Together with China, Russia ..."), symmetric events with a plural subject and no
 * target give both directions, modality cues set the mode, and the governing time expression and place
 * set the date and location. Every {@link EventMention} says why in {@code why}.
 *
 * <p>This class matches the patterns and picks among the candidates; each later job is a class of its
 * own: {@link EventRoles} (who fills the source and target), {@link EventModality} (actual, planned,
 * hypothetical, negated), {@link EventDates} (the event's own date) and {@link EventPlaces} (where).
 *
 * <pre>{@code
 * EventCoder coder = new EventCoder();                                   // bundled knowledge
 * EventCoder custom = new EventCoder(actors, EventPatterns.builder().verb("043", "receive +").build(),
 *     Cameo.bundled(), Gazetteer.standard());
 * List<EventMention> events = coder.code(doc);                           // actors found by Actors
 * List<EventMention> same = coder.code(doc, actorsPerSentence);          // actors given
 * }</pre>
 * Thread-safe; reuse one instance.
 */
public final class EventCoder implements EventStage {
  /** Relations that never lead to an event's arguments. */
  private static final Set<String> FUNCTION_RELS = Set.of("punct", "cc", "case", "mark", "aux", "aux:pass",
      "cop", "det", "ref", "expl", "discourse", "cc:preconj", "compound:prt", "nsubj", "nsubj:xsubj",
      "csubj", "nsubj:pass", "dep", "advmod", "obl:tmod", "obl:npmod", "nmod:tmod", "vocative");
  private static final Set<String> DATE_MODES = Set.of("actual", "planned", "hypothetical", "negated");

  private final Actors actors;
  private final EventPatterns patterns;
  private final Cameo cameo;
  private final Gazetteer gazetteer;
  private final EventModality modality;
  private final EventPlaces places;
  private final EventRoles roles;
  private final boolean lenient;

  /** The coder with the bundled actors, patterns, CAMEO ontology and gazetteer. */
  public EventCoder() {
    this(Actors.standard(), EventPatterns.bundled(), Cameo.bundled(), Gazetteer.standard());
  }

  /**
   * A coder over the given knowledge. {@code actors} finds actors when {@link #code(Document)} is
   * called; {@code patterns} (see {@link EventPatterns#builder()}) give codes; every pattern code
   * must be in {@code cameo}; {@code gazetteer} resolves event places (may be null: no places).
   */
  public EventCoder(Actors actors, EventPatterns patterns, Cameo cameo, Gazetteer gazetteer) {
    this(actors, patterns, cameo, gazetteer, false);
  }

  private EventCoder(Actors actors, EventPatterns patterns, Cameo cameo, Gazetteer gazetteer, boolean lenient) {
    this.actors = actors;
    this.patterns = patterns;
    this.cameo = cameo;
    this.gazetteer = gazetteer;
    this.modality = new EventModality(patterns);
    this.places = new EventPlaces(gazetteer);
    this.roles = new EventRoles(patterns);
    this.lenient = lenient;
    for (EventPattern p : patterns.all()) {
      if (!cameo.contains(p.code())) {
        throw new IllegalArgumentException(p.origin() + ": CAMEO code " + p.code() + " is not in the ontology");
      }
    }
  }

  /**
   * This coder, but keeping events whose source or target actor is unknown (null): for classifying
   * sentences by the events they report, never for the store.
   */
  public EventCoder lenient() {
    return new EventCoder(actors, patterns, cameo, gazetteer, true);
  }

  public EventPatterns patterns() {
    return patterns;
  }

  public Cameo cameo() {
    return cameo;
  }

  /** The actors this coder finds when given none ({@link #code(Document)}). */
  public Actors actors() {
    return actors;
  }

  /** As {@link #code(Document, List)}; the entities are not needed yet. */
  @Override
  public List<EventMention> code(Document doc, Entities entities, List<List<ActorMention>> actors) {
    return code(doc, actors);
  }

  /** Same as {@link #code(Document)}; the entities are not needed yet. */
  public List<EventMention> code(Document doc, Entities entities) {
    return code(doc);
  }

  /**
   * The event mentions of {@code doc}, actors found with this coder's {@link Actors} (with in-article
   * reference resolution, codes valid at the publication date).
   */
  public List<EventMention> code(Document doc) {
    return code(doc, actors.findAll(doc, doc.article().published()));
  }

  /** The event mentions of {@code doc} given its actors ({@code actors.get(i)}: sentence i's). */
  public List<EventMention> code(Document doc, List<List<ActorMention>> actors) {
    List<EventMention> out = new ArrayList<>();
    Map<String, ActorMention> memory = new HashMap<>();
    List<Sentence> sentences = doc.sentences();
    List<List<TimeExpression>> dates = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) dates.add(null);
    for (TimeExpression t : doc.times()) {
      int si = t.sentence();
      if (si < 0 || si >= sentences.size() || !"DATE".equals(t.timexType())) continue;
      if (dates.get(si) == null) dates.set(si, new ArrayList<>(2));
      dates.get(si).add(t);
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<ActorMention> acts = i < actors.size() && actors.get(i) != null ? actors.get(i) : List.of();
      boolean triggers = hasTrigger(s);
      // (the pre-check looks up the same lists codeSentence will; the lookups are hash hits)
      if (!triggers && acts.isEmpty()) continue; // nothing to code, nothing to remember
      Parse p = new Parse(s, acts);
      if (triggers) {
        int from = out.size();
        codeSentence(doc, p, memory, dates.get(i), out);
        dropBareStatements(out.subList(from, out.size()));
      }
      if (!acts.isEmpty()) roles.remember(p, memory);
    }
    return out;
  }

  /**
   * A plain statement without a target ("the minister said ...": 010, speaker only) is a sentence's event
   * only when nothing else in it is: what was said ("X signed the accord, officials said") is coded
   * instead, as GDELT and PETRARCH do.
   */
  private static void dropBareStatements(List<EventMention> sentence) {
    boolean other = false;
    for (EventMention e : sentence) other |= !Salience.bareStatement(e) && !e.mode().equals("negated");
    if (other) sentence.removeIf(Salience::bareStatement);
  }

  /** Whether any token of s could trigger a pattern (cheap pre-check before building the parse). */
  private boolean hasTrigger(Sentence s) {
    for (org.newsgraph.annotate.Token t : s.tokens()) {
      String pos = t.pos();
      if (pos == null || t.lemma() == null) continue;
      boolean verb = pos.startsWith("VB") || pos.startsWith("JJ");
      if (!verb && !pos.startsWith("NN")) continue;
      String l = t.lemma();
      if (!(verb ? patterns.verbs(l) : patterns.nouns(l)).isEmpty()) return true;
      if (!l.equals(l.toLowerCase(java.util.Locale.ROOT))) {
        String low = l.toLowerCase(java.util.Locale.ROOT);
        if (!(verb ? patterns.verbs(low) : patterns.nouns(low)).isEmpty()) return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- matching

  /** A pattern matched at a trigger. nodes: trigger first, then each element's token (-1 if slot-less). */
  private record Match(EventPattern pattern, int trigger, int[] nodes, int targetHead, int sourceHead,
                       boolean fallback, int score, boolean openTarget) {}

  private void codeSentence(Document doc, Parse p, Map<String, ActorMention> memory, List<TimeExpression> times,
                            List<EventMention> out) {
    EventRoles.Side[] subjects = new EventRoles.Side[p.n]; // the subject of each trigger, found once
    List<Candidate> cands = new ArrayList<>();
    for (int t = 0; t < p.n; t++) {
      String pos = p.pos[t];
      List<EventPattern> list;
      if (pos.startsWith("VB") || pos.startsWith("JJ")) list = patterns.verbs(p.lemma[t]);
      else if (pos.startsWith("NN")) list = patterns.nouns(p.lemma[t]);
      else continue;
      if (list.isEmpty()) continue;
      for (EventPattern pat : list) {
        Match m = match(p, pat, t);
        if (m == null) continue;
        candidates(doc, p, m, memory, times, subjects, cands);
      }
    }
    if (cands.isEmpty()) return;
    // most specific first; drop those subsumed by a kept one
    cands.sort((a, b) -> Integer.compare(b.match.score(), a.match.score()));
    List<Candidate> kept = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Candidate c : cands) {
      boolean drop = false;
      for (Candidate k : kept) {
        // the same trigger, or one match's trigger is a constraint word of the other (a generic
        // "agreed to *" wrapping a specific "send aid to +"): the more specific, kept first, stays
        boolean overlap = k.match.trigger() == c.match.trigger() || constraintNode(k.match, c.match.trigger())
            || constraintNode(c.match, k.match.trigger());
        if (!overlap) continue;
        // the same dyad, or the same source where this one lacks a target
        if (sameDyad(k, c) || (c.target == null && code(k.source).equals(code(c.source)))) {
          drop = true;
          break;
        }
      }
      if (drop) continue;
      String key = code(c.source) + "|" + code(c.target) + "|" + c.match.pattern().code() + "|" + c.clause;
      if (!keys.add(key)) continue;
      kept.add(c);
    }
    kept.sort((a, b) -> Integer.compare(a.match.trigger(), b.match.trigger()));
    for (Candidate c : kept) out.add(c.mention.get());
  }

  private static boolean sameDyad(Candidate a, Candidate b) {
    return code(a.source).equals(code(b.source)) && code(a.target).equals(code(b.target));
  }

  private static String code(ActorMention a) {
    return a == null ? "" : a.code();
  }

  /** Whether {@code t} is one of m's constraint words (not a slot head). */
  private static boolean constraintNode(Match m, int t) {
    List<Element> els = m.pattern().elements();
    for (int i = 0; i < els.size(); i++) {
      if (m.nodes()[i + 1] == t && els.get(i).slot() == Slot.NONE) return true;
    }
    return false;
  }

  private Match match(Parse p, EventPattern pat, int t) {
    // (in lenient mode a bare slot may stay empty: node -1)
    if (pat.particle() != null && !p.hasChildLemma(t, "compound:prt", pat.particle())
        && !p.hasChildLemma(t, "advmod", pat.particle()) && !p.hasChildLemma(t, "obl", pat.particle())) {
      return null;
    }
    List<Element> els = pat.elements();
    // a symmetric verb event's marked target may stay open ("Iran and the US resumed talks" against
    // "resume talk with +"): the candidate then needs a plural subject to pair (see candidates)
    boolean symmetric = pat.kind() == EventPattern.Kind.VERB && patterns.reciprocal(cameo.code(pat.code()).root());
    boolean openTarget = false;
    for (Element e : els) {
      if (!p.hasAny(e.lemmas())) return null;
      if (!p.hasAny(e.markers()) && !(symmetric && e.slot() == Slot.TARGET)) return null;
    }
    int[] nodes = new int[els.size() + 1];
    nodes[0] = t;
    int matched = 1;
    int target = -1, source = -1;
    boolean fallback = false;
    for (int i = 0; i < els.size(); i++) {
      Element e = els.get(i);
      int found;
      if (e.markerOnly()) {
        found = findMarked(p, nodes, matched, e, false);
        if (found < 0) found = findMarked(p, nodes, matched, e, true);
        if (found < 0) return null;
        nodes[matched++] = found;
        continue;
      }
      if (e.markers().isEmpty() && e.lemmas().isEmpty()) {
        // bare slot: the object of the previous node (or its passive subject)
        int prev = nodes[matched - 1];
        found = object(p, prev, nodes, matched);
        if (found < 0 && lenient) {
          nodes[matched++] = -1;
          continue;
        }
      } else if (!e.markers().isEmpty()) {
        found = findMarked(p, nodes, matched, e, false);
        if (found < 0) {
          found = findMarked(p, nodes, matched, e, true);
          if (found >= 0) fallback = true;
        }
        if (found < 0 && symmetric && e.slot() == Slot.TARGET) {
          nodes[matched++] = -1;
          openTarget = true;
          continue;
        }
      } else {
        found = findWord(p, nodes, matched, e);
      }
      if (found < 0) return null;
      nodes[matched++] = found;
      if (e.slot() == Slot.TARGET) target = found;
      else if (e.slot() == Slot.SOURCE) source = found;
    }
    // the pattern's specificity; a match that uses the trigger's direct object beats one that ignores it
    // ("returned artifacts to Peru" is a return, not a trip), and an empty (lenient) slot counts against it
    int score = pat.specificity() * 2;
    int obj = p.child(t, "obj");
    if (obj >= 0 && contains(nodes, obj)) score++;
    for (int x : nodes) if (x < 0) score -= 2;
    return new Match(pat, t, nodes, target, source, fallback, score, openTarget);
  }

  private static boolean used(int[] nodes, int matched, int c) {
    for (int i = 0; i < matched; i++) if (nodes[i] == c) return true;
    return false;
  }

  private static boolean lemmaOk(Parse p, int c, Element e) {
    if (e.lemmas().isEmpty()) return true;
    if (!e.lemmas().contains(p.lemma[c])) return false;
    String particle = e.particles().isEmpty() ? null : e.particles().get(p.lemma[c]);
    return particle == null || p.hasChildLemma(c, "compound:prt", particle);
  }

  /** The direct object of {@code v}: obj, iobj, a passive subject, or for a noun its compound modifier. */
  private static int object(Parse p, int v, int[] nodes, int matched) {
    for (String r : new String[] {"obj", "iobj", "nsubj:pass", "xcomp"}) {
      for (int k = 0; k < p.kids[v].length; k++) {
        int c = p.kids[v][k];
        if (p.kidRel[v][k].equals(r) && !used(nodes, matched, c) && (!r.equals("xcomp") || p.isNoun(c))) return c;
      }
    }
    if (p.isNoun(v)) {
      for (int k = 0; k < p.kids[v].length; k++) {
        String r = p.kidRel[v][k];
        if ((r.equals("compound") || r.equals("amod")) && !used(nodes, matched, p.kids[v][k])) return p.kids[v][k];
      }
    }
    return -1;
  }

  private static int findWord(Parse p, int[] nodes, int matched, Element e) {
    for (int i = matched - 1; i >= 0; i--) {
      int g = nodes[i];
      if (g < 0) continue;
      for (int k = 0; k < p.kids[g].length; k++) {
        int c = p.kids[g][k];
        String r = p.kidRel[g][k];
        if (used(nodes, matched, c)) continue;
        if (FUNCTION_RELS.contains(r) && !r.equals("nsubj:pass") && !r.equals("advmod") && !r.equals("dep")) continue;
        if (e.slot() != Slot.NONE && !(r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass"))) continue;
        if (lemmaOk(p, c, e)) return c;
      }
    }
    if (e.lemmas().isEmpty() || e.slot() != Slot.NONE) return -1;
    // a modifier of a word matched later: "use chemical weapon", "economic tie"
    for (int i = matched - 1; i >= 0; i--) {
      int g = nodes[i];
      if (g < 0) continue;
      for (int k = 0; k < p.kids[g].length; k++) {
        int c = p.kids[g][k];
        String r = p.kidRel[g][k];
        if (!(r.startsWith("obj") || r.startsWith("obl") || r.startsWith("nmod") || r.equals("nsubj:pass"))) continue;
        for (int k2 = 0; k2 < p.kids[c].length; k2++) {
          int c2 = p.kids[c][k2];
          String r2 = p.kidRel[c][k2];
          if ((r2.equals("amod") || r2.equals("compound")) && !used(nodes, matched, c2) && lemmaOk(p, c2, e)) return c2;
        }
      }
    }
    // last resort for a misparsed phrase ("provided an additional $2 million in assistance"): the word
    // somewhere in the trigger's own clause, within three arcs
    return inClause(p, nodes[0], nodes, matched, e, 3);
  }

  private static int inClause(Parse p, int g, int[] nodes, int matched, Element e, int depth) {
    if (depth == 0) return -1;
    for (int k = 0; k < p.kids[g].length; k++) {
      int c = p.kids[g][k];
      String r = p.kidRel[g][k];
      if (r.startsWith("nsubj") || r.startsWith("csubj") || r.startsWith("ccomp") || r.startsWith("advcl")
          || r.startsWith("acl") || r.startsWith("parataxis") || r.startsWith("conj") || r.equals("punct")) {
        continue;
      }
      if (!used(nodes, matched, c) && lemmaOk(p, c, e)) return c;
      int deeper = inClause(p, c, nodes, matched, e, depth - 1);
      if (deeper >= 0) return deeper;
    }
    return -1;
  }

  /** A dependent carrying one of e's markers (children of matched nodes; deep: grandchildren too). */
  private static int findMarked(Parse p, int[] nodes, int matched, Element e, boolean deep) {
    for (int i = matched - 1; i >= 0; i--) {
      int g = nodes[i];
      if (g < 0) continue;
      for (int k = 0; k < p.kids[g].length; k++) {
        int c = p.kids[g][k];
        String r = p.kidRel[g][k];
        if (used(nodes, matched, c) || r.startsWith("nsubj") || r.equals("punct")) continue;
        if (!deep) {
          if (p.carries(c, r, e.markers()) && lemmaOk(p, c, e)) return c;
        } else if (r.startsWith("obj") || r.startsWith("nmod") || r.startsWith("obl") || r.startsWith("acl")
            || r.startsWith("xcomp") || r.startsWith("advcl")) {
          for (int k2 = 0; k2 < p.kids[c].length; k2++) {
            int c2 = p.kids[c][k2];
            String r2 = p.kidRel[c][k2];
            if (used(nodes, matched, c2) || r2.startsWith("nsubj")) continue;
            if (p.carries(c2, r2, e.markers()) && lemmaOk(p, c2, e)) return c2;
          }
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- candidates

  private record Candidate(Match match, ActorMention source, ActorMention target, int clause,
                           java.util.function.Supplier<EventMention> mention) {}

  private void candidates(Document doc, Parse p, Match m, Map<String, ActorMention> memory,
                          List<TimeExpression> times, EventRoles.Side[] subjects, List<Candidate> cands) {
    EventPattern pat = m.pattern();
    EventRoles.Side src, tgt;
    if (m.sourceHead() >= 0) {
      src = roles.phrase(p, m.sourceHead(), Set.of(), memory, "pattern $ slot");
      tgt = pat.hasTarget() ? EventRoles.Side.NONE : roles.subjectOnce(p, m.trigger(), memory, subjects);
    } else {
      src = roles.subjectOnce(p, m.trigger(), memory, subjects);
      tgt = EventRoles.Side.NONE;
    }
    List<ActorMention> sources = new ArrayList<>(src.actors());
    if (m.sourceHead() < 0) {
      for (ActorMention a : roles.coSources(p, m.trigger())) {
        boolean dup = false;
        for (ActorMention b : sources) dup |= b.code().equals(a.code());
        if (!dup) sources.add(a);
      }
    }
    // "talks between Israel and Hamas": the members of a symmetric event's between-phrase are its parties
    // (a subject found inside the noun's own phrase is one of them, not a third party)
    boolean between = false;
    if (m.targetHead() >= 0 && p.hasChildLemma(m.targetHead(), "case", "between")
        && patterns.reciprocal(cameo.code(pat.code()).root())) {
      EventRoles.Side parties = roles.phrase(p, m.targetHead(), Set.of(), memory, "member of the between-phrase");
      Set<String> partyCodes = new HashSet<>();
      for (ActorMention a : parties.actors()) partyCodes.add(a.code());
      boolean inside = true;
      for (ActorMention a : sources) inside &= partyCodes.contains(a.code());
      if (parties.actors().size() > 1 && inside) {
        src = parties;
        sources = new ArrayList<>(parties.actors());
        between = true;
      }
    }
    if (sources.isEmpty() && !lenient) return;
    // an open target stands only for the other members of a plural subject, in both modes
    if (m.openTarget() && sources.size() < 2) return;
    // a nominal event without a target ("the attack", "torture") names its actor closely or not at all:
    // the possessor, or the subject of the verb it is an argument of, never one found several clauses up
    if (!lenient && pat.kind() == EventPattern.Kind.NOUN && !pat.hasTarget() && m.sourceHead() < 0
        && src.how().contains(", ")) {
      return;
    }
    Set<String> srcCodes = new HashSet<>();
    for (ActorMention a : sources) srcCodes.add(a.code());
    if (m.targetHead() >= 0 && !between) tgt = roles.phrase(p, m.targetHead(), srcCodes, memory, "pattern + slot");
    List<ActorMention> targets = tgt.actors();
    boolean reciprocal = false;
    if (targets.isEmpty()) {
      String root = cameo.code(pat.code()).root();
      // a plural subject pairs with itself only when no target phrase was there at all
      boolean pairs = sources.size() > 1 && patterns.reciprocal(root) && (!pat.hasTarget() || m.openTarget() || between);
      if (pat.hasTarget() && !lenient && !pairs) return;
      if (pairs) reciprocal = true;
      // some events need two parties: "Russia met" alone says nothing
      else if ("pair".equals(patterns.cue("reciprocal", root)) && !lenient) return;
    }
    Cameo.Code cc = cameo.code(pat.code());
    EventModality.Modality mod = modality.of(p, m.trigger(), m.nodes());
    String mode = mod.mode();
    String recodedFrom = null;
    if (mod.refusal()) {
      // "refused to release", "will not lift the ban": the event reported is the rejection (12x)
      String refusalCode = patterns.recode("-" + cc.code());
      if (refusalCode != null && cameo.contains(refusalCode)) {
        recodedFrom = cc.code() + " negated, refused" + (mod.intentCue() == null ? "" : " ('" + mod.intentCue() + "')");
        cc = cameo.code(refusalCode);
        mode = "actual";
      }
    } else if (mod.intentCue() != null) {
      // "agreed to provide aid", "will hold talks": the event reported is the intent (03x) or threat (13x)
      String intentCode = patterns.recode(cc.code());
      if (intentCode != null && cameo.contains(intentCode)) {
        recodedFrom = cc.code() + " " + mode + ", intent expressed by '" + mod.intentCue() + "'";
        cc = cameo.code(intentCode);
        mode = "actual";
      }
    }
    EventDates.Dated date = EventDates.date(doc, p, m.pattern(), m.trigger(), m.nodes(), times);
    // ambiguous place names prefer the source's country ("in Victoria" said of Canada)
    Location where = places.of(p, m.nodes(), sources.isEmpty() ? null : sources.get(0).country());
    int clause = clauseOf(p, m.trigger());
    double confidence = 0.9;
    if (src.how().contains("bridged") || tgt.how().contains("bridged")) confidence -= 0.2;
    if (src.how().contains("inside a clause") || tgt.how().contains("inside a clause")) confidence -= 0.2;
    if (m.fallback()) confidence -= 0.1;
    if (src.how().contains(", ")) confidence -= 0.1;

    List<ActorMention[]> pairs = new ArrayList<>();
    if (reciprocal) {
      for (ActorMention a : sources) for (ActorMention b : sources) {
        // one actor at two granularities (RUS and RUSGOV in "the two nations and Putin") does not pair
        // with itself; police and protesters of one country still do
        boolean sameSide = a.code().startsWith(b.code()) || b.code().startsWith(a.code());
        if (a != b && !a.code().equals(b.code()) && !sameSide) pairs.add(new ActorMention[] {a, b});
      }
    } else if (targets.isEmpty()) {
      for (ActorMention a : sources) pairs.add(new ActorMention[] {a, null});
      if (sources.isEmpty()) pairs.add(new ActorMention[] {null, null});
    } else {
      List<ActorMention> ss = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
      for (ActorMention a : ss) for (ActorMention b : targets) {
        if (a == null || !a.code().equals(b.code())) pairs.add(new ActorMention[] {a, b});
      }
    }
    Sentence s = p.sentence;
    Cameo.Code code = cc;
    String finalMode = mode, recoded = recodedFrom;
    boolean symmetric = reciprocal;
    double conf = Math.max(0.1, confidence);
    EventRoles.Side source = src, target = tgt;
    for (ActorMention[] pair : pairs) {
      ActorMention a = pair[0], b = pair[1];
      // the mention (with its why) is built only if the candidate survives deduplication
      cands.add(new Candidate(m, a, b, clause, () -> {
        String why = why(p, m, a, source, b, symmetric ? "the other member of a plural subject (symmetric event)"
            : target.how(), finalMode, date);
        if (recoded != null) why += "; recoded from " + recoded;
        return new EventMention(doc.article().id(), s.index(), s.start(), s.end(), s.text(), a, b,
            code.code(), code.root(), code.quadClass(), code.goldstein(), date.value(), date.precision(), where, finalMode,
            conf, triggerText(p, m), pat.code() + " " + pat.text() + " (" + pat.origin() + ")", why,
            s.tokens().get(m.trigger()).start(), s.tokens().get(m.trigger()).end(), depth(p, m.trigger(), patterns));
      }));
    }
  }

  private static String triggerText(Parse p, Match m) {
    StringBuilder b = new StringBuilder(p.word(m.trigger()));
    List<Element> els = m.pattern().elements();
    for (int i = 0; i < els.size(); i++) {
      int t = m.nodes()[i + 1];
      if (t >= 0 && els.get(i).slot() == Slot.NONE && !els.get(i).markerOnly()) b.append(' ').append(p.word(t));
    }
    return b.toString();
  }

  /**
   * The trigger's depth for salience: edges up to the root, except that a verb of saying ranks below
   * what it reports. The step from a complement to its verb of saying does not count, and the verb
   * of saying counts one deeper, so in "X signed the accord, officials said" and "officials said X
   * signed" the signing is the sentence's event (as PETRARCH codes them) and "said" only when it
   * reports nothing else.
   */
  private static int depth(Parse p, int t, EventPatterns patterns) {
    int d = patterns.cue("speech", p.lemma[t]) != null ? 1 : 0;
    int steps = 0;
    for (int x = t; p.head[x] >= 0 && steps < p.n; x = p.head[x], steps++) {
      if (!EventModality.saying(p, x, patterns)) d++;
    }
    return d;
  }

  /** The nearest verb at or above t (for nominal events, the verb of their clause). */
  private static int clauseOf(Parse p, int t) {
    int x = t;
    for (int i = 0; i < 6 && x >= 0; i++) {
      if (p.isVerb(x) || p.pos[x].startsWith("JJ")) return x;
      x = p.head[x];
    }
    return t;
  }

  private static boolean contains(int[] xs, int x) {
    for (int y : xs) if (y == x) return true;
    return false;
  }

  // ---------------------------------------------------------------- why

  private static String why(Parse p, Match m, ActorMention a, EventRoles.Side src, ActorMention b, String targetHow,
                            String mode, EventDates.Dated date) {
    EventPattern pat = m.pattern();
    StringBuilder w = new StringBuilder();
    w.append("trigger '").append(p.word(m.trigger())).append("' (").append(p.lemma[m.trigger()]).append(", token ")
        .append(m.trigger()).append(")");
    w.append("; pattern ").append(pat.origin()).append(": ").append(pat.code()).append(' ').append(pat.text());
    w.append("; source ").append(actor(a)).append(" as ").append(src.how());
    if (b != null) w.append("; target ").append(actor(b)).append(" as ").append(targetHow);
    w.append("; date ").append(date.value() == null ? "unknown" : date.value()).append(" from ").append(date.how());
    w.append("; mode ").append(mode);
    return w.toString();
  }

  private static String actor(ActorMention a) {
    if (a == null) return "unknown";
    return "'" + a.text() + "' " + a.code() + (a.evidence() == null ? "" : " [" + a.evidence() + "]");
  }

}
