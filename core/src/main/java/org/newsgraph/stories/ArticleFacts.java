package org.newsgraph.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.entities.Amount;
import org.newsgraph.entities.Entity;
import org.newsgraph.entities.Quote;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;

/**
 * What the stories stage keeps of one article for events and the side-by-side (saved with the
 * state, so a restored {@link Stories} needs no re-analysis). Lists are empty for articles added
 * from a bare {@link StoryArticle}.
 */
record ArticleFacts(String id, String source, String title, LocalDate published, String copyOf, Tone tone,
                    List<Claim> sentences, List<Name> names, List<Quote> quotes, List<Amount> amounts,
                    List<EventMention> events) {
  /** A sentence of the body: index, character span, text. */
  record Claim(int index, int start, int end, String text) {}

  /** A canonical entity name with its type. */
  record Name(String canonical, String type) {}

  ArticleFacts {
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    names = names == null ? List.of() : List.copyOf(names);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    events = events == null ? List.of() : List.copyOf(events);
  }

  static ArticleFacts of(AnalyzedArticle analyzed) {
    Article a = analyzed.document().article();
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : analyzed.document().sentences()) claims.add(new Claim(s.index(), s.start(), s.end(), s.text()));
    Map<String, Name> names = new LinkedHashMap<>();
    List<Quote> quotes = List.of();
    List<Amount> amounts = List.of();
    Tone tone = null;
    if (analyzed.entities() != null) {
      for (Entity e : analyzed.entities().entities()) {
        String c = e.canonical() != null ? e.canonical() : e.text();
        if (c != null && e.type() != null) names.putIfAbsent(c, new Name(c, e.type()));
      }
      quotes = analyzed.entities().quotes();
      amounts = analyzed.entities().amounts();
      tone = analyzed.entities().tone();
    }
    return new ArticleFacts(a.id(), a.source(), a.title(), a.published(), null, tone, claims,
        new ArrayList<>(names.values()), quotes, amounts, analyzed.events());
  }

  static ArticleFacts of(StoryArticle a) {
    return new ArticleFacts(a.id(), a.source(), a.title(), a.published(), null, null, null, null, null, null, null);
  }

  ArticleFacts withCopyOf(String original) {
    return new ArticleFacts(id, source, title, published, original, tone, sentences, names, quotes, amounts, events);
  }

  /** The outlet, or a stand-in unique to this article when it names none. */
  String outlet() {
    return source != null && !source.isBlank() ? source : "(" + id + ")";
  }
}
