package org.newsgraph.stories;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;

/**
 * What story clustering needs to know of one article; built from an {@link AnalyzedArticle} or,
 * without any language models, from plain text ({@link #of(String, String, LocalDate, String, String)}).
 *
 * @param id        article id
 * @param source    outlet, or null
 * @param published publication date, or null (see {@link Stories} for how undated articles are placed)
 * @param title     headline, or null
 * @param terms     stemmed term → count over headline (counted twice) and body
 * @param names     lower-cased capitalised word or year → count (a name guess, {@link Terms#names}),
 *                  with the publication year counted once more ({@link #withYear})
 * @param actors    CAMEO actor codes of the article's event actors
 * @param events    event keys "SRC>TGT:root" (actor country, or code when it has none)
 * @param minhash   signature of the body for near-copy detection
 * @param embedding unit-length sentence-encoder vector of headline and lead ({@link #lead}), or null
 */
public record StoryArticle(String id, String source, LocalDate published, String title,
                           Map<String, Integer> terms, Map<String, Integer> names, Set<String> actors,
                           Set<String> events, MinHash minhash, float[] embedding) {
  public StoryArticle {
    // Sorted, so that sums over them run in the same order in every JVM (determinism).
    terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
    names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    actors = Collections.unmodifiableSortedSet(new TreeSet<>(actors));
    events = Collections.unmodifiableSortedSet(new TreeSet<>(events));
  }

  /** From plain text: terms from the Lucene English analyzer, names guessed from capitalisation. */
  public static StoryArticle of(String id, String source, LocalDate published, String title, String body) {
    return new StoryArticle(id, source, published, title, terms(title, body),
        withYear(Terms.names(body), published), Set.of(), Set.of(), MinHash.of(body), null);
  }

  /**
   * From the engine's output: terms, names and the lead embedding as for plain text, plus event
   * actors and event keys. Names are the capitalised words and years of headline and body (as
   * {@link #of(String, String, LocalDate, String, String)}), not the entity stage's canonical
   * names: single words match a later short mention ("Teixeira") and years feed the year conflict;
   * on ECB+ dev analysed by the engine (clustered undated, in id order) the canonicals scored event
   * B-cubed 0.853, the words 0.886 (docs/stories.md).
   */
  public static StoryArticle of(AnalyzedArticle analyzed) {
    Article a = analyzed.document().article();
    Map<String, Integer> names = withYear(Terms.names(a.title() == null ? a.body() : a.title() + "\n" + a.body()), a.published());
    Set<String> actors = new TreeSet<>();
    Set<String> events = new TreeSet<>();
    for (EventMention m : analyzed.events()) {
      // who merely spoke is not what a story is about ("the White House said" is in many stories)
      if (org.newsgraph.events.Salience.bareStatement(m)) continue;
      if (m.source() != null && m.source().code() != null) actors.add(m.source().code());
      if (m.target() != null && m.target().code() != null) actors.add(m.target().code());
      events.add(eventKey(m));
    }
    return new StoryArticle(a.id(), a.source(), a.published(), a.title(), terms(a.title(), a.body()),
        names, actors, events, MinHash.of(a.body()), embed(a.title(), a.body()));
  }

  /**
   * The names with the publication year added: a report is about its own year even when it does not
   * say it, so the year conflict also keeps an article that mentions only 2008 out of a story whose
   * reports were published in 2013 (ECB+ through the product, leave-topics-out CV event B-cubed
   * 0.848 -> 0.879, every fold up or level; docs/stories.md).
   */
  static Map<String, Integer> withYear(Map<String, Integer> names, LocalDate published) {
    if (published == null) return names;
    Map<String, Integer> out = new TreeMap<>(names);
    out.merge(String.valueOf(published.getYear()), 1, Integer::sum);
    return out;
  }

  /** The same article with a lead embedding (e.g. computed in a batch elsewhere). */
  public StoryArticle withEmbedding(float[] vector) {
    return new StoryArticle(id, source, published, title, terms, names, actors, events, minhash, vector);
  }

  /** Sentences of the lead that are embedded: the headline and the first few say what happened. */
  static final int LEAD_SENTENCES = 4;

  /**
   * Headline and the first {@link #LEAD_SENTENCES} sentences of the body, as one text: the part of a
   * report that names the happening (one encoder call per article, well under the model's 256 tokens).
   */
  public static String lead(String title, String body) {
    StringBuilder out = new StringBuilder(title == null || title.isBlank() ? "" : title.strip() + ". ");
    int n = 0;
    for (String s : (body == null ? "" : body).split("(?<=[.!?])\\s+")) {
      if (s.isBlank()) continue;
      out.append(s.strip()).append(' ');
      if (++n == LEAD_SENTENCES) break;
    }
    return out.toString().strip();
  }

  /** The lead's embedding with the bundled encoder; null when the learned models are off ({@code -Dnewsgraph.learned=off}). */
  private static float[] embed(String title, String body) {
    if ("off".equals(System.getProperty("newsgraph.learned"))) return null;
    String lead = lead(title, body);
    return lead.isEmpty() ? null : org.newsgraph.embed.Encoder.shared().encode(lead);
  }

  /** "SRC>TGT:root" with actors reduced to their country (or full code when they have none). */
  static String eventKey(EventMention m) {
    return actorKey(m.source()) + ">" + actorKey(m.target()) + ":" + m.rootCode();
  }

  static String actorKey(ActorMention a) {
    if (a == null) return "";
    return a.country() != null && !a.country().isEmpty() ? a.country() : String.valueOf(a.code());
  }

  private static Map<String, Integer> terms(String title, String body) {
    Map<String, Integer> t = new TreeMap<>(Terms.count(body));
    Terms.count(title).forEach((k, v) -> t.merge(k, 2 * v, Integer::sum));
    return t;
  }
}
