package org.newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entities.Amount;
import org.newsgraph.entities.Quote;
import org.newsgraph.events.EventMention;
import org.newsgraph.stories.ArticleFacts.Claim;
import org.newsgraph.stories.SideBySide.Disagreement;
import org.newsgraph.stories.SideBySide.Fact;
import org.newsgraph.stories.SideBySide.Outlet;

/**
 * Builds the side-by-side of one story. Outlets are compared fact by fact: events (merged across
 * articles), quotes (same speaker and similar words), amounts (same unit and value), actors
 * (canonical names) and claims (sentences: a sentence is reported by another outlet when that
 * outlet has a sentence with TF-IDF cosine at or above {@link #CLAIM_SIMILARITY}; IDF over the
 * story's sentences). Near-copies are listed under their outlet but not compared.
 */
final class Compare {
  static final double CLAIM_SIMILARITY = 0.25;
  static final double QUOTE_SIMILARITY = 0.3;
  private static final int MIN_CLAIM_TERMS = 4;
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "ORG");

  private Compare() {}

  private record Item(String kind, String key, String text, String outlet, String articleId, Object payload) {}

  static SideBySide of(Story story, List<ArticleFacts> members, List<Event> events) {
    Map<String, List<ArticleFacts>> byOutlet = new LinkedHashMap<>();
    Map<String, List<String>> copies = new LinkedHashMap<>();
    for (ArticleFacts a : members) {
      byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>());
      copies.computeIfAbsent(a.outlet(), k -> new ArrayList<>());
      if (a.copyOf() != null) copies.get(a.outlet()).add(a.id());
      else byOutlet.get(a.outlet()).add(a);
    }
    byOutlet.entrySet().removeIf(e -> e.getValue().isEmpty() && copies.get(e.getKey()).isEmpty());
    List<String> outlets = new ArrayList<>(byOutlet.keySet());
    List<String> compared = outlets.stream().filter(o -> !byOutlet.get(o).isEmpty()).toList();

    List<Item> items = new ArrayList<>();
    Map<Item, Set<String>> reportedBy = new LinkedHashMap<>();
    // Events: reported by the outlets of their non-copy mentions.
    for (Event e : events) {
      Map<String, EventMention> firstByOutlet = new LinkedHashMap<>();
      for (EventMention m : e.mentions()) {
        ArticleFacts a = find(members, m.articleId());
        if (a != null && a.copyOf() == null) firstByOutlet.putIfAbsent(a.outlet(), m);
      }
      for (Map.Entry<String, EventMention> o : firstByOutlet.entrySet()) {
        Item it = new Item("event", Long.toString(e.eventId()), describe(e, o.getValue()), o.getKey(),
            o.getValue().articleId(), e);
        items.add(it);
        reportedBy.put(it, firstByOutlet.keySet());
      }
    }
    // Claims: sentence alignment.
    List<Item> claims = new ArrayList<>();
    for (String o : compared) {
      for (ArticleFacts a : byOutlet.get(o)) {
        for (Claim c : a.sentences()) claims.add(new Item("claim", a.id() + "#" + c.index(), c.text().strip(), o, a.id(), c));
      }
    }
    Map<Item, Map<String, Double>> vectors = vectors(claims);
    // Sparse dot products through an inverted index: only sentences sharing a term are compared.
    Map<String, List<Item>> postings = new HashMap<>();
    Map<Item, Integer> position = new HashMap<>();
    for (Item c : claims) {
      position.put(c, position.size());
      Map<String, Double> v = vectors.get(c);
      if (v != null) v.keySet().forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(c));
    }
    Map<Item, Map<String, Item>> aligned = new LinkedHashMap<>();
    for (Item c : claims) {
      Map<String, Double> v = vectors.get(c);
      if (v == null) continue;
      Map<Item, Double> dots = new HashMap<>();
      v.forEach((t, w) -> {
        for (Item d : postings.get(t)) {
          if (!d.outlet().equals(c.outlet())) dots.merge(d, w * vectors.get(d).get(t), Double::sum);
        }
      });
      List<Item> near = new ArrayList<>(dots.keySet());
      near.sort(java.util.Comparator.comparingInt(position::get));
      Set<String> by = new LinkedHashSet<>();
      by.add(c.outlet());
      Map<String, Item> best = new LinkedHashMap<>();
      Map<String, Double> bestSim = new HashMap<>();
      for (Item d : near) {
        double s = dots.get(d);
        if (s >= CLAIM_SIMILARITY && s > bestSim.getOrDefault(d.outlet(), 0.0)) {
          bestSim.put(d.outlet(), s);
          best.put(d.outlet(), d);
          by.add(d.outlet());
        }
      }
      aligned.put(c, best);
      items.add(c);
      reportedBy.put(c, by);
    }
    // Quotes, amounts, actors: matched by content.
    for (String o : compared) {
      for (ArticleFacts a : byOutlet.get(o)) {
        for (Quote q : a.quotes()) {
          items.add(new Item("quote", a.id() + "@" + q.start(), (q.speaker() == null ? "(unattributed)" : q.speaker())
              + ": \u201c" + q.text() + "\u201d", o, a.id(), q));
        }
        for (Amount m : a.amounts()) {
          items.add(new Item("amount", a.id() + "@" + m.start(), m.text() + (m.object() == null ? "" : " (" + m.object() + ")"),
              o, a.id(), m));
        }
        Set<String> actorNames = new LinkedHashSet<>();
        for (ArticleFacts.Name n : a.names()) if (NAME_TYPES.contains(n.type())) actorNames.add(n.canonical());
        for (EventMention m : a.events()) {
          if (m.source() != null && m.source().name() != null) actorNames.add(m.source().name());
          if (m.target() != null && m.target().name() != null) actorNames.add(m.target().name());
        }
        for (String n : actorNames) items.add(new Item("actor", n.toLowerCase(Locale.ROOT), n, o, a.id(), n));
      }
    }
    for (Item it : items) {
      if (reportedBy.containsKey(it)) continue;
      Set<String> by = new LinkedHashSet<>();
      by.add(it.outlet());
      for (Item other : items) {
        if (!other.kind().equals(it.kind()) || other.outlet().equals(it.outlet())) continue;
        if (same(it, other)) by.add(other.outlet());
      }
      reportedBy.put(it, by);
    }

    // Phrases (two adjacent content words) every outlet uses: what they all talk about.
    Map<String, String> phraseText = new LinkedHashMap<>();
    Map<String, Set<String>> phraseBy = new LinkedHashMap<>();
    Map<String, Set<String>> phraseArticles = new LinkedHashMap<>();
    for (String o : compared) {
      for (ArticleFacts a : byOutlet.get(o)) {
        for (Claim c : a.sentences()) {
          for (Map.Entry<String, String> p : phrases(c.text()).entrySet()) {
            phraseText.putIfAbsent(p.getKey(), p.getValue());
            phraseBy.computeIfAbsent(p.getKey(), k -> new LinkedHashSet<>()).add(o);
            phraseArticles.computeIfAbsent(p.getKey(), k -> new LinkedHashSet<>()).add(a.id());
          }
        }
      }
    }

    // Per outlet: what only it reports; overall: what every outlet reports (listed once).
    Map<String, List<Fact>> only = new LinkedHashMap<>();
    outlets.forEach(o -> only.put(o, new ArrayList<>()));
    List<Fact> common = new ArrayList<>();
    Set<String> seenOnly = new LinkedHashSet<>();
    Set<String> seenCommon = new LinkedHashSet<>();
    boolean several = compared.size() > 1;
    Map<String, String> outletOf = new HashMap<>();
    for (Item it : items) outletOf.put(it.articleId(), it.outlet());
    for (Item it : items) {
      Set<String> by = reportedBy.get(it);
      String dedupe = it.kind() + "\u0000" + it.key();
      String articlesKey = it.kind().equals("event") ? it.kind() + "\u0000" + it.key() : dedupe;
      if (by.size() == 1 && several) {
        String k = it.outlet() + "\u0000" + (it.kind().equals("actor") ? dedupe : it.kind() + it.text());
        if (seenOnly.add(k)) only.get(it.outlet()).add(new Fact(it.kind(), it.text(), List.of(it.articleId())));
      } else if (several && by.containsAll(compared) && it.outlet().equals(compared.get(0))) {
        String k = it.kind().equals("claim") ? dedupe : articlesKey;
        List<String> arts = articlesOf(it, reportedBy, items);
        // "reported by all" only when the facts' own articles span every compared outlet
        Set<String> spans = new HashSet<>();
        for (String a : arts) spans.add(outletOf.get(a));
        if (spans.containsAll(compared) && seenCommon.add(k)) common.add(new Fact(it.kind(), it.text(), arts));
      }
    }

    if (several) {
      phraseBy.forEach((k, by) -> {
        if (by.containsAll(compared)) common.add(new Fact("phrase", phraseText.get(k), new ArrayList<>(phraseArticles.get(k))));
      });
    }

    List<Outlet> out = new ArrayList<>();
    for (String o : outlets) {
      List<ArticleFacts> arts = byOutlet.get(o);
      ArticleFacts lead = arts.isEmpty() ? null : arts.get(0);
      List<String> ids = new ArrayList<>();
      arts.forEach(a -> ids.add(a.id()));
      out.add(new Outlet(o, ids, copies.get(o), lead == null ? null : lead.title(), lead == null ? null : lead.tone(),
          only.get(o)));
    }
    return new SideBySide(story.storyId(), story.title(), out, common, disagreements(events, members, aligned, claims, vectors),
        several ? framing(compared, byOutlet) : List.of());
  }

  /**
   * Framing where outlets differ: for each actor that several outlets name in events, the words each
   * uses for it ("the isolated country", "Pyongyang", "the Stalinist regime"); and whom each quotes.
   * Words used by every outlet are left out; the rest are listed with the outlet's own words first.
   */
  static List<SideBySide.Framing> framing(List<String> compared, Map<String, List<ArticleFacts>> byOutlet) {
    Map<String, Map<String, Set<String>>> names = new LinkedHashMap<>(); // code → outlet → words
    Map<String, String> canonical = new HashMap<>();
    Map<String, Set<String>> speakers = new LinkedHashMap<>();
    for (String o : compared) {
      speakers.put(o, new LinkedHashSet<>());
      for (ArticleFacts a : byOutlet.get(o)) {
        for (EventMention m : a.events()) {
          for (org.newsgraph.actors.ActorMention am : java.util.Arrays.asList(m.source(), m.target())) {
            if (am == null || am.code() == null || am.text() == null) continue;
            // a bare lower-case word ("it", "his") is a reference, not a label
            if (!am.text().strip().contains(" ") && am.text().equals(am.text().toLowerCase(Locale.ROOT))) continue;
            canonical.putIfAbsent(am.code(), am.name());
            names.computeIfAbsent(am.code(), k -> new LinkedHashMap<>()).computeIfAbsent(o, k -> new LinkedHashSet<>())
                .add(am.text().strip());
          }
        }
        for (Quote q : a.quotes()) if (q.speaker() != null) speakers.get(o).add(q.speaker());
      }
    }
    List<SideBySide.Framing> out = new ArrayList<>();
    names.forEach((code, byO) -> {
      if (byO.size() < compared.size()) return; // not named by every outlet: nothing to compare
      SideBySide.Framing f = differing("names", code + " (" + canonical.get(code) + ")", byO);
      if (f != null) out.add(f);
    });
    SideBySide.Framing q = differing("quotes", "whom each outlet quotes", speakers);
    if (q != null) out.add(q);
    return out;
  }

  /** The words of each outlet that not every outlet uses (case-insensitive), or null when none. */
  private static SideBySide.Framing differing(String kind, String about, Map<String, Set<String>> byOutlet) {
    Map<String, Integer> outletsUsing = new HashMap<>();
    byOutlet.values().forEach(ws -> ws.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct()
        .forEach(w -> outletsUsing.merge(w, 1, Integer::sum)));
    Map<String, List<String>> diff = new LinkedHashMap<>();
    boolean any = false;
    for (Map.Entry<String, Set<String>> e : byOutlet.entrySet()) {
      List<String> own = e.getValue().stream()
          .filter(w -> outletsUsing.get(w.toLowerCase(Locale.ROOT)) < byOutlet.size()).distinct().toList();
      any |= !own.isEmpty();
      diff.put(e.getKey(), own);
    }
    return any ? new SideBySide.Framing(kind, about, diff) : null;
  }

  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]*|[^\\p{L}\\s]+");

  /** Adjacent content-word pairs of a sentence: key (lower case, plural s dropped) → as written. */
  static Map<String, String> phrases(String sentence) {
    Map<String, String> out = new LinkedHashMap<>();
    java.util.regex.Matcher m = WORDS.matcher(sentence);
    String prev = null, prevKey = null;
    while (m.find()) {
      String w = m.group();
      String key = content(w);
      // Two capitalised words are a name, already among the actors.
      boolean name = key != null && prev != null && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(prev.charAt(0));
      if (key != null && prevKey != null && !name) out.putIfAbsent(prevKey + " " + key, prev + " " + w);
      prev = key == null ? null : w;
      prevKey = key;
    }
    return out;
  }

  private static String content(String w) {
    if (!Character.isLetter(w.charAt(0)) || w.length() < 2) return null;
    String l = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    if (org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(l) || STOP.contains(l)) return null;
    return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
  }

  /** Function words Lucene's short English stop list leaves in; they make no phrase (knowledge/phrase-stopwords.txt). */
  private static final Set<String> STOP = org.newsgraph.knowledge.Tsv.words("phrase-stopwords.txt");

  private static List<String> articlesOf(Item it, Map<Item, Set<String>> reportedBy, List<Item> items) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(it.articleId());
    for (Item o : items) {
      if (o.kind().equals(it.kind()) && !o.outlet().equals(it.outlet()) && (o.key().equals(it.key()) || same(it, o))) {
        ids.add(o.articleId());
      }
    }
    return new ArrayList<>(ids);
  }

  /** Word vectors of quotes, per thread, so comparing many quotes analyses each once. */
  private static final ThreadLocal<Map<Quote, Map<String, Double>>> QUOTES = ThreadLocal.withInitial(HashMap::new);

  private static Map<String, Double> quoteVector(Quote q) {
    Map<Quote, Map<String, Double>> cache = QUOTES.get();
    if (cache.size() > 10_000) cache.clear();
    return cache.computeIfAbsent(q, k -> unit(Terms.count(k.text())));
  }

  private static boolean same(Item a, Item b) {
    switch (a.kind()) {
      case "event":
        return a.key().equals(b.key());
      case "actor":
        return a.key().equals(b.key());
      case "amount": {
        Amount x = (Amount) a.payload(), y = (Amount) b.payload();
        return java.util.Objects.equals(x.unit(), y.unit()) && Math.abs(x.value() - y.value())
            <= 0.01 * Math.max(Math.abs(x.value()), Math.abs(y.value()));
      }
      case "quote": {
        Quote x = (Quote) a.payload(), y = (Quote) b.payload();
        double s = cosine(quoteVector(x), quoteVector(y));
        boolean sameSpeaker = x.speaker() != null && x.speaker().equalsIgnoreCase(String.valueOf(y.speaker()));
        return sameSpeaker ? s >= QUOTE_SIMILARITY : s >= 0.6;
      }
      default:
        return false;
    }
  }

  /** Least TF-IDF cosine of two sentences whose amounts of one object may disagree (tuned on samples and seeds). */
  static final double AMOUNT_CONTEXT = 0.1;

  private static List<Disagreement> disagreements(List<Event> events, List<ArticleFacts> members,
                                                  Map<Item, Map<String, Item>> aligned, List<Item> claims,
                                                  Map<Item, Map<String, Double>> vectors) {
    List<Disagreement> out = new ArrayList<>();
    // Numbers: two outlets give different values of one unit for the same thing (same object head
    // word; money may lack an object) in sentences with some shared context. Each amount
    // is paired with the closest value the other sentence gives, so "from $2.1 billion to $5
    // billion" against "$4 billion" reports 5 against 4.
    Map<String, Item> claimAt = new HashMap<>();
    for (Item c : claims) claimAt.put(c.key(), c);
    List<Item> withAmounts = new ArrayList<>();
    Map<Item, List<Amount>> amounts = new LinkedHashMap<>();
    for (Item c : claims) {
      List<Amount> l = amountsIn(find(members, c.articleId()), (Claim) c.payload());
      if (!l.isEmpty() && vectors.containsKey(c)) {
        withAmounts.add(c);
        amounts.put(c, l);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < withAmounts.size(); i++) {
      for (int j = 0; j < withAmounts.size(); j++) {
        Item c = withAmounts.get(i), d = withAmounts.get(j);
        if (c.outlet().equals(d.outlet())) continue;
        double context = cosine(vectors.get(c), vectors.get(d));
        if (context < AMOUNT_CONTEXT) continue;
        for (Amount y : amounts.get(d)) {
          Amount best = null;
          double bestRatio = Double.MAX_VALUE;
          for (Amount x : amounts.get(c)) {
            if (!java.util.Objects.equals(x.unit(), y.unit())) continue;
            if (!sameObject(x, y)) continue;
            double r = ratio(x.value(), y.value());
            if (r < bestRatio) {
              bestRatio = r;
              best = x;
            }
          }
          if (best == null || bestRatio <= 1.01 || closest(best, amounts.get(d)) != y) continue;
          String key = c.key() + "@" + best.start() + "|" + d.key() + "@" + y.start();
          String rev = d.key() + "@" + y.start() + "|" + c.key() + "@" + best.start();
          if (seen.contains(rev) || !seen.add(key)) continue;
          Map<String, String> values = new LinkedHashMap<>();
          values.put(c.outlet(), best.text() + " \u2014 " + c.text());
          values.put(d.outlet(), y.text() + " \u2014 " + d.text());
          String object = best.object() != null ? best.object() : y.object();
          String about = best.unit() == null ? object : best.unit() + (object == null ? "" : " (" + object + ")");
          out.add(new Disagreement("amount", about, values));
        }
      }
    }
    // Dates: events with the same actors and root reported on different days by different outlets.
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        Event x = events.get(i), y = events.get(j);
        if (!"day".equals(x.datePrecision()) || !"day".equals(y.datePrecision()) || x.date().equals(y.date())) continue;
        if (!java.util.Objects.equals(x.rootCode(), y.rootCode())) continue;
        if (!StoryArticle.actorKey(x.source()).equals(StoryArticle.actorKey(y.source()))
            || !StoryArticle.actorKey(x.target()).equals(StoryArticle.actorKey(y.target()))) continue;
        String ox = outletOf(members, x), oy = outletOf(members, y);
        if (ox == null || oy == null || ox.equals(oy) || !alignedMentions(x, y, aligned)) continue;
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ox, x.date());
        values.put(oy, y.date());
        out.add(new Disagreement("date", describe(x, x.mentions().get(0)), values));
      }
    }
    return out;
  }

  /** Whether a mention sentence of x and one of y were aligned as the same claim. */
  private static boolean alignedMentions(Event x, Event y, Map<Item, Map<String, Item>> aligned) {
    Set<String> ys = new LinkedHashSet<>();
    for (EventMention m : y.mentions()) ys.add(m.articleId() + "#" + m.sentence());
    for (Map.Entry<Item, Map<String, Item>> e : aligned.entrySet()) {
      boolean inX = false;
      for (EventMention m : x.mentions()) inX |= e.getKey().key().equals(m.articleId() + "#" + m.sentence());
      if (!inX) continue;
      for (Item d : e.getValue().values()) if (ys.contains(d.key())) return true;
    }
    return false;
  }

  /** Same last (head) word of the object, stemmed; for money and units a missing object matches. */
  private static boolean sameObject(Amount x, Amount y) {
    if (x.object() == null || y.object() == null) return x.unit() != null;
    return head(x.object()).equals(head(y.object()));
  }

  private static String head(String object) {
    String last = "";
    for (String t : Terms.count(object).keySet()) last = t;   // sorted; use the real last word below
    String[] words = object.trim().split("\\s+");
    Map<String, Integer> lastTerm = Terms.count(words[words.length - 1]);
    return lastTerm.isEmpty() ? last : lastTerm.keySet().iterator().next();
  }

  /** The amount of {@code among} closest in value to {@code x} with a compatible unit and object. */
  private static Amount closest(Amount x, List<Amount> among) {
    Amount best = null;
    double bestRatio = Double.MAX_VALUE;
    for (Amount y : among) {
      if (!java.util.Objects.equals(x.unit(), y.unit()) || !sameObject(x, y)) continue;
      double r = ratio(x.value(), y.value());
      if (r < bestRatio) {
        bestRatio = r;
        best = y;
      }
    }
    return best;
  }

  private static double ratio(double a, double b) {
    double x = Math.abs(a), y = Math.abs(b);
    if (x == 0 || y == 0) return x == y ? 1 : Double.MAX_VALUE;
    return Math.max(x, y) / Math.min(x, y);
  }

  private static String outletOf(List<ArticleFacts> members, Event e) {
    Set<String> outlets = new LinkedHashSet<>();
    for (EventMention m : e.mentions()) {
      ArticleFacts a = find(members, m.articleId());
      if (a != null && a.copyOf() == null) outlets.add(a.outlet());
    }
    return outlets.size() == 1 ? outlets.iterator().next() : null;
  }

  private static List<Amount> amountsIn(ArticleFacts a, Claim c) {
    List<Amount> l = new ArrayList<>();
    if (a == null) return l;
    for (Amount m : a.amounts()) if (m.start() >= c.start() && m.start() < c.end()) l.add(m);
    return l;
  }

  private static ArticleFacts find(List<ArticleFacts> members, String id) {
    for (ArticleFacts a : members) if (a.id().equals(id)) return a;
    return null;
  }

  /** "Vladimir Putin (RUSGOV) → Choe Ryong Hae (PRKGOV) 042, 2014-11-18: sentence". */
  static String describe(Event e, EventMention m) {
    StringBuilder sb = new StringBuilder();
    sb.append(actor(e.source())).append(" \u2192 ").append(e.target() == null ? "\u2014" : actor(e.target()));
    sb.append(' ').append(e.code());
    if (e.date() != null) sb.append(", ").append(e.date());
    if (!"actual".equals(e.mode())) sb.append(" [").append(e.mode()).append(']');
    if (m != null && m.text() != null) sb.append(": ").append(m.text().strip());
    return sb.toString();
  }

  private static String actor(org.newsgraph.actors.ActorMention a) {
    if (a == null) return "?";
    return (a.name() != null ? a.name() : a.text()) + " (" + a.code() + ")";
  }

  private static Map<Item, Map<String, Double>> vectors(List<Item> claims) {
    Map<Item, Map<String, Integer>> tfs = new LinkedHashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (Item c : claims) {
      Map<String, Integer> tf = Terms.count(c.text());
      if (tf.size() < MIN_CLAIM_TERMS) continue;
      tfs.put(c, tf);
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    Map<Item, Map<String, Double>> out = new LinkedHashMap<>();
    int n = tfs.size();
    tfs.forEach((c, tf) -> {
      Map<String, Double> v = new LinkedHashMap<>();
      tf.forEach((t, f) -> v.put(t, (1 + Math.log(f)) * Math.log(1 + (double) n / df.get(t))));
      out.put(c, normalise(v));
    });
    return out;
  }

  private static Map<String, Double> unit(Map<String, Integer> tf) {
    Map<String, Double> v = new LinkedHashMap<>();
    tf.forEach((t, f) -> v.put(t, 1 + Math.log(f)));
    return normalise(v);
  }

  private static Map<String, Double> normalise(Map<String, Double> v) {
    double n = 0;
    for (double x : v.values()) n += x * x;
    double len = Math.sqrt(n);
    if (len > 0) v.replaceAll((k, x) -> x / len);
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double s = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) s += e.getValue() * y;
    }
    return s;
  }
}
