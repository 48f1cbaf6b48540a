package org.newsgraph.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventMention;

/**
 * Codes events the way PETRARCH's dictionaries mean them, over our {@link Document} model (tokens,
 * POS, UD dependencies): a verb listed in the verb file triggers; its block's patterns are tried in
 * file order against the words before ("lower") and after ("upper") the verb; the first match gives
 * the code and may place the source ({@code $}) and target ({@code +}); otherwise the verb's own code
 * applies. The source is the clause subject (through control, coordination and passive "by"), the
 * target the first actor after the verb. Actors are phrases of the actor file (codes chosen by the
 * event date), composed with agents (Gondor + police = GONCOP, the government of Gondor = GONGOV);
 * coordinated actors give one event each. Sentences with a discard phrase give nothing.
 *
 * <p>Thread-safe: holds only the immutable dictionaries.
 */
public final class PetrarchCoder {

  /**
   * One coded event: codes as PETRARCH writes them ("---" for a missing target), the verb token and
   * the pattern that matched (null: the verb's own code), and the token spans [start, end) of the
   * source and target phrases in sentence {@code sentence} (-1 for a missing target).
   */
  public record Coding(int sentence, String source, String target, String code, int verb, String verbWord,
                       String pattern, int sourceStart, int sourceEnd, int targetStart, int targetEnd) {}

  /** An actor code with the token span [start, end) of the phrase it came from. */
  private record Actor(String code, int start, int end) {}

  private final PetrarchDictionaries dicts;
  private final boolean requireDyad;
  private final Map<String, List<ActorPhrase>> actorIndex = new HashMap<>();
  private final Map<String, List<PetrarchAgents.Entry>> agentIndex = new HashMap<>();

  private record ActorPhrase(List<String> words, PetrarchActors.Entry entry) {}

  public PetrarchCoder(PetrarchDictionaries dicts) {
    this(dicts, false);
  }

  /**
   * {@code requireDyad}: PETRARCH's require_dyad option; when true, an event needs a target
   * (otherwise "a senior official said" codes as ---GOV with target "---", as the unit suite expects).
   */
  public PetrarchCoder(PetrarchDictionaries dicts, boolean requireDyad) {
    this.dicts = dicts;
    this.requireDyad = requireDyad;
    for (PetrarchActors.Entry e : dicts.actors().entries()) {
      for (List<String> p : e.phrases()) actorIndex.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new ActorPhrase(p, e));
    }
    for (PetrarchAgents.Entry e : dicts.agents().entries()) {
      if (!e.words().isEmpty()) agentIndex.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }
  }

  public PetrarchDictionaries dictionaries() {
    return dicts;
  }

  /** Events of every sentence of {@code doc}, actor codes chosen for {@code date} (null: undated codes). */
  public List<Coding> code(Document doc, LocalDate date) {
    List<Coding> out = new ArrayList<>();
    List<List<String>> words = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      List<String> w = upperWords(s);
      PetrarchDiscards.Entry d = dicts.discards().find(w);
      if (d != null && d.story()) return List.of();
      words.add(d == null ? w : null);
    }
    for (int i = 0; i < doc.sentences().size(); i++) {
      if (words.get(i) != null) out.addAll(new SentenceCoder(doc.sentences().get(i), date, words.get(i)).run());
    }
    return out;
  }

  /**
   * The events of {@code doc} as our {@link EventMention}s, dated {@code date} (day precision; null:
   * unknown), with root code, quad class and Goldstein score from {@code cameo} where it knows the
   * code (PETRARCH-only codes: root from the first two digits, quad class by root, Goldstein 0).
   * Actor country/role parts are read from the code's 3-letter blocks ("ARNGOV": ARN, GOV).
   */
  public List<EventMention> events(Document doc, LocalDate date, Cameo cameo) {
    List<EventMention> out = new ArrayList<>();
    for (Coding c : code(doc, date)) {
      Sentence s = doc.sentences().get(c.sentence());
      ActorMention src = actor(doc, s, c.source(), c.sourceStart(), c.sourceEnd());
      ActorMention tgt = c.target().equals("---") ? null : actor(doc, s, c.target(), c.targetStart(), c.targetEnd());
      Cameo.Code k = cameo == null ? null : cameo.get(c.code()).orElse(null);
      String root = k != null ? k.root() : c.code().length() >= 2 ? c.code().substring(0, 2) : c.code();
      int quad = k != null ? k.quadClass() : quadOf(root);
      double goldstein = k != null ? k.goldstein() : 0;
      String why = "PETRARCH verb '" + c.verbWord() + "'"
          + (c.pattern() == null ? " (its own code)" : ", pattern '" + c.pattern() + "'")
          + "; source " + c.source() + ", target " + c.target() + (date == null ? "" : "; actor codes as of " + date);
      out.add(new EventMention(doc.article().id(), s.index(), s.start(), s.end(), s.text(), src, tgt, c.code(), root,
          quad, goldstein, date == null ? null : date.toString(), date == null ? "unknown" : "day", null, "actual", 1.0,
          c.verbWord(), c.pattern(), why));
    }
    return out;
  }

  private static int quadOf(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      return 0;
    }
    return r >= 1 && r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : r <= 20 ? 4 : 0;
  }

  private static ActorMention actor(Document doc, Sentence s, String code, int ts, int te) {
    int st = ts >= 0 && ts < s.tokens().size() ? s.tokens().get(ts).start() : s.start();
    int en = te > 0 && te <= s.tokens().size() ? s.tokens().get(te - 1).end() : s.end();
    String body = doc.article().body();
    String text = body != null && en <= body.length() && st <= en ? body.substring(st, en) : "";
    String country = code.length() >= 3 && !code.startsWith("---") ? code.substring(0, 3) : null;
    String role = code.startsWith("---") ? (code.length() > 3 ? code.substring(3) : null)
        : code.length() >= 6 ? code.substring(3, 6) : null;
    return new ActorMention(code, text, country, role, s.index(), ts, te, st, en, text, "PETRARCH dictionaries: " + code);
  }

  /** Events of one sentence. */
  public List<Coding> code(Sentence s, LocalDate date) {
    List<String> w = upperWords(s);
    if (dicts.discards().find(w) != null) return List.of();
    return new SentenceCoder(s, date, w).run();
  }

  private static List<String> upperWords(Sentence s) {
    List<String> w = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) w.add(t.word().toUpperCase(Locale.ROOT));
    return w;
  }

  /** A dictionary match over tokens [start, end). */
  private record Match(int start, int end, PetrarchActors.Entry actor, PetrarchAgents.Entry agent) {}

  /** Everything about one sentence while coding it. */
  private final class SentenceCoder {
    final Sentence s;
    final LocalDate date;
    final int n;
    final String[] up;
    final Match[] matchAt; // the dictionary match covering each token, or null
    final List<Match> matches = new ArrayList<>();
    final List<List<Dependency>> out; // dependents by governor
    final Dependency[] head;          // a basic-ish head arc per token (first non-extra arc)
    final List<String>[] codeCache;

    SentenceCoder(Sentence s, LocalDate date, List<String> upper) {
      this.s = s;
      this.date = date;
      this.n = s.tokens().size();
      this.up = upper.toArray(new String[0]);
      this.matchAt = new Match[n];
      this.out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(new ArrayList<>());
      this.head = new Dependency[n];
      @SuppressWarnings("unchecked") List<String>[] cache = new List[n];
      this.codeCache = cache;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() < 0 || d.dependent() >= n) continue;
        if (d.governor() >= 0) out.get(d.governor()).add(d);
        String r = d.relation();
        boolean extra = r.endsWith(":xsubj") || r.startsWith("ref") || d.governor() == d.dependent();
        // enhanced++ copies a conjunct's arcs from its first conjunct; the conj arc is the tree arc
        if (!extra && (head[d.dependent()] == null || r.startsWith("conj") && !head[d.dependent()].relation().startsWith("conj"))) {
          head[d.dependent()] = d;
        }
      }
      findMatches();
    }

    private void findMatches() {
      int i = 0;
      while (i < n) {
        Match best = null;
        for (ActorPhrase p : actorIndex.getOrDefault(up[i], List.of())) {
          if (fits(p.words(), i) && (best == null || p.words().size() > best.end() - best.start())) {
            best = new Match(i, i + p.words().size(), p.entry(), null);
          }
        }
        for (PetrarchAgents.Entry a : agentIndex.getOrDefault(up[i], List.of())) {
          if (fits(a.words(), i) && (best == null || a.words().size() > best.end() - best.start())) {
            best = new Match(i, i + a.words().size(), null, a);
          }
        }
        if (best == null) { i++; continue; }
        matches.add(best);
        for (int k = best.start(); k < best.end(); k++) matchAt[k] = best;
        i = best.end();
      }
    }

    private boolean fits(List<String> words, int at) {
      if (at + words.size() > n) return false;
      for (int k = 0; k < words.size(); k++) if (!words.get(k).equals(up[at + k])) return false;
      return true;
    }

    // ---------------------------------------------------------------- actor phrases

    private boolean npInternal(String rel) {
      return rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod:poss") || rel.equals("det")
          || rel.equals("flat") || rel.startsWith("flat:") || rel.equals("nummod") || rel.equals("compound:prt")
          || rel.equals("case") || rel.equals("det:predet") || rel.equals("dep") || rel.equals("appos")
          || rel.equals("punct") || rel.equals("cc:preconj");
    }

    /** Tokens of the noun phrase headed by h, without prepositional modifiers or clauses. */
    private Set<Integer> np(int h) {
      Set<Integer> seen = new LinkedHashSet<>();
      collect(h, seen);
      return seen;
    }

    private void collect(int t, Set<Integer> seen) {
      if (!seen.add(t)) return;
      for (Dependency d : out.get(t)) {
        if (npInternal(d.relation()) && d.dependent() != t) collect(d.dependent(), seen);
      }
    }

    /** Head of the noun phrase that token t belongs to. */
    private int npHead(int t) {
      int h = t;
      for (int guard = 0; guard < 10; guard++) {
        Dependency d = head[h];
        if (d == null || d.governor() < 0 || !npInternal(d.relation())) break;
        if (d.relation().equals("appos") || d.relation().equals("punct")) break;
        String pos = s.tokens().get(d.governor()).pos();
        if (!pos.startsWith("N") && !pos.startsWith("PRP") && !pos.startsWith("CD")) break;
        h = d.governor();
      }
      return h;
    }

    /** Codes of the actor phrase headed by h (without its conjuncts); memoised per head. */
    List<String> codes(int h, int depth) {
      if (depth > 0) return computeCodes(h, depth);
      List<String> c = codeCache[h];
      if (c == null) codeCache[h] = c = computeCodes(h, 0);
      return c;
    }

    private List<String> computeCodes(int h, int depth) {
      Set<Integer> np = np(h);
      List<String> actors = new ArrayList<>();
      List<String> prefix = new ArrayList<>();
      List<String> suffix = new ArrayList<>();
      Set<Match> used = new LinkedHashSet<>();
      int firstActorEnd = -1;
      for (int t : sorted(np)) {
        Match m = matchAt[t];
        if (m == null || !used.add(m)) continue;
        // the first named actor of a phrase codes it ("Ithilen's minister Calimehtar" is ITHGOV),
        // unless the names are coordinated ("old foes Gondor and Osgiliath")
        if (m.actor() != null) {
          if (firstActorEnd < 0 || coordinated(firstActorEnd, m.start())) actors.addAll(m.actor().codesOn(date));
          if (firstActorEnd < 0) firstActorEnd = m.end();
        }
        else if (m.agent().prefix()) prefix.add(m.agent().code());
        else suffix.add(m.agent().code());
      }
      Dependency conj = head[h];
      int coordHead = conj != null && conj.relation().startsWith("conj") && conj.governor() >= 0 ? conj.governor() : -1;
      if (actors.isEmpty() && coordHead >= 0 && depth < 3 && !(prefix.isEmpty() && suffix.isEmpty())) {
        // "Danish media and government": the conjunct shares the first one's modifiers
        Match own = matchAt[coordHead];
        List<String> bp = new ArrayList<>(), bs = new ArrayList<>();
        for (int t : sorted(np(coordHead))) {
          Match m = matchAt[t];
          if (m == null || m == own || !used.add(m)) continue;
          if (m.actor() != null) actors.addAll(m.actor().codesOn(date));
          else if (m.agent().prefix()) bp.add(m.agent().code());
          else bs.add(m.agent().code());
        }
        prefix.addAll(0, bp);
        suffix.addAll(0, bs);
      }
      List<Integer> nmodHosts = new ArrayList<>();
      nmodHosts.add(h);
      if (coordHead >= 0) nmodHosts.add(coordHead);
      for (int host : nmodHosts) {
        if (!actors.isEmpty() || depth >= 3) break;
        for (Dependency d : out.get(host)) {
          String r = d.relation();
          if ((r.startsWith("nmod:") && !r.startsWith("nmod:poss")) || r.equals("nmod")) {
            if (!(r.endsWith(":of") || r.endsWith(":in") || r.endsWith(":from") || r.endsWith(":at"))) continue;
            for (int c : withConjuncts(d.dependent())) {
              for (String code : codes(c, depth + 1)) if (!code.startsWith("---")) actors.add(code);
            }
            if (!actors.isEmpty()) break;
          }
        }
      }
      if (actors.isEmpty() && prefix.isEmpty() && suffix.isEmpty()) return List.of();
      if (actors.isEmpty()) actors.add("---");
      List<String> result = new ArrayList<>();
      for (String a : actors) {
        StringBuilder b = new StringBuilder();
        for (String p : prefix) if (!hasChunk(a, p)) b.append(p);
        b.append(a);
        for (String x : suffix) if (!hasChunk(b.toString(), x)) b.append(x);
        if (!result.contains(b.toString())) result.add(b.toString());
      }
      return result;
    }

    private boolean coordinated(int from, int to) {
      for (int k = from; k < to; k++) {
        String pos = s.tokens().get(k).pos();
        if (pos.equals("CC") || pos.equals(",")) return true;
      }
      return false;
    }

    private boolean hasChunk(String code, String part) {
      for (int i = 0; i + part.length() <= code.length(); i += 3) {
        if (code.startsWith(part, i)) return true;
      }
      return false;
    }

    private List<Integer> sorted(Set<Integer> set) {
      List<Integer> l = new ArrayList<>(set);
      l.sort(null);
      return l;
    }

    /** h and the heads coordinated with it ("Gondor and Arnor"). */
    List<Integer> withConjuncts(int h) {
      List<Integer> l = new ArrayList<>();
      l.add(h);
      for (Dependency d : out.get(h)) {
        if (d.relation().startsWith("conj") && !l.contains(d.dependent())) l.add(d.dependent());
      }
      return l;
    }

    /** The actor codes of a group of coordinated heads. */
    List<String> groupCodes(List<Integer> heads) {
      List<String> out = new ArrayList<>();
      for (int h : heads) for (String c : codes(h, 0)) if (!out.contains(c)) out.add(c);
      return out;
    }

    /** The actor phrase (head and conjuncts) a dictionary match at token t belongs to. */
    List<Integer> groupAt(int t) {
      int h = npHead(t);
      // a conjunct: take the whole coordination from its first member
      Dependency d = head[h];
      if (d != null && d.relation().startsWith("conj") && d.governor() >= 0) h = d.governor();
      return withConjuncts(h);
    }

    int groupEnd(List<Integer> group) {
      int end = -1;
      for (int h : group) for (int t : np(h)) end = Math.max(end, t);
      return end;
    }

    int groupStart(List<Integer> group) {
      int start = n;
      for (int h : group) for (int t : np(h)) start = Math.min(start, t);
      return start;
    }

    // ---------------------------------------------------------------- verbs

    List<Coding> run() {
      List<Coding> codings = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        Token t = s.tokens().get(v);
        if (!t.pos().startsWith("VB")) continue;
        List<PetrarchVerbs.Verb> verb = verbAt(v);
        if (verb.isEmpty()) continue;
        codeVerb(v, verb, codings);
      }
      return codings;
    }

    /** The verb forms at token v: the longest fitting multi-word form, from every block that lists it. */
    private List<PetrarchVerbs.Verb> verbAt(int v) {
      String lemma = s.tokens().get(v).lemma();
      for (String key : new String[] {up[v], lemma == null ? null : lemma.toUpperCase(Locale.ROOT)}) {
        if (key == null) continue;
        List<PetrarchVerbs.Verb> fit = new ArrayList<>();
        int size = -1;
        for (PetrarchVerbs.Verb f : dicts.verbs().forms(key)) {
          if (!fitsAround(f, v)) continue;
          int sz = f.before().size() + f.after().size();
          if (sz < size) continue;
          if (sz > size) { fit.clear(); size = sz; }
          fit.add(f);
        }
        if (!fit.isEmpty()) return fit;
      }
      return List.of();
    }

    /** PETRARCH ignores patterns whose code is not a code ("+++", "###"). */
    private boolean usable(String code) {
      return code != null && !code.isBlank() && code.indexOf('+') < 0 && code.indexOf('#') < 0;
    }

    private boolean fitsAround(PetrarchVerbs.Verb f, int v) {
      int b = f.before().size();
      if (v - b < 0) return false;
      for (int k = 0; k < b; k++) if (!f.before().get(k).equals(up[v - b + k])) return false;
      int a = f.after().size();
      if (v + a >= n) return false;
      for (int k = 0; k < a; k++) if (!f.after().get(k).equals(up[v + 1 + k])) return false;
      return true;
    }

    /** Bindings of one pattern match. */
    private final class Binding {
      List<Integer> source, target, compound;
      boolean compoundUpper;
      List<Integer> passiveTarget;
    }

    private void codeVerb(int v, List<PetrarchVerbs.Verb> forms, List<Coding> codings) {
      PetrarchVerbs.Verb verb = forms.get(0);
      int first = v - verb.before().size();
      int last = v + verb.after().size();
      int upperEnd = clauseEnd(v, last);
      String code = null;
      for (PetrarchVerbs.Verb f : forms) {
        if (usable(f.code()) && !f.code().startsWith("---")) { code = f.code(); break; }
      }
      if (code == null) code = verb.code();
      String patternText = null;
      Binding bind = new Binding();
      search:
      for (PetrarchVerbs.Verb f : forms) {
        for (PetrarchVerbs.VerbPattern p : f.block().patterns()) {
          if (!usable(p.code())) continue;
          Binding b = new Binding();
          if (matchUpper(p, last + 1, upperEnd, b) && matchLower(p, first - 1, b)) {
            code = p.code();
            patternText = p.text();
            bind = b;
            break search;
          }
        }
      }
      if (code == null || code.isBlank() || code.startsWith("---")) return;
      String primary = code, reverse = null;
      int colon = code.indexOf(':');
      if (colon >= 0) {
        primary = code.substring(0, colon).trim();
        reverse = code.substring(colon + 1).trim();
        if (primary.isEmpty() || primary.startsWith("---")) primary = null;
        if (reverse.isEmpty() || reverse.startsWith("---")) reverse = null;
      }
      String vw = s.tokens().get(v).word();
      if (bind.compound != null && bind.compoundUpper) {
        bind.target = bind.compound;
        bind.compound = null;
      }
      if (bind.compound != null) {
        List<Actor> group = groupActors(bind.compound);
        for (Actor a : group) for (Actor b : group) {
          if (!a.code().equals(b.code()) && primary != null) codings.add(coding(a, b, primary, v, vw, patternText));
        }
        if (group.size() > 1) return;
      }
      List<Integer> srcGroup = bind.source;
      List<Integer> tgtGroup = bind.target;
      if (srcGroup == null) {
        srcGroup = subjectGroup(v, bind);
        if (tgtGroup == null && bind.passiveTarget != null) tgtGroup = bind.passiveTarget;
        if (tgtGroup != null && srcGroup != null && srcGroup.equals(tgtGroup)) srcGroup = precedingGroup(groupStart(tgtGroup));
      }
      if (tgtGroup == null) tgtGroup = followingGroup(last + 1, upperEnd, srcGroup);
      List<Actor> sources = srcGroup == null ? List.of() : groupActors(srcGroup);
      List<Actor> targets = tgtGroup == null ? List.of() : groupActors(tgtGroup);
      if (sources.isEmpty()) return;
      if (targets.isEmpty()) {
        // coordinated sources of a reciprocal code ("Gondor and Osgiliath renewed ties") act on each other
        if (sources.size() > 1 && reverse != null) {
          for (Actor a : sources) for (Actor b : sources) {
            if (!a.code().equals(b.code()) && primary != null) codings.add(coding(a, b, primary, v, vw, patternText));
          }
        } else if (primary != null && !requireDyad) {
          for (Actor a : sources) codings.add(coding(a, null, primary, v, vw, patternText));
        }
        return;
      }
      for (Actor a : sources) for (Actor b : targets) {
        if (a.code().equals(b.code())) continue;
        if (primary != null) codings.add(coding(a, b, primary, v, vw, patternText));
        if (reverse != null) codings.add(coding(b, a, reverse, v, vw, patternText));
      }
    }

    private Coding coding(Actor a, Actor b, String code, int v, String vw, String pattern) {
      return new Coding(s.index(), a.code(), b == null ? "---" : b.code(), code, v, vw, pattern,
          a.start(), a.end(), b == null ? -1 : b.start(), b == null ? -1 : b.end());
    }

    /** A token that never starts or ends an actor's text: prepositions, conjunctions, punctuation. */
    private boolean edge(int t) {
      String pos = s.tokens().get(t).pos();
      return pos.equals("IN") || pos.equals("TO") || pos.equals("CC") || pos.equals("POS") || !Character.isLetterOrDigit(pos.charAt(0));
    }

    /** The actors of a group of coordinated heads, each with the token span of its phrase. */
    List<Actor> groupActors(List<Integer> heads) {
      List<Actor> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (int h : heads) {
        // the span runs from the head over the dictionary phrases that coded it, not over appositions
        int st = h, en = h;
        for (int t : np(h)) {
          if (matchAt[t] == null) continue;
          st = Math.min(st, matchAt[t].start());
          en = Math.max(en, matchAt[t].end() - 1);
        }
        while (st < en && edge(st)) st++;
        while (en > st && edge(en)) en--;
        for (String c : codes(h, 0)) if (seen.add(c)) out.add(new Actor(c, st, en + 1));
      }
      return out;
    }

    /** Last token index of the verb's clause to the right: its subtree, without coordinated clauses. */
    private int clauseEnd(int v, int last) {
      int end = last;
      List<Integer> stack = new ArrayList<>();
      stack.add(v);
      Set<Integer> seen = new LinkedHashSet<>();
      while (!stack.isEmpty()) {
        int t = stack.remove(stack.size() - 1);
        if (!seen.add(t)) continue;
        end = Math.max(end, t);
        for (Dependency d : out.get(t)) {
          String r = d.relation();
          int c = d.dependent();
          if (c < v && t == v) continue;
          if (t == v && (r.startsWith("conj") || r.equals("parataxis"))) {
            if (s.tokens().get(c).pos().startsWith("VB")) continue;
          }
          if (r.startsWith("nsubj") && t == v) continue;
          if (r.endsWith(":xsubj") || r.startsWith("ref")) continue;
          stack.add(c);
        }
      }
      return Math.min(end, n - 1);
    }

    /** Subject of the verb: its own, or through xcomp/conj/aux chains above it; passive "by" agent wins. */
    private List<Integer> subjectGroup(int v, Binding bind) {
      int cur = v;
      boolean explicit = false;
      for (int guard = 0; guard < 5 && cur >= 0; guard++) {
        Integer subj = null, agent = null, passiveSubj = null;
        boolean passive = false;
        for (Dependency d : out.get(cur)) {
          if (d.relation().startsWith("aux:pass") || d.relation().startsWith("nsubj:pass")) passive = true;
        }
        List<Dependency> args = new ArrayList<>(out.get(cur));
        // "was opposed earlier by X": the parser may hang the by-phrase on the adverb
        for (Dependency d : out.get(cur)) if (d.relation().equals("advmod")) args.addAll(out.get(d.dependent()));
        for (Dependency d : args) {
          String r = d.relation();
          if (r.equals("obl:agent") || r.equals("nmod:agent") || passive && (r.equals("obl:by") || r.equals("nmod:by"))) agent = d.dependent();
          if (!out.get(cur).contains(d)) continue;
          if (r.startsWith("nsubj") || r.startsWith("csubj")) {
            // a pronoun subject ("Ethiopia indicated it would act") refers back: nearest actor before it
            if (s.tokens().get(d.dependent()).pos().startsWith("PRP") && !hasActor(d.dependent())) {
              if (subj == null) {
                List<Integer> g = precedingGroup(d.dependent());
                if (g != null) return g;
              }
              continue;
            }
            explicit = true;
            if (subj == null && hasActor(d.dependent())) subj = d.dependent();
            if (r.startsWith("nsubj:pass") && hasActor(d.dependent())) passiveSubj = d.dependent();
          }
        }
        if (agent != null && hasActor(agent)) {
          if (passiveSubj != null) bind.passiveTarget = groupOf(passiveSubj);
          return groupOf(agent);
        }
        if (subj != null) {
          // a reporting clause after the event ("..., a senior official said"): the actor before the verb
          if (guard > 0 && subj > v) {
            List<Integer> g = precedingGroup(v);
            if (g != null) return g;
          }
          return groupOf(subj);
        }
        if (explicit) return null;
        Dependency up = head[cur];
        if (up == null || up.governor() < 0) break;
        String r = up.relation();
        if (!(r.startsWith("xcomp") || r.startsWith("conj") || r.equals("dep") || r.startsWith("advcl")
            || r.startsWith("ccomp") && guard == 0 && false)) break;
        cur = up.governor();
      }
      return precedingGroup(v);
    }

    private List<Integer> groupOf(int h) {
      List<Integer> g = withConjuncts(h);
      return g;
    }

    private boolean hasActor(int h) {
      for (int c : withConjuncts(h)) if (!codes(c, 0).isEmpty()) return true;
      return false;
    }

    /** The nearest actor phrase ending before token {@code before}. */
    private List<Integer> precedingGroup(int before) {
      for (int t = before - 1; t >= 0; t--) {
        if (matchAt[t] == null) continue;
        List<Integer> g = groupAt(t);
        if (!groupCodes(g).isEmpty() && groupStart(g) < before) return g;
      }
      return null;
    }

    /** The first actor phrase after the verb within [from, to], not the source. */
    private List<Integer> followingGroup(int from, int to, List<Integer> source) {
      for (int t = from; t <= to && t < n; t++) {
        if (matchAt[t] == null) continue;
        List<Integer> g = groupAt(t);
        if (source != null && g.equals(source)) continue;
        if (groupStart(g) < from && groupEnd(g) < from) continue;
        List<String> c = groupCodes(g);
        if (!c.isEmpty()) return g;
      }
      return null;
    }

    // ---------------------------------------------------------------- pattern matching

    private boolean matchUpper(PetrarchVerbs.VerbPattern p, int from, int to, Binding b) {
      int pos = from;
      List<PetrarchVerbs.Element> els = p.upper();
      for (int i = 0; i < els.size(); i++) {
        PetrarchVerbs.Element e = els.get(i);
        boolean adjacent = i == 0 ? p.verbAdjacent() : e.adjacent();
        int end = -1;
        for (int at = pos; at <= to; at++) {
          end = matchForward(e, at, to, b);
          if (end >= 0 || adjacent) break;
          if (isClauseBreak(at)) break;
        }
        if (end < 0) return false;
        pos = end;
      }
      return true;
    }

    private boolean isClauseBreak(int at) {
      return false;
    }

    /** Matches e starting at token at; returns the index after it, or -1. */
    private int matchForward(PetrarchVerbs.Element e, int at, int to, Binding b) {
      if (at > to || at >= n) return -1;
      switch (e.kind()) {
        case WORD:
          return up[at].equals(e.value()) ? at + 1 : -1;
        case SYNSET:
          for (List<String> m : dicts.verbs().synset(e.value())) {
            if (at + m.size() - 1 <= to && fits(m, at)) return at + m.size();
          }
          return -1;
        case SKIP:
          return skipPhrase(at, to);
        default: {
          if (matchAt[at] == null) return -1;
          List<Integer> g = groupAt(at);
          if (groupCodes(g).isEmpty()) return -1;
          bind(e, g, b);
          if (e.kind() == PetrarchVerbs.Kind.COMPOUND) b.compoundUpper = true;
          return Math.max(at + 1, Math.min(groupEnd(g), to) + 1);
        }
      }
    }

    private void bind(PetrarchVerbs.Element e, List<Integer> g, Binding b) {
      if (e.kind() == PetrarchVerbs.Kind.SOURCE) b.source = g;
      else if (e.kind() == PetrarchVerbs.Kind.TARGET) b.target = g;
      else b.compound = g;
    }

    private int skipPhrase(int at, int to) {
      if (matchAt[at] != null) {
        List<Integer> g = groupAt(at);
        return Math.max(at + 1, Math.min(groupEnd(g), to) + 1);
      }
      int t = at;
      while (t <= to && t < n) {
        String pos = s.tokens().get(t).pos();
        if (!(pos.startsWith("N") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.startsWith("PRP"))) break;
        t++;
      }
      return t > at ? t : -1;
    }

    private boolean matchLower(PetrarchVerbs.VerbPattern p, int from, Binding b) {
      int pos = from; // matching goes leftwards; an element must end at or before pos
      List<PetrarchVerbs.Element> els = p.lower();
      for (int i = els.size() - 1; i >= 0; i--) {
        PetrarchVerbs.Element e = els.get(i);
        boolean adjacent = i == els.size() - 1 ? p.lowerAdjacent() : els.get(i + 1).adjacent();
        int start = -1;
        for (int at = pos; at >= 0; at--) {
          start = matchBackward(e, at, b);
          if (start >= 0 || adjacent) break;
        }
        if (start < 0) return false;
        pos = start - 1;
      }
      return true;
    }

    /** Matches e ending at token at; returns its first token index, or -1. */
    private int matchBackward(PetrarchVerbs.Element e, int at, Binding b) {
      if (at < 0) return -1;
      switch (e.kind()) {
        case WORD:
          return up[at].equals(e.value()) ? at : -1;
        case SYNSET:
          for (List<String> m : dicts.verbs().synset(e.value())) {
            int st = at - m.size() + 1;
            if (st >= 0 && fits(m, st)) return st;
          }
          return -1;
        case SKIP: {
          int t = at;
          while (t >= 0) {
            String pos = s.tokens().get(t).pos();
            if (!(pos.startsWith("N") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.startsWith("PRP") || pos.equals("POS"))) break;
            t--;
          }
          return t < at ? t + 1 : -1;
        }
        default: {
          if (matchAt[at] == null) return -1;
          List<Integer> g = groupAt(at);
          if (groupCodes(g).isEmpty()) return -1;
          bind(e, g, b);
          return Math.max(0, Math.min(groupStart(g), at));
        }
      }
    }
  }
}
