package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.knowledge.Tsv;

/**
 * Finds the named entities of one document and gives each its canonical name within the article:
 * countries and their variants from {@link Countries} (capitals and seats of government count as
 * the country unless used as a place: "in Moscow"), organisations through the alias tables,
 * acronyms and short suffixes, and people by merging name variants and short forms.
 */
final class EntityFinder {
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "to", "into", "inside",
      "outside", "around", "across", "through", "via", "from", "within", "throughout");
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "&");

  private final Countries countries;
  private final Map<String, String[]> aliases; // alias or name -> {canonical, type}

  EntityFinder(Countries countries, Map<String, String[]> aliases) {
    this.countries = countries;
    this.aliases = aliases;
  }

  /** The alias table from knowledge/organizations.tsv (if present) and knowledge/entity-aliases.tsv. */
  static Map<String, String[]> bundledAliases() {
    Map<String, String[]> m = new HashMap<>();
    for (String[] r : Tsv.cells("entity-aliases.tsv")) {
      if (r.length < 2) continue;
      String[] v = {r[0], r[1]};
      m.put(r[0], v);
      if (r.length > 2) for (String a : r[2].split("\\|")) if (!a.isBlank()) m.putIfAbsent(a.trim(), v);
    }
    if (EntityFinder.class.getResource("/knowledge/organizations.tsv") != null) {
      for (String[] r : Tsv.cells("organizations.tsv")) { // code, name, aliases
        if (r.length < 2) continue;
        String[] v = {r[1], "ORGANIZATION"};
        m.putIfAbsent(r[1], v);
        if (r.length > 2) for (String a : r[2].split("\\|")) if (!a.isBlank()) m.putIfAbsent(a.trim(), v);
      }
    }
    return m;
  }

  /** A span before canonicalisation. */
  private static final class Span {
    final Sentence sentence;
    final int tokenStart, tokenEnd, start, end;
    final String text;
    String type;
    String canonical; // set by countries and aliases; else by clustering

    Span(Sentence s, int ts, int te, String body, String type) {
      this.sentence = s;
      this.tokenStart = ts;
      this.tokenEnd = te;
      this.start = s.tokens().get(ts).start();
      this.end = s.tokens().get(te - 1).end();
      this.text = body.substring(start, end);
      this.type = type;
    }
  }

  List<Entity> find(Document doc) {
    String body = doc.article().body();
    List<Span> spans = new ArrayList<>();
    List<Mention> named = new ArrayList<>();
    for (Mention m : doc.mentions()) if (NAMED.contains(m.type()) || "MISC".equals(m.type())) named.add(m);
    for (Sentence s : doc.sentences()) scanCountries(s, body, named, spans);
    for (Mention m : named) {
      if ("MISC".equals(m.type()) || overlaps(spans, m.start(), m.end())) continue;
      Sentence s = doc.sentences().get(m.sentence());
      Span sp = new Span(s, m.tokenStart(), m.tokenEnd(), body, m.type());
      String[] alias = aliases.get(Countries.key(sp.text));
      if (alias != null) {
        sp.canonical = alias[0];
        sp.type = alias[1];
      }
      spans.add(sp);
    }
    spans.sort(Comparator.comparingInt(sp -> sp.start));
    people(spans);
    organisations(spans);
    List<Entity> out = new ArrayList<>(spans.size());
    for (Span sp : spans) {
      String canonical = sp.canonical != null ? sp.canonical : Names.clean(sp.text);
      out.add(new Entity(sp.text, canonical, sp.type, sp.sentence.index(), sp.start, sp.end));
    }
    return out;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");
  private static final int TITLE_MAX_WORDS = 6;

  /**
   * The title's entities: longest capitalised word sequences that name a body entity (its text or
   * canonical name), a country (capitals and seats count as the country: headlines use metonyms),
   * or an alias. Offsets index the title; sentence is -1.
   */
  List<Entity> title(String title, List<Entity> body) {
    if (title == null || title.isBlank()) return List.of();
    Map<String, Entity> known = new HashMap<>();
    for (Entity e : body) {
      known.putIfAbsent(Names.key(e.text()), e);
      known.putIfAbsent(Names.key(e.canonical()), e);
    }
    List<int[]> words = new ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(title);
    while (m.find()) {
      int end = m.end();
      String w = m.group();
      if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) end--; // "Korea." but not "U.S."
      if (w.endsWith("'s") || w.endsWith("’s")) end -= 2;
      words.add(new int[] {m.start(), end});
    }
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!Character.isUpperCase(title.charAt(words.get(i)[0]))) continue;
      for (int len = Math.min(TITLE_MAX_WORDS, words.size() - i); len >= 1; len--) {
        int start = words.get(i)[0];
        int end = words.get(i + len - 1)[1];
        String phrase = title.substring(start, end);
        String canonical = null;
        String type = null;
        Countries.Match c = countries.find(phrase);
        String[] alias = aliases.get(Countries.key(phrase));
        Entity e = known.get(Names.key(phrase));
        if (e != null) { canonical = e.canonical(); type = e.type(); }
        else if (c != null) { canonical = c.name(); type = "COUNTRY"; }
        else if (alias != null) { canonical = alias[0]; type = alias[1]; }
        if (canonical == null) continue;
        out.add(new Entity(phrase, canonical, type, -1, start, end));
        i += len - 1;
        break;
      }
    }
    return out;
  }

  /** Longest-first dictionary scan of capitalised token sequences; NER mentions that contain a match decide. */
  private void scanCountries(Sentence s, String body, List<Mention> named, List<Span> spans) {
    List<Token> toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).word();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      for (int len = Math.min(countries.maxTokens(), toks.size() - i); len >= 1; len--) {
        int start = toks.get(i).start();
        int end = toks.get(i + len - 1).end();
        Countries.Match m = countries.find(body.substring(start, end));
        if (m == null) continue;
        if (insideLongerName(named, start, end)) break;
        Span sp = new Span(s, i, i + len, body, "COUNTRY");
        if (m.kind() != Countries.Kind.NAME && usedAsPlace(s, i + len - 1)) {
          sp.type = m.kind() == Countries.Kind.CAPITAL ? "CITY" : "LOCATION";
          sp.canonical = Names.clean(sp.text);
        } else {
          sp.canonical = m.name();
        }
        spans.add(sp);
        i += len - 1;
        break;
      }
    }
  }

  /** "Bank of China", "Washington Post", "North Korean": a longer NER name containing the phrase. */
  private static boolean insideLongerName(List<Mention> named, int start, int end) {
    for (Mention m : named) {
      if (m.start() <= start && m.end() >= end && (m.end() - m.start()) > (end - start)
          && !"LOCATION".equals(m.type())) return true;
    }
    return false;
  }

  /** A capital used as a place rather than for its government: governed by a place preposition. */
  private static boolean usedAsPlace(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == head && d.relation().equals("case")
          && PLACE_PREPOSITIONS.contains(s.tokens().get(d.dependent()).word().toLowerCase())) return true;
    }
    return false;
  }

  private static boolean overlaps(List<Span> spans, int start, int end) {
    for (Span sp : spans) if (sp.start < end && start < sp.end) return true;
    return false;
  }

  /**
   * People: full names (two words or more) that share first and last word, or one inside the other,
   * are one person, named by the most frequent full form (ties: fewer words, then first seen).
   * A single word ("Kim", "Choe") is the person with the most mentions whose name contains it.
   */
  private static void people(List<Span> spans) {
    List<List<Span>> clusters = new ArrayList<>();
    for (Span sp : spans) {
      if (!"PERSON".equals(sp.type) || sp.canonical != null) continue;
      List<String> w = Names.words(Names.clean(sp.text));
      if (w.size() < 2) continue;
      List<Span> home = null;
      for (List<Span> c : clusters) {
        List<String> cw = Names.words(Names.clean(c.get(0).text));
        boolean sameEnds = cw.get(0).equals(w.get(0)) && cw.get(cw.size() - 1).equals(w.get(w.size() - 1));
        if (sameEnds || Names.subsequence(w, cw) || Names.subsequence(cw, w)) { home = c; break; }
      }
      if (home == null) clusters.add(home = new ArrayList<>());
      home.add(sp);
    }
    Map<List<Span>, String> names = new LinkedHashMap<>();
    for (List<Span> c : clusters) names.put(c, bestName(c));
    for (Span sp : spans) {
      if (!"PERSON".equals(sp.type) || sp.canonical != null) continue;
      List<String> w = Names.words(Names.clean(sp.text));
      if (w.size() >= 2) {
        for (List<Span> c : clusters) if (c.contains(sp)) sp.canonical = names.get(c);
        continue;
      }
      List<Span> best = null;
      for (List<Span> c : clusters) {
        if (!Names.words(names.get(c)).contains(w.get(0))) continue;
        if (best == null || c.size() > best.size()) best = c;
      }
      if (best != null) sp.canonical = names.get(best);
    }
  }

  private static String bestName(List<Span> cluster) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Span sp : cluster) counts.merge(Names.clean(sp.text), 1, Integer::sum);
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null) { best = e.getKey(); continue; }
      int c = Integer.compare(e.getValue(), counts.get(best));
      int words = Integer.compare(best.split(" ").length, e.getKey().split(" ").length);
      if (c > 0 || (c == 0 && words > 0)) best = e.getKey();
    }
    return best;
  }

  /**
   * Organisations: an acronym of another organisation's name in the article ("EU" with "European
   * Union") or a shorter ending of one ("Security Council" with "UN Security Council") takes its name.
   */
  private static void organisations(List<Span> spans) {
    List<String> full = new ArrayList<>();
    for (Span sp : spans) {
      if (!"ORGANIZATION".equals(sp.type)) continue;
      String name = sp.canonical != null ? sp.canonical : Names.clean(sp.text);
      if (name.contains(" ") && !full.contains(name)) full.add(name);
    }
    for (Span sp : spans) {
      if (!"ORGANIZATION".equals(sp.type) || sp.canonical != null) continue;
      String name = Names.clean(sp.text);
      for (String f : full) {
        if (f.equals(name)) break;
        if (isAcronym(name, f) || (name.contains(" ") && f.endsWith(" " + name))) {
          sp.canonical = f;
          break;
        }
      }
    }
  }

  static boolean isAcronym(String acronym, String name) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || a.length() > 6 || !a.equals(a.toUpperCase())) return false;
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase())) continue;
      initials.append(Character.toUpperCase(w.charAt(0)));
    }
    return initials.toString().equals(a);
  }
}
