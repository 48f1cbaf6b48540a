package org.newsgraph.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.actors.ActorDictionary.Agent;
import org.newsgraph.actors.ActorDictionary.Hit;
import org.newsgraph.actors.ActorDictionary.Kind;
import org.newsgraph.actors.ActorDictionary.Named;
import org.newsgraph.actors.ActorDictionary.Payload;
import org.newsgraph.actors.ActorDictionary.Reference;
import org.newsgraph.actors.ActorDictionary.Refers;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.places.Location;

/**
 * One sentence's actors: dictionary matches (longest first, over words and lemmas), then composition
 * (country/organisation + agent nouns + person, agent + "of" + actor, compound nouns). Not thread-safe;
 * one per sentence.
 */
final class SentenceScan {

  /** A dictionary match before composition. */
  private record Match(int start, int end, Named named, Agent agent, boolean discard, boolean silent) {}

  /** An actor found in the sentence (mutable while the article is resolved). */
  static final class Found {
    int start;
    int end;
    String code;
    String name;
    String country;
    String role;
    String evidence;
    Named named;          // the dictionary entry behind it, or null (agents, references)
    boolean prefix;       // role goes before the country (PETRARCH's NGO~)
    boolean roleOnly;     // an agent without any country
    boolean individual;   // one person ("Putin", "the envoy"), for "he" and "the official"
    boolean group;        // a country, government or organisation-like actor a description may name
    boolean reference;    // resolved from a description or pronoun
    boolean extended;     // covers common nouns it modifies ("UN resolution"): the phrase names a thing
    Agent agent;          // the agent that gave the role, if any
    int head = -1;
    String firstName;     // first and last word of the name, for later short names ("Choe")
    String lastName;

    ActorMention mention(SentenceScan s, int sentence) {
      List<Token> t = s.tokens;
      int cs = t.get(start).start();
      int ce = t.get(end - 1).end();
      String body = s.body;
      String text;
      if (body != null && cs >= 0 && ce <= body.length() && cs <= ce) {
        text = body.substring(cs, ce);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
          if (i > start) sb.append(' ');
          sb.append(t.get(i).word());
        }
        text = sb.toString();
      }
      return new ActorMention(code, name, country, role, sentence, start, end, cs, ce, text, evidence);
    }
  }

  final ActorDictionary dict;
  private final Gazetteer places;
  final List<Token> tokens;
  final String body;
  final int n;
  final LocalDate from;
  final LocalDate to;
  /** When no entry of a phrase is valid in [from, to]: the date to try next (publication), or null. */
  final LocalDate fallback;
  // keys: one or more per token (none for bare hyphens and periods)
  private String[] keys;
  private String[] alt;
  private int[] keyTok;
  private boolean[] lastKeyOfTok;
  private int nk;
  private final int[] firstKey;
  // dependencies
  final int[] gov;
  final String[] rel;
  final boolean hasDeps;
  // results
  final List<Found> found = new ArrayList<>();
  private final int[] covered;
  boolean discarded;

  /** People entries must be valid at some time in [from, to] (both null: any time), else on fallback. */
  SentenceScan(ActorDictionary dict, Gazetteer places, Sentence s, String body, LocalDate from, LocalDate to,
               LocalDate fallback) {
    this.dict = dict;
    this.places = places;
    this.tokens = s.tokens();
    this.body = body;
    this.n = tokens.size();
    this.from = from;
    this.to = to;
    this.fallback = fallback;
    this.firstKey = new int[n];
    this.covered = new int[n];
    this.gov = new int[n];
    this.rel = new String[n];
    Arrays.fill(gov, -2);
    Arrays.fill(rel, "");
    boolean deps = false;
    // enhanced graphs give some tokens several governors ("Choe, who did not address ...": obj of
    // "address" through the relative clause, nsubj of "praised"): keep the first basic-looking arc,
    // but a subject arc wins, and "ref" arcs never count
    for (Dependency d : s.dependencies()) {
      int t = d.dependent();
      if (t < 0 || t >= n || d.relation().equals("ref")) continue;
      if (gov[t] == -2 || (d.relation().startsWith("nsubj") && !rel[t].startsWith("nsubj"))) {
        gov[t] = d.governor();
        rel[t] = d.relation();
        deps = true;
      }
    }
    this.hasDeps = deps;
    buildKeys();
  }

  private void buildKeys() {
    keys = new String[n + 4];
    alt = new String[n + 4];
    keyTok = new int[n + 4];
    lastKeyOfTok = new boolean[n + 4];
    List<String> tmp = new ArrayList<>(4);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      tmp.clear();
      PhraseTrie.keys(t.word(), tmp);
      if (tmp.isEmpty()) {
        firstKey[i] = -1;
        continue;
      }
      firstKey[i] = nk;
      for (int k = 0; k < tmp.size(); k++) {
        if (nk == keys.length) grow();
        keys[nk] = tmp.get(k);
        keyTok[nk] = i;
        // a possessive glued to its word ("Korea’s") still lets the word end a match
        lastKeyOfTok[nk] = k == tmp.size() - 1 || (k == tmp.size() - 2 && tmp.get(k + 1).equals("'s"));
        alt[nk] = null;
        nk++;
      }
      if (tmp.size() == 1 && t.lemma() != null && !t.lemma().equalsIgnoreCase(t.word())) {
        String l = PhraseTrie.normalise(t.lemma());
        if (!l.equals(keys[nk - 1]) && simple(l)) alt[nk - 1] = l;
      }
    }
  }

  private static boolean simple(String k) {
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == '-' || c == '.' || c == '_' || c == ' ') return false;
    }
    return !k.isEmpty();
  }

  private void grow() {
    int m = keys.length * 2;
    keys = Arrays.copyOf(keys, m);
    alt = Arrays.copyOf(alt, m);
    keyTok = Arrays.copyOf(keyTok, m);
    lastKeyOfTok = Arrays.copyOf(lastKeyOfTok, m);
  }

  // ---------------------------------------------------------------- matching

  private final List<Match> candidates = new ArrayList<>();
  private int matchStart;

  /**
   * Dictionary matches, then composition. Matches are chosen to cover the most tokens (a leading
   * determiner counts for nothing), then to be fewest: "President Xi Jinping" is the agent + the
   * person, not the alias "President Xi" + a stray "Jinping"; "the UN General Assembly" is one match.
   */
  SentenceScan run() {
    // candidates[first[p] .. first[p + 1]) are the usable matches starting at token p
    int[] first = new int[n + 1];
    for (int t = 0; t < n; t++) {
      first[t] = candidates.size();
      int k = firstKey[t];
      if (k >= 0) {
        matchStart = t;
        walk(dict.phrases.root, k);
      }
    }
    first[n] = candidates.size();
    int[] cover = new int[n + 1];
    int[] count = new int[n + 1];
    Match[] choice = new Match[n + 1];
    for (int p = n - 1; p >= 0; p--) {
      cover[p] = cover[p + 1];
      count[p] = count[p + 1];
      for (int i = first[p]; i < first[p + 1]; i++) {
        Match m = candidates.get(i);
        int c = cover[m.end()] + m.end() - m.start() - ("DT".equals(pos(m.start())) ? 1 : 0);
        int k = count[m.end()] + 1;
        if (c > cover[p] || (c == cover[p] && k < count[p])) {
          cover[p] = c;
          count[p] = k;
          choice[p] = m;
        }
      }
    }
    List<Match> ms = new ArrayList<>();
    for (int p = 0; p < n; ) {
      Match m = choice[p];
      if (m == null) {
        p++;
        continue;
      }
      ms.add(m);
      if (m.discard() && !m.silent()) discarded = true;
      p = m.end();
    }
    compose(ms);
    return this;
  }

  private void walk(PhraseTrie.Node<Payload> node, int ki) {
    if (ki > 0 && node.value != null && lastKeyOfTok[ki - 1] && keyTok[ki - 1] >= matchStart) {
      int end = keyTok[ki - 1] + 1;
      Match m = usable(node.value, matchStart, end);
      if (m != null) {
        boolean dup = false;
        for (int i = candidates.size() - 1; i >= 0 && candidates.get(i).start() == matchStart; i--) {
          dup |= candidates.get(i).end() == end;
        }
        if (!dup) candidates.add(m);
      }
    }
    if (ki >= nk) return;
    PhraseTrie.Node<Payload> c = node.child(keys[ki]);
    if (c != null) walk(c, ki + 1);
    if (alt[ki] != null) {
      c = node.child(alt[ki]);
      if (c != null) walk(c, ki + 1);
    }
  }

  private Match usable(Payload p, int start, int end) {
    if (p.discard || p.silent) return new Match(start, end, null, null, true, !p.discard);
    Named pick = null;
    for (Hit h : p.named) {
      if (!h.named().validIn(from, to) || !caseOk(h.acronym(), start, end)) continue;
      if (from != null || to != null) {
        pick = h.named();
        break;
      }
      // no date at all: the current entry (open-ended, else the latest), not an early tenure
      if (pick == null || later(h.named(), pick)) pick = h.named();
    }
    if (pick == null && fallback != null) {
      for (Hit h : p.named) {
        if (h.named().validOn(fallback) && caseOk(h.acronym(), start, end)) {
          pick = h.named();
          break;
        }
      }
    }
    if (pick != null) return new Match(start, end, pick, null, false, false);
    // agents are nouns: not "courted", "official visit", "military action"
    if (p.agent != null && (pos(end - 1).isEmpty() || pos(end - 1).startsWith("NN"))) {
      return new Match(start, end, null, p.agent, false, false);
    }
    return null;
  }

  private static boolean later(Named a, Named b) {
    if (b.to() == null) return false;
    return a.to() == null || a.to().isAfter(b.to());
  }

  /** Names need a capital somewhere ("turkey" is not Turkey); acronyms need upper case throughout ("us" is not the US). */
  private boolean caseOk(boolean acronym, int start, int end) {
    boolean upper = false;
    for (int i = start; i < end; i++) {
      String w = tokens.get(i).word();
      for (int j = 0; j < w.length(); j++) {
        char c = w.charAt(j);
        if (Character.isUpperCase(c)) upper = true;
        else if (acronym && Character.isLowerCase(c)) return false;
      }
    }
    return upper;
  }

  // ---------------------------------------------------------------- composition

  private void compose(List<Match> ms) {
    Arrays.fill(covered, -1);
    int[] startAt = new int[n];
    Arrays.fill(startAt, -1);
    for (int i = 0; i < ms.size(); i++) {
      Match m = ms.get(i);
      startAt[m.start()] = i;
      for (int t = m.start(); t < m.end(); t++) covered[t] = i;
    }
    int i = 0;
    while (i < ms.size()) {
      Match m = ms.get(i);
      if (m.discard()) {
        i++;
        continue;
      }
      if (m.named() != null) {
        int next = composeFromModifier(ms, startAt, i);
        if (next > i) {
          i = next;
          continue;
        }
        add(fromNamed(m));
        i++;
        continue;
      }
      i = composeFromAgent(ms, startAt, i);
    }
    for (Found f : found) extend(f);
    for (Found f : found) f.head = head(f.start, f.end);
    for (Found f : found) link(f);
    for (Found f : found) apposition(f);
  }

  /** "Choe Ryong Hae, a close aide to Kim and a senior official": a bare agent in apposition to an actor is that actor. */
  private void apposition(Found f) {
    if (!f.roleOnly || !hasDeps || f.head < 0) return;
    int h = f.head;
    if (rel[h].equals("conj") && gov[h] >= 0) h = gov[h];
    if (!rel[h].startsWith("appos") || gov[h] < 0) return;
    int g = gov[h];
    for (Found o : found) {
      if (o != f && !o.roleOnly && o.country != null && g >= o.start && g < o.end) {
        f.code = o.code;
        f.country = o.country;
        f.role = o.role;
        f.name = o.name;
        f.named = o.named;
        f.roleOnly = false;
        f.evidence += "; in apposition to '" + o.name + "' → " + o.code;
        return;
      }
    }
  }

  /** Country/organisation (or person + 's) + modifiers + agents [+ person]. Returns the next match index, or i. */
  private int composeFromModifier(List<Match> ms, int[] startAt, int i) {
    Match m = ms.get(i);
    Named c = m.named();
    int j = m.end();
    boolean poss = j < n && possessive(j);
    if (poss) j++;
    if (c.kind() == Kind.PERSON && !poss) return i;
    if (c.country() == null && c.kind() != Kind.ORGANIZATION) return i;
    int k = skipModifiers(j, 3);
    if (k >= n || startAt[k] < 0 || ms.get(startAt[k]).agent() == null) return i;
    int ai = startAt[k];
    List<Agent> agents = new ArrayList<>(2);
    int e = k;
    while (ai < ms.size() && ms.get(ai).agent() != null && ms.get(ai).start() == e) {
      agents.add(ms.get(ai).agent());
      e = ms.get(ai).end();
      ai++;
    }
    Found f = new Found();
    f.start = m.start();
    Person p = personAfter(ms, startAt, e);
    if (p != null && p.named == null && !isPersonNoun(e - 1)) p = null;
    if (p == null && modifiesThing(e)) return i;
    Agent a = pick(agents);
    f.agent = a;
    String via = c.name() + " + " + a.phrase();
    if (p != null && p.named != null) {
      setNamed(f, p.named);
      f.end = p.end;
      f.evidence = "composed: " + via + " + " + describe(p.named)
          + (p.named.country() != null && !p.named.country().equals(c.country()) ? " (person entry wins)" : "");
      f.individual = true;
      add(f);
      return p.nextMatch;
    }
    if (c.kind() == Kind.ORGANIZATION) {
      setNamed(f, c);
      f.named = null;
      f.group = true;
      f.evidence = "composed: " + via + " (organisation code)";
    } else {
      setRole(f, c.country(), a);
      f.name = c.name() + " " + a.phrase();
      f.evidence = "composed: " + via + " → " + f.code;
      f.group = true;
    }
    if (p != null) {
      f.end = p.end;
      f.name = p.text;
      f.individual = true;
      f.group = false;
      f.evidence += " + NER person " + p.text;
      add(f);
      return p.nextMatch;
    }
    f.end = e;
    f.individual = isIndividual(e - 1);
    if (f.individual) f.group = false;
    add(f);
    return ai;
  }

  /** Agents [+ person], or agents + "of"/"in" + actor, or agents alone. Returns the next match index. */
  private int composeFromAgent(List<Match> ms, int[] startAt, int i) {
    List<Agent> agents = new ArrayList<>(2);
    int e = ms.get(i).start();
    int start = e;
    int ai = i;
    while (ai < ms.size() && ms.get(ai).agent() != null && ms.get(ai).start() == e) {
      agents.add(ms.get(ai).agent());
      e = ms.get(ai).end();
      ai++;
    }
    Agent a = pick(agents);
    Found f = new Found();
    f.start = start;
    f.agent = a;
    Person p = personAfter(ms, startAt, e);
    if (p != null && p.named != null) {
      setNamed(f, p.named);
      f.end = p.end;
      f.individual = true;
      f.evidence = "composed: " + a.phrase() + " + " + describe(p.named);
      add(f);
      return p.nextMatch;
    }
    if (p != null && isPersonNoun(e - 1)) {
      f.end = p.end;
      f.code = a.code();
      f.role = a.code();
      f.name = p.text;
      f.prefix = a.prefix();
      f.roleOnly = true;
      f.individual = true;
      f.evidence = "composed: " + a.phrase() + " + NER person " + p.text + " (no country)";
      add(f);
      return p.nextMatch;
    }
    if (modifiesThing(e)) return ai; // "human rights record", "prison camps", "General Election": not actors
    f.end = e;
    f.individual = isIndividual(e - 1);
    f.code = a.code();
    f.role = a.code();
    f.name = a.phrase();
    f.prefix = a.prefix();
    f.roleOnly = true;
    f.evidence = "agent: " + a.phrase() + " (no country)";
    add(f);
    return ai;
  }

  /**
   * Agent + of/from/in + actor: "an envoy of North Korean leader Kim" → PRKGOV, "protesters in
   * Kosovo" → KSVOPP, "police in Aleppo" (gazetteer) → SYRCOP. "in" needs a place.
   */
  private void link(Found f) {
    if (!f.roleOnly || f.agent == null || f.end >= n) return;
    Reference r = single(f.end);
    if (r == null || (r.refers() != Refers.ORIGIN && r.refers() != Refers.PLACE)) return;
    int k = f.end + 1;
    Reference d = k < n ? single(k) : null;
    if (d != null && d.refers() == Refers.DETERMINER) k++;
    // Plain adjectives before the place: "separatists in eastern Ukraine", "in war-torn Syria".
    while (k < n && "JJ".equals(pos(k)) && covered[k] < 0) k++;
    if (k >= n) return;
    Found g = null;
    for (Found o : found) {
      if (o.start == k) g = o;
    }
    String country = null;
    String name = null;
    if (g != null && g.country != null && !g.roleOnly && (r.refers() == Refers.ORIGIN || place(g))) {
      country = g.country;
      name = g.name;
    } else if (g == null && r.refers() == Refers.PLACE && places != null && covered[k] < 0) {
      Named pl = place(k);
      if (pl != null) {
        country = pl.country();
        name = pl.name();
      }
    }
    if (country == null) return;
    setRole(f, country, f.agent);
    f.roleOnly = false;
    f.name = dict.countryName(country) + " " + f.agent.phrase();
    f.evidence = "composed: " + f.agent.phrase() + " + " + tokens.get(f.end).word() + " " + name + " → " + f.code;
    f.group = !f.individual;
  }

  private static boolean place(Found g) {
    Named nm = g.named;
    return nm != null && (nm.kind() == Kind.COUNTRY || nm.kind() == Kind.CAPITAL
        || (nm.kind() == Kind.ACTOR && !nm.personLike() && nm.role() == null));
  }

  /** The proper-noun run at k looked up in the gazetteer, as a country entry; or null. */
  private Named place(int k) {
    int t = k;
    while (t < n && t - k < 3 && covered[t] < 0 && pos(t).startsWith("NNP")) t++;
    if (t == k || (t < n && pos(t).startsWith("NNP"))) return null;
    String name = body != null ? body.substring(tokens.get(k).start(), tokens.get(t - 1).end()) : tokens.get(k).word();
    Optional<Location> loc = places.lookup(name);
    if (loc.isEmpty() || loc.get().countryCode() == null) return null;
    String cc = loc.get().countryCode();
    return new Named(cc, name + " (" + dict.countryName(cc) + ", gazetteer)", Kind.CAPITAL, null, null, cc, null, "gazetteer");
  }

  private record Person(int end, int nextMatch, Named named, String text) {}

  /** A dictionary person (or NER PERSON run) starting at token e, optionally after a comma. */
  private Person personAfter(List<Match> ms, int[] startAt, int e) {
    if (e >= n) return null;
    int k = e;
    if (",".equals(tokens.get(k).word()) && k + 1 < n && startAt[k + 1] >= 0) k++;
    if (startAt[k] >= 0) {
      Match m = ms.get(startAt[k]);
      if (m.named() != null && m.named().personLike()) return new Person(m.end(), startAt[k] + 1, m.named(), null);
      return null;
    }
    if (k != e) return null;
    int t = e;
    while (t < n && covered[t] < 0 && "PERSON".equals(tokens.get(t).ner())) t++;
    if (t == e) return null;
    StringBuilder sb = new StringBuilder();
    for (int i = e; i < t; i++) {
      if (i > e) sb.append(' ');
      sb.append(tokens.get(i).word());
    }
    int next = 0;
    while (next < ms.size() && ms.get(next).start() < t) next++;
    return new Person(t, next, null, sb.toString());
  }

  /**
   * Agent nouns ending at e only modify a common noun after them ("human rights record", "prison
   * camps"), unless that noun names people (references.tsv person/head: "Foreign Ministry source").
   */
  private boolean modifiesThing(int e) {
    if (e >= n) return false;
    int h;
    if (hasDeps) {
      if (!rel[e - 1].startsWith("compound") || gov[e - 1] < e) return false;
      h = gov[e - 1];
    } else {
      h = e;
    }
    if (h >= n || !noun(h)) return false;
    for (int t = e; t <= h; t++) {
      if (covered[t] >= 0) return false;
    }
    return !headNoun(h);
  }

  private boolean headNoun(int t) {
    Token tok = tokens.get(t);
    return dict.headNouns.contains(PhraseTrie.normalise(tok.word()))
        || (tok.lemma() != null && dict.headNouns.contains(PhraseTrie.normalise(tok.lemma())));
  }

  /** Several agent nouns in a row: the first that is not plain government wins ("opposition leader" OPP, "government troops" MIL). */
  private static Agent pick(List<Agent> agents) {
    for (Agent a : agents) {
      if (!a.code().startsWith("GOV")) return a;
    }
    return agents.get(0);
  }

  private Found fromNamed(Match m) {
    Found f = new Found();
    f.start = m.start();
    f.end = m.end();
    setNamed(f, m.named());
    f.evidence = "dictionary: " + describe(m.named());
    f.individual = m.named().personLike();
    f.group = !f.individual;
    return f;
  }

  private static void setNamed(Found f, Named nm) {
    f.code = nm.code();
    f.name = nm.name();
    f.country = nm.country();
    f.role = nm.role();
    f.named = nm;
  }

  private static void setRole(Found f, String country, Agent a) {
    f.country = country;
    f.role = a.code();
    f.prefix = a.prefix();
    f.code = a.prefix() ? a.code() + country : country + a.code();
  }

  static String describe(Named nm) {
    return nm.label();
  }

  private void add(Found f) {
    found.add(f);
  }

  /** "UN resolution", "Russian Foreign Ministry source": the actor is a compound modifier of common nouns after it. */
  private void extend(Found f) {
    int e = f.end;
    String w = tokens.get(e - 1).word();
    if (w.endsWith("'s") || w.endsWith("\u2019s")) return;
    while (e < n) {
      int last = e - 1;
      int h;
      if (hasDeps) {
        if (!rel[last].startsWith("compound") || gov[last] < e) break;
        h = gov[last];
      } else {
        h = e;
      }
      boolean ok = h < n && commonNoun(h);
      for (int t = e; ok && t <= h; t++) {
        ok = free(t) && (t == h || noun(t));
      }
      if (!ok) break;
      f.evidence += "; covers '" + tokens.get(h).word() + "' it modifies";
      if (!headNoun(h)) f.extended = true;
      e = h + 1;
    }
    if (e != f.end && isIndividual(e - 1) && f.named == null) {
      f.individual = true; // "a Foreign Ministry source"
      f.group = false;
    }
    f.end = e;
  }

  private boolean free(int t) {
    if (covered[t] >= 0) return false;
    for (Found f : found) {
      if (t >= f.start && t < f.end) return false;
    }
    return true;
  }

  /** The token of [start, end) whose governor lies outside it (the last token without a parse). */
  int head(int start, int end) {
    if (!hasDeps) return end - 1;
    for (int t = end - 1; t >= start; t--) {
      if (gov[t] < start || gov[t] >= end) return t;
    }
    return end - 1;
  }

  boolean subject(Found f) {
    // a noun as the root is a parse that lost its verb ("Russia, keen to ..., is facing"): its subject
    if (hasDeps) return rel[f.head].startsWith("nsubj") || (rel[f.head].equals("root") && noun(f.head));
    int after = f.end;
    return after < n && pos(after).startsWith("VB") || after < n && pos(after).equals("MD");
  }

  private int skipModifiers(int j, int max) {
    int k = j;
    while (k < n && k - j < max && covered[k] < 0 && modifier(k)) k++;
    return k;
  }

  boolean modifier(int t) {
    String p = pos(t);
    String w = tokens.get(t).word();
    return p.startsWith("JJ") || p.equals("VBN") || p.equals("VBG") || p.equals("HYPH") || w.equals("-")
        || p.equals("NN") || p.equals("NNS") || p.equals("NNP") || p.equals("NNPS") || p.equals("RBS") || p.equals("CD");
  }

  boolean possessive(int t) {
    String w = tokens.get(t).word();
    return "POS".equals(pos(t)) || w.equals("'s") || w.equals("\u2019s") || w.equals("'");
  }

  /** An agent noun that can stand before a person's name ("leader", "minister"; not "women"). */
  private boolean isPersonNoun(int t) {
    Token tok = tokens.get(t);
    return dict.personNouns.contains(PhraseTrie.normalise(tok.word()))
        || (tok.lemma() != null && dict.personNouns.contains(PhraseTrie.normalise(tok.lemma())));
  }

  private boolean isIndividual(int t) {
    String p = pos(t);
    if (p.equals("NNS") || p.equals("NNPS")) return false;
    return dict.personNouns.contains(PhraseTrie.normalise(tokens.get(t).word()));
  }

  private boolean noun(int t) {
    return pos(t).startsWith("NN");
  }

  private boolean commonNoun(int t) {
    String p = pos(t);
    return p.equals("NN") || p.equals("NNS");
  }

  String pos(int t) {
    String p = tokens.get(t).pos();
    return p == null ? "" : p;
  }

  /** The references.tsv entry for token t alone, if any. */
  Reference single(int t) {
    int k = firstKey[t];
    if (k < 0 || !lastKeyOfTok[k]) return null;
    PhraseTrie.Node<Reference> node = dict.references.root.child(keys[k]);
    return node == null ? null : node.value;
  }

  /** The longest references.tsv phrase starting at token t: {end token, entry} or null. */
  Object[] reference(int t) {
    int k = firstKey[t];
    if (k < 0) return null;
    PhraseTrie.Node<Reference> node = dict.references.root;
    Object[] out = null;
    for (int ki = k; ki < nk; ki++) {
      node = node.child(keys[ki]);
      if (node == null) break;
      if (node.value != null && lastKeyOfTok[ki]) out = new Object[] {keyTok[ki] + 1, node.value};
    }
    return out;
  }

  /** True when token t is covered by a found actor. */
  boolean inFound(int t) {
    if (inFound == null) {
      inFound = new boolean[n];
      for (Found f : found) {
        for (int i = f.start; i < f.end; i++) inFound[i] = true;
      }
    }
    return inFound[t];
  }

  private boolean[] inFound; // built on first use, after composition

  /** Walks the dictionary for a whole phrase (a dateline): the first named entry valid on the date. */
  static Named lookup(ActorDictionary dict, String phrase, LocalDate date) {
    PhraseTrie.Node<Payload> node = dict.phrases.root;
    for (String k : PhraseTrie.phraseKeys(phrase)) {
      node = node.child(k);
      if (node == null) return null;
    }
    if (node.value == null) return null;
    for (Hit h : node.value.named) {
      if (h.named().validOn(date)) return h.named();
    }
    return null;
  }
}
