package org.newsgraph.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.actors.ActorDictionary.Kind;
import org.newsgraph.actors.ActorDictionary.Named;
import org.newsgraph.actors.ActorDictionary.Reference;
import org.newsgraph.actors.ActorDictionary.Refers;
import org.newsgraph.actors.SentenceScan.Found;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeExpression;
import org.newsgraph.places.Gazetteer;

/**
 * Recognises CAMEO actors in annotated sentences: dictionary phrase matching over tokens and lemmas,
 * composition (adjective + agent noun), NER fallback, and in-article reference resolution.
 *
 * <pre>{@code
 * Actors actors = Actors.standard();                       // bundled knowledge + gazetteer, shared
 * List<List<ActorMention>> all = actors.findAll(doc, null); // per sentence, references resolved
 * List<ActorMention> one = actors.find(doc, 3, date);       // one sentence, no references
 * }</pre>
 *
 * <p>Matching is case-insensitive over a token trie built once per dictionary; matches are chosen
 * to cover the most tokens with the fewest phrases (longest first);
 * words and lemmas are both tried, hyphens and periods inside names are ignored ({@code Kim Jong-Un} =
 * {@code Kim Jong Un}, {@code N.Korea} = {@code N. Korea}), possessives are split off. Names need a
 * capital letter in the text; acronyms ({@code US}, {@code UN}) need upper case. Composition gives
 * {@code Russian Foreign Minister} → RUSGOV, {@code Tunisian security forces} → TUNMIL/TUNCOP,
 * {@code envoy of North Korea} → PRKGOV, {@code protesters in Kosovo} → KOSCVL; a dictionary person
 * after the agent wins ({@code Russian Foreign Minister Sergei Lavrov} → Lavrov's entry). An NER
 * PERSON without an entry only gives an actor through such a composition. An actor that is a compound
 * modifier of common nouns covers them ({@code UN resolution}, {@code Russian Foreign Ministry source});
 * agent nouns that only modify another noun are no actors ({@code human rights record}). Function
 * words and descriptions live in knowledge/references.tsv. Thread-safe.
 */
public final class Actors {
  /** How many sentences back a description ("the regime") or a pronoun looks for its actor. */
  private static final int DESCRIPTION_WINDOW = 3;
  private static final int PRONOUN_WINDOW = 1;

  private final ActorDictionary dictionary;
  private final Gazetteer places;

  /** Actors from {@code dictionary} alone (places the dictionary does not name stay unknown). */
  public Actors(ActorDictionary dictionary) {
    this(dictionary, null);
  }

  /**
   * Actors from {@code dictionary}; {@code places} (may be null) resolves cities the dictionary does
   * not name, for "police in Aleppo" → SYRCOP and the dateline's country.
   */
  public Actors(ActorDictionary dictionary, Gazetteer places) {
    this.dictionary = dictionary;
    this.places = places;
  }

  private static volatile Actors standard;

  /** Actors with the bundled dictionaries (src/main/resources/knowledge) and the standard gazetteer; one per process. */
  public static Actors standard() {
    Actors a = standard;
    if (a == null) {
      synchronized (Actors.class) {
        a = standard;
        if (a == null) standard = a = new Actors(ActorDictionary.bundled(), Gazetteer.standard());
      }
    }
    return a;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * Actor mentions in one sentence of {@code doc}, with codes valid on {@code date} (null: the
   * article's publication date, or any date when that is unknown). Sentence-local: no reference
   * resolution, and agents without a country keep the bare role code ("police" → COP).
   */
  public List<ActorMention> find(Document doc, int sentence, LocalDate date) {
    LocalDate d = effective(doc, date);
    SentenceScan s = scan(doc, sentence, d, d, null);
    List<ActorMention> out = new ArrayList<>(s.found.size());
    for (Found f : s.found) out.add(f.mention(s, sentence));
    return out;
  }

  /** True when a discard phrase of the dictionary occurs in the sentence (PETRARCH sentence discards). */
  public boolean discarded(Document doc, int sentence) {
    LocalDate d = effective(doc, null);
    return scan(doc, sentence, d, d, null).discarded;
  }

  /**
   * Actor mentions of every sentence (outer list indexed by sentence), with in-article reference
   * resolution: descriptions ("the isolated country", "the Stalinist regime", "the high-ranking
   * official"), pronouns in subject position ("it", "he") and pairs ("the two countries": two mentions
   * on the same span) take the code of the most recent compatible actor, preferring subjects for
   * subjects and never the subject of the same verb; a person named in full earlier and later by one
   * name ("Choe") is that person. An agent without a country takes the article's country when that
   * is clear: the only country it names, or the dateline's country when named more than any other.
   * Evidence says how each mention was found.
   *
   * <p>Dates: with {@code date} given, people are coded as on that date throughout. With null, each
   * sentence that says when it happened ("In 2011, ...", not "the 2015 deal") codes people as in that
   * period (or, for people without an entry then, as on the publication date), the others as on the
   * publication date (any date when unknown).
   */
  public List<List<ActorMention>> findAll(Document doc, LocalDate date) {
    LocalDate d = effective(doc, date);
    int ns = doc.sentences().size();
    SentenceScan[] scans = new SentenceScan[ns];
    LocalDate[][] periods = date == null ? sentenceDates(doc) : null;
    for (int i = 0; i < ns; i++) {
      LocalDate[] p = periods == null ? null : periods[i];
      scans[i] = p == null ? scan(doc, i, d, d, null) : scan(doc, i, p[0], p[1], d);
    }
    List<List<Found>> done = new ArrayList<>(ns);
    for (int i = 0; i < ns; i++) done.add(resolve(scans, done, i));
    String context = articleCountry(doc, scans, d);
    List<List<ActorMention>> out = new ArrayList<>(ns);
    for (int i = 0; i < ns; i++) {
      List<ActorMention> ms = new ArrayList<>(done.get(i).size());
      for (Found f : done.get(i)) {
        if (f.roleOnly && context != null) {
          f.country = context;
          f.code = f.prefix ? f.role + context : context + f.role;
          f.evidence += "; country from the article: " + context;
        }
        ms.add(f.mention(scans[i], i));
      }
      out.add(List.copyOf(ms));
    }
    return out;
  }

  private SentenceScan scan(Document doc, int sentence, LocalDate from, LocalDate to, LocalDate fallback) {
    Sentence s = doc.sentences().get(sentence);
    String body = doc.article() == null ? null : doc.article().body();
    return new SentenceScan(dictionary, places, s, body, from, to, fallback).run();
  }

  /**
   * Per sentence, the period its own dates span ("In 2011, Moscow received Kim Jong-Il": 2011), or
   * null when it names none: people are coded as they were then.
   */
  private static LocalDate[][] sentenceDates(Document doc) {
    LocalDate[][] out = new LocalDate[doc.sentences().size()][];
    for (TimeExpression t : doc.times()) {
      if (!"DATE".equals(t.timexType()) || t.value() == null || t.sentence() < 0 || t.sentence() >= out.length) continue;
      if (!adverbial(doc.sentences().get(t.sentence()), t)) continue;
      LocalDate[] p = period(t.value());
      if (p == null) continue;
      LocalDate[] o = out[t.sentence()];
      out[t.sentence()] = o == null ? p : new LocalDate[] {min(o[0], p[0]), max(o[1], p[1])};
    }
    return out;
  }

  /**
   * A date that says when something happened ("In 2011, ...", "on Tuesday"), not one that modifies a
   * noun ("the 2015 deal") or is a misread name ("Theresa May"): its head hangs on the clause as an
   * oblique, temporal or adverbial dependent. Without a parse, any date counts.
   */
  private static boolean adverbial(Sentence s, TimeExpression t) {
    if (s.dependencies().isEmpty()) return true;
    for (Dependency d : s.dependencies()) {
      int x = d.dependent();
      if (x < t.tokenStart() || x >= t.tokenEnd() || (d.governor() >= t.tokenStart() && d.governor() < t.tokenEnd())) continue;
      String r = d.relation();
      return r.startsWith("obl") || r.contains("tmod") || r.startsWith("advmod") || r.startsWith("nmod");
    }
    return false;
  }

  /** "2011", "2014-11", "2014-11-18" (TIMEX3 values) as the period they name; null for anything else. */
  static LocalDate[] period(String v) {
    int n = v.length();
    if (n != 4 && n != 7 && n != 10) return null;
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : (c < '0' || c > '9')) return null;
    }
    try {
      int y = Integer.parseInt(v.substring(0, 4));
      if (n == 4) return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      YearMonth ym = YearMonth.of(y, Integer.parseInt(v.substring(5, 7)));
      if (n == 7) return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      LocalDate d = ym.atDay(Integer.parseInt(v.substring(8, 10)));
      return new LocalDate[] {d, d};
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate effective(Document doc, LocalDate date) {
    if (date != null) return date;
    return doc.article() == null ? null : doc.article().published();
  }

  // ------------------------------------------------------------- reference resolution

  /** A description or pronoun waiting for its actor. */
  private record Candidate(int start, int end, Refers refers, Found replaces, boolean subject, int headGov, String text) {}

  private List<Found> resolve(SentenceScan[] scans, List<List<Found>> done, int si) {
    SentenceScan s = scans[si];
    List<Found> result = new ArrayList<>(s.found);
    shortNames(s, done, si, result);
    for (Candidate c : candidates(s)) {
      List<Found> rs = resolveOne(c, scans, done, si, result);
      if (rs.isEmpty()) continue;
      if (c.replaces() != null) result.remove(c.replaces());
      result.addAll(rs);
      result.sort(Comparator.comparingInt(f -> f.start));
    }
    return result;
  }

  /**
   * A person named in full earlier in the article and later by one name ("Choe" after "Choe Ryong-Hae",
   * "Kim" after "Kim Jong-Un"): an NER PERSON token that is the first or last word of an earlier
   * individual's name takes that individual's code (the most recent such person).
   */
  private void shortNames(SentenceScan s, List<List<Found>> done, int si, List<Found> result) {
    for (int t = 0; t < s.n; t++) {
      if (!"PERSON".equals(s.tokens.get(t).ner()) || s.inFound(t)) continue;
      if ((t > 0 && "PERSON".equals(s.tokens.get(t - 1).ner())) || (t + 1 < s.n && "PERSON".equals(s.tokens.get(t + 1).ner()))) continue;
      String key = PhraseTrie.normalise(s.tokens.get(t).word());
      Found a = null;
      int where = -1;
      for (int i = result.size() - 1; i >= 0 && a == null; i--) {
        if (result.get(i).end <= t && namedBy(result.get(i), key)) {
          a = result.get(i);
          where = si;
        }
      }
      for (int p = si - 1; p >= 0 && a == null; p--) {
        List<Found> fs = done.get(p);
        for (int i = fs.size() - 1; i >= 0 && a == null; i--) {
          if (namedBy(fs.get(i), key)) {
            a = fs.get(i);
            where = p;
          }
        }
      }
      if (a == null) continue;
      Found f = new Found();
      f.start = t;
      f.end = t + 1;
      f.code = a.code;
      f.name = a.name;
      f.country = a.country;
      f.role = a.role;
      f.named = a.named;
      f.individual = true;
      f.head = s.head(t, t + 1);
      f.evidence = "short name: '" + s.tokens.get(t).word() + "' → " + a.code + " (" + a.name + ", sentence " + where + ")";
      result.add(f);
    }
    result.sort(Comparator.comparingInt(f -> f.start));
  }

  private static boolean namedBy(Found f, String key) {
    if (!f.individual || f.name == null || f.roleOnly && f.country == null) return false;
    if (f.firstName == null) {
      List<String> keys = PhraseTrie.phraseKeys(f.name);
      f.firstName = keys.size() > 1 ? keys.get(0) : "";
      f.lastName = keys.size() > 1 ? keys.get(keys.size() - 1) : "";
    }
    return !f.firstName.isEmpty() && (f.firstName.equals(key) || f.lastName.equals(key));
  }

  private List<Candidate> candidates(SentenceScan s) {
    List<Candidate> out = new ArrayList<>();
    // agents that are definite descriptions: "the high-ranking official", "the government"
    for (Found f : s.found) {
      if (!f.roleOnly) continue;
      Reference r = s.single(f.end - 1);
      if (r == null || !description(r.refers()) || !definite(s, f.start) || !headAt(s, f.end)) continue;
      out.add(candidate(s, descriptionStart(s, f.start), f.end, r.refers(), f));
    }
    // descriptions, pronouns and pairs that are not actors by themselves
    for (int t = 0; t < s.n; t++) {
      if (s.inFound(t)) continue;
      Object[] m = s.reference(t);
      if (m == null) continue;
      int end = (Integer) m[0];
      Refers r = ((Reference) m[1]).refers();
      boolean ok = switch (r) {
        case PAIR -> true;
        case HE -> pronounSubject(s, t, false);
        case HIS, ITS -> possessive(s, t);
        case IT -> pronounSubject(s, t, true);
        case COUNTRY, GOVERNMENT, PERSON -> definite(s, t) && headAt(s, end);
        default -> false;
      };
      if (ok) {
        boolean word = r == Refers.PAIR || r == Refers.HE || r == Refers.IT || r == Refers.HIS || r == Refers.ITS;
        out.add(candidate(s, word ? t : descriptionStart(s, t), end, r, null));
        t = end - 1;
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  private static boolean description(Refers r) {
    return r == Refers.COUNTRY || r == Refers.GOVERNMENT || r == Refers.PERSON;
  }

  private Candidate candidate(SentenceScan s, int start, int end, Refers r, Found replaces) {
    int head = s.head(start, end);
    boolean subject = s.hasDeps ? s.rel[head].startsWith("nsubj")
        : end < s.n && (s.pos(end).startsWith("VB") || s.pos(end).equals("MD"));
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) sb.append(' ');
      sb.append(s.tokens.get(i).word());
    }
    return new Candidate(start, end, r, replaces, subject, s.hasDeps ? s.gov[head] : -2, sb.toString());
  }

  /** A determiner ("the", "this") before token t, over at most four modifiers ("the high-ranking"). */
  private static boolean definite(SentenceScan s, int t) {
    int k = descriptionStart(s, t);
    Reference r = k >= 0 ? s.single(k) : null;
    return r != null && r.refers() == Refers.DETERMINER;
  }

  private static int descriptionStart(SentenceScan s, int t) {
    int k = t - 1;
    while (k >= 0 && t - k <= 4 && !s.inFound(k) && s.modifier(k)) k--;
    return k;
  }

  /**
   * The description ends its noun phrase ("the country", not "the country team") and is a common
   * noun ("the Jewish state", not "the Islamic State").
   */
  private static boolean headAt(SentenceScan s, int end) {
    String w = s.tokens.get(end - 1).word();
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && end - 1 > 0) return false;
    if (end >= s.n) return true;
    Reference next = s.single(end);
    return !s.pos(end).startsWith("NN") && (next == null || next.refers() != Refers.ORIGIN);
  }

  /** "it"/"he" as the subject of a verb other than "be" ("It is counter-productive" is not an actor). */
  private static boolean pronounSubject(SentenceScan s, int t, boolean it) {
    if (!s.hasDeps) {
      if (t + 1 >= s.n || !(s.pos(t + 1).startsWith("VB") || s.pos(t + 1).equals("MD"))) return false;
      // without a parse: "it was breaking off" yes, "it is counter-productive" no
      return !it || !"be".equalsIgnoreCase(s.tokens.get(t + 1).lemma())
          || (t + 2 < s.n && (s.pos(t + 2).equals("VBG") || s.pos(t + 2).equals("VBN")));
    }
    if (!s.rel[t].startsWith("nsubj")) return false;
    if (!it) return true;
    int g = s.gov[t];
    if (g < 0 || g >= s.n || !s.pos(g).startsWith("VB")) return false;
    String lemma = s.tokens.get(g).lemma();
    return lemma == null || !lemma.equalsIgnoreCase("be");
  }

  /**
   * Whether the pronoun's own sentence has a subject noun before it ("A man died after he was shot",
   * "The company said it would ...", "John Smith said he ..."): that noun is the likeliest antecedent,
   * so the pronoun does not reach back to an earlier sentence's actor (when the noun is a fitting
   * actor itself, the search within the sentence still finds it).
   */
  private static boolean ownSubjectBefore(SentenceScan s, int pronoun) {
    if (!s.hasDeps) return false;
    boolean quoted = false; // subjects inside a quotation ("'The lords are wrong,' he told") are not antecedents
    for (int t = 0; t < pronoun && t < s.n; t++) {
      String w = s.tokens.get(t).word();
      if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("``") || w.equals("''")) {
        quoted = w.equals("\u201c") || w.equals("``") || (!w.equals("\u201d") && !w.equals("''") && !quoted);
        continue;
      }
      if (!quoted && s.rel[t] != null && s.rel[t].startsWith("nsubj") && s.pos(t).startsWith("NN")) return true;
    }
    return false;
  }

  /** "its"/"his" as a possessive determiner (not "her" as an object). */
  private static boolean possessive(SentenceScan s, int t) {
    String p = s.pos(t);
    if (!p.isEmpty() && !p.equals("PRP$")) return false;
    return !s.hasDeps || s.rel[t].startsWith("nmod:poss");
  }

  private List<Found> resolveOne(Candidate c, SentenceScan[] scans, List<List<Found>> done, int si, List<Found> current) {
    boolean pronoun = c.refers() == Refers.HE || c.refers() == Refers.IT || c.refers() == Refers.HIS
        || c.refers() == Refers.ITS;
    int window = pronoun ? PRONOUN_WINDOW : DESCRIPTION_WINDOW;
    if (pronoun && ownSubjectBefore(scans[si], c.start())) window = 0;
    List<Found> antecedents = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int i = current.size() - 1; i >= 0; i--) {
      Found f = current.get(i);
      if (f.end <= c.start() && f != c.replaces()) {
        antecedents.add(f);
        where.add(si);
      }
    }
    for (int p = si - 1; p >= 0 && p >= si - window; p--) {
      List<Found> fs = done.get(p);
      for (int i = fs.size() - 1; i >= 0; i--) {
        antecedents.add(fs.get(i));
        where.add(p);
      }
    }
    if (c.refers() == Refers.PAIR) return pair(c, scans, antecedents);
    int pick = -1;
    boolean possessive = c.refers() == Refers.HIS || c.refers() == Refers.ITS;
    if (possessive) {
      // the subject of its own sentence, else the closest actor there ("China would use its veto"
      // parsed without China as a subject), else the subject of the sentence before
      for (int i = 0; i < antecedents.size() && pick < 0 && where.get(i) == si; i++) {
        if (compatible(c, antecedents.get(i), scans[si], true, current) && subject(scans[si], antecedents.get(i))) pick = i;
      }
      for (int i = 0; i < antecedents.size() && pick < 0 && where.get(i) == si; i++) {
        if (compatible(c, antecedents.get(i), scans[si], true, current)) pick = i;
      }
    }
    if (pick < 0 && (c.subject() || pronoun)) {
      for (int i = 0; i < antecedents.size() && pick < 0; i++) {
        if (compatible(c, antecedents.get(i), scans[where.get(i)], where.get(i) == si, current)
            && subject(scans[where.get(i)], antecedents.get(i))) pick = i;
      }
    }
    boolean countryDescription = c.refers() == Refers.COUNTRY || c.refers() == Refers.GOVERNMENT;
    if (pick < 0 && !pronoun) {
      // descriptions of countries ("the regime") name the country the article talks about most among
      // those in reach; persons ("the envoy") the most recent one
      int best = -1;
      for (int i = 0; i < antecedents.size(); i++) {
        if (!compatible(c, antecedents.get(i), scans[where.get(i)], where.get(i) == si, current)) continue;
        if (!countryDescription) {
          pick = i;
          break;
        }
        int sal = salience(antecedents.get(i).country, done, si, current, c.start());
        if (sal > best) {
          best = sal;
          pick = i;
        }
      }
    }
    if (pick < 0) return List.of();
    Found a = antecedents.get(pick);
    SentenceScan as = scans[where.get(pick)];
    Found f = new Found();
    f.start = c.start();
    f.end = c.end();
    f.reference = true;
    switch (c.refers()) {
      case COUNTRY -> {
        f.code = a.country;
        f.country = a.country;
        f.name = dictionary.countryName(a.country);
        f.group = true;
      }
      case GOVERNMENT -> {
        f.code = a.country + "GOV";
        f.country = a.country;
        f.role = "GOV";
        f.name = dictionary.countryName(a.country) + " government";
        f.group = true;
      }
      default -> {
        f.code = a.code;
        f.name = a.name;
        f.country = a.country;
        f.role = a.role;
        f.named = a.named;
        f.individual = c.refers() == Refers.PERSON || c.refers() == Refers.HE || c.refers() == Refers.HIS;
        f.group = !f.individual;
      }
    }
    f.head = scans[si].head(f.start, f.end);
    f.evidence = "reference: '" + c.text() + "' → " + f.code + " (" + f.name + "), the "
        + (subject(as, a) && (c.subject() || pronoun) ? "subject " : "") + "actor '" + text(as, a)
        + "' of sentence " + where.get(pick) + (a.reference ? "" : " [" + a.evidence + "]");
    return List.of(f);
  }

  /** How often the article mentions {@code country} up to the candidate. */
  private static int salience(String country, List<List<Found>> done, int si, List<Found> current, int before) {
    int n = 0;
    for (int p = 0; p < si; p++) {
      for (Found f : done.get(p)) {
        if (country.equals(f.country)) n++;
      }
    }
    for (Found f : current) {
      if (f.end <= before && country.equals(f.country)) n++;
    }
    return n;
  }

  private List<Found> pair(Candidate c, SentenceScan[] scans, List<Found> antecedents) {
    Set<String> countries = new LinkedHashSet<>();
    for (Found a : antecedents) {
      if (a.country != null) countries.add(a.country);
      if (countries.size() == 2) break;
    }
    if (countries.size() < 2) return List.of();
    List<Found> out = new ArrayList<>(2);
    int k = 1;
    for (String cc : countries) {
      Found f = new Found();
      f.start = c.start();
      f.end = c.end();
      f.reference = true;
      f.code = cc;
      f.country = cc;
      f.name = dictionary.countryName(cc);
      f.group = true;
      f.head = -1;
      f.evidence = "reference: '" + c.text() + "' → " + String.join(" and ", countries)
          + ", the two most recent countries (" + (k++) + " of 2)";
      out.add(f);
    }
    return out;
  }

  private boolean compatible(Candidate c, Found a, SentenceScan s, boolean sameSentence, List<Found> current) {
    boolean ok = switch (c.refers()) {
      case COUNTRY, GOVERNMENT -> a.country != null && !a.individual;
      case IT, ITS -> a.group && !a.roleOnly && !a.individual && (a.named == null || a.named.kind() != Kind.ADJECTIVE);
      case PERSON, HE, HIS -> a.individual && !(a.roleOnly && a.country == null);
      default -> false;
    };
    // "it"/"its" name an actor, not a thing an actor modifies ("a UN resolution condemning its abuses")
    if (ok && a.extended && (c.refers() == Refers.IT || c.refers() == Refers.ITS)) return false;
    if (!ok || !sameSentence || !s.hasDeps || a.head < 0) return ok;
    // never the subject of the same verb ("Putin receiving the official": the official is not Putin)
    if (c.headGov() >= 0 && s.gov[a.head] == c.headGov() && s.rel[a.head].startsWith("nsubj") && !c.subject()) return false;
    // a person inside another person's phrase ("an envoy of Kim"): "the official" is the envoy
    if ((c.refers() == Refers.PERSON || c.refers() == Refers.HE || c.refers() == Refers.HIS) && s.rel[a.head].startsWith("nmod")) {
      int g = s.gov[a.head];
      for (Found o : current) {
        if (o != a && o.individual && g >= o.start && g < o.end) return false;
      }
    }
    return true;
  }

  private static boolean subject(SentenceScan s, Found a) {
    if (a.head < 0) return false;
    return s.subject(a);
  }

  private static String text(SentenceScan s, Found f) {
    StringBuilder sb = new StringBuilder();
    for (int i = f.start; i < f.end; i++) {
      if (i > f.start) sb.append(' ');
      sb.append(s.tokens.get(i).word());
    }
    return sb.toString();
  }

  /**
   * The country the article is clearly about, else null: the only country it names, or the
   * dateline's country when the article names it more often than any other.
   */
  private String articleCountry(Document doc, SentenceScan[] scans, LocalDate date) {
    String dateline = null;
    if (doc.article() != null && doc.article().dateline() != null) {
      Named n = SentenceScan.lookup(dictionary, doc.article().dateline(), date);
      if (n != null && n.country() != null) dateline = n.country();
      else if (places != null) {
        dateline = places.lookup(doc.article().dateline()).map(l -> l.countryCode()).orElse(null);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (SentenceScan s : scans) {
      for (Found f : s.found) {
        if (!f.roleOnly && f.country != null) counts.merge(f.country, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) return dateline;
    if (counts.size() == 1) {
      String only = counts.keySet().iterator().next();
      return dateline == null || dateline.equals(only) ? only : null;
    }
    if (dateline == null || !counts.containsKey(dateline)) return null;
    int d = counts.get(dateline);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().equals(dateline) && e.getValue() >= d) return null;
    }
    return dateline;
  }
}
