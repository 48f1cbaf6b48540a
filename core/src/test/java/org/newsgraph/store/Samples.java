package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.entities.Amount;
import org.newsgraph.entities.Entities;
import org.newsgraph.entities.Entity;
import org.newsgraph.entities.Quote;
import org.newsgraph.entities.Tone;
import org.newsgraph.events.EventMention;
import org.newsgraph.places.Location;
import org.newsgraph.read.Article;

/** Hand-built articles and analyses, so store, export and CLI tests need no models. */
public final class Samples {
  private Samples() {}

  public static final String BODY = "Putin met Choe in the Kremlin on Tuesday. Russia will invest $25 billion in a project.";

  public static Article article(String id, String body) {
    return new Article(id, "in/" + id, "Title of " + id, "By Jane Doe", "The Moscow Times",
        "https://example.org/2014/11/19/" + id, LocalDate.of(2014, 11, 19), "MOSCOW", body,
        List.of("A caption"), Map.of("lang", "en"), null);
  }

  public static Article article(String id) {
    return article(id, BODY);
  }

  /** A plausible analysis of {@code a}: one sentence per ". ", entities, a quote, an amount and two events. */
  public static AnalyzedArticle analyze(Article a) {
    String body = a.body();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0, i = 0;
    while (start < body.length()) {
      int end = body.indexOf(". ", start);
      end = end < 0 ? body.length() : end + 1;
      String text = body.substring(start, end);
      sentences.add(new Sentence(i++, start, end, text,
          List.of(new Token(0, text.split(" ")[0], text.split(" ")[0].toLowerCase(), "NNP", "O", start,
              start + text.split(" ")[0].length())), List.of()));
      start = end + 1;
    }
    Document doc = new Document(a, sentences, List.of(), List.of(), List.of());
    int putin = Math.max(0, body.indexOf("Putin"));
    Entities ents = new Entities(
        List.of(new Entity("Putin", "Vladimir Putin", "PERSON", 0, putin, putin + 5),
            new Entity("Kremlin", "Russia", "COUNTRY", 0, 22, 29)),
        List.of(new Quote("Vladimir Putin", "We maintain friendly relations", 0, 0, 10)),
        List.of(new Amount(25e9, "USD", "project", "$25 billion", 60)),
        new Tone(-1.5, 2.0, 3.5, 5.5, 16),
        List.of(new Entity("Title", null, "MISC", -1, 0, 5)));
    Sentence s0 = sentences.get(0);
    ActorMention rus = new ActorMention("RUSGOV", "Vladimir Putin", "RUS", "GOV", 0, 0, 1, putin, putin + 5, "Putin",
        "dictionary: Putin");
    ActorMention prk = new ActorMention("PRKGOV", "Choe Ryong Hae", "PRK", "GOV", 0, 2, 3, 10, 14, "Choe",
        "dictionary: Choe");
    ActorMention un = new ActorMention("IGOUNO", "United Nations", null, null, 0, 4, 5, 30, 32, "UN", "dictionary: UN");
    List<EventMention> events = List.of(
        new EventMention(a.id(), 0, s0.start(), s0.end(), s0.text(), rus, prk, "043", "04", 1, 2.8, "2014-11-18", "day",
            new Location("Moscow", "RUS", "city", 55.75, 37.62, 524901L), "actual", 0.9, "met",
            "meet with X", "trigger 'met', pattern 'meet with X', source Putin (dictionary)"),
        new EventMention(a.id(), 0, s0.start(), s0.end(), s0.text(), prk, un, "111", "11", 3, -2.0, "2014-11", "month",
            null, "actual", 0.6, "Choe", "criticize X", "why\twith a tab"),
        new EventMention(a.id(), 0, s0.start(), s0.end(), s0.text(), rus, null, "010", "01", 1, 0.0, null, "unknown",
            null, "planned", 0.5, "will", "make statement", "no target"));
    return new AnalyzedArticle(doc, ents, events);
  }

  /** A fake engine that analyses by hand and counts its calls. */
  public static final class FakeEngine implements Function<Article, AnalyzedArticle> {
    public final AtomicInteger calls = new AtomicInteger();

    @Override public AnalyzedArticle apply(Article a) {
      calls.incrementAndGet();
      if (a.body().contains("EXPLODE")) throw new IllegalStateException("parser blew up");
      return analyze(a);
    }
  }
}
