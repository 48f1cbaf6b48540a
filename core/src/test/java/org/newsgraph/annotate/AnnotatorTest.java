package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.read.Article;

@Tag("slow")
class AnnotatorTest {
  private static Document doc;

  static Article article(String body, LocalDate published) {
    return new Article("t", "t", null, null, null, null, published, null, body, null, null, "h");
  }

  @BeforeAll
  static void annotate() {
    String body = String.join("\n\n",
        "Russian President Vladimir Putin called Wednesday for deeper ties with N.Korea, a day after talks on Tuesday with Kim Jong-Un's envoy.",
        "North Korea dismissed the UN move as part of a U.S.-led plot.",
        "In 2011, Moscow received Kim Jong-Il. Putin and Xi Jinping promised cooperation earlier this month.",
        "Choe will travel to Vladivostok on Friday. A report published in February listed abuses.",
        "The full text is at http://www.example.com/2014/11/19/story.html for readers.",
        "\"We maintain friendly relations,\" Putin said. “It is counter-productive,” said Lavrov.");
    doc = Annotator.shared().annotate(article(body, LocalDate.parse("2014-11-19")));
  }

  private static String date(String text) {
    return doc.times().stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).findFirst().orElse(null);
  }

  @Test
  void datesAreNormalisedAgainstThePublicationDate() {
    assertEquals("2014-11-19", date("Wednesday"));
    assertEquals("2014-11-18", date("Tuesday"));
    assertEquals("2011", date("2011"));
    assertEquals("2014-11", date("earlier this month"));
    assertEquals("2014-11-21", date("Friday"), "future tense keeps the coming Friday");
    assertEquals("2014-02", date("February"), "a bare month in past-tense copy is the last one");
  }

  @Test
  void noDatesFromUrls() {
    assertTrue(doc.times().stream().noneMatch(t -> t.text().contains("example.com")), doc.times().toString());
    assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("example.com")));
  }

  @Test
  void tokenisesNewsNames() {
    List<Token> tokens = doc.sentences().stream().flatMap(s -> s.tokens().stream()).collect(Collectors.toList());
    List<String> words = tokens.stream().map(Token::word).collect(Collectors.toList());
    assertTrue(words.contains("U.S."), words.toString());
    assertTrue(doc.mentions().stream().anyMatch(m -> m.type().equals("PERSON") && m.text().equals("Kim Jong-Un")));
    // "N.Korea" is read as the initial and the name: "Korea" a proper noun in a named entity
    int at = doc.article().body().indexOf("N.Korea");
    Token korea = tokens.stream().filter(t -> t.start() == at + 2).findFirst().orElseThrow();
    assertEquals("Korea", korea.word());
    assertEquals("NNP", korea.pos());
    assertFalse("O".equals(korea.ner()), "Korea is part of a name");
  }

  @Test
  void offsetsIndexTheBody() {
    String body = doc.article().body();
    for (Sentence s : doc.sentences()) {
      assertEquals(s.text(), body.substring(s.start(), s.end()));
      for (Token t : s.tokens()) assertFalse(t.start() < s.start() || t.end() > s.end());
    }
    for (Mention m : doc.mentions()) assertEquals(m.text(), body.substring(m.start(), m.end()));
    assertFalse(doc.sentences().get(0).dependencies().isEmpty());
  }

  @Test
  void quotesAreFound() {
    List<String> quotes = doc.quotes().stream().map(QuoteSpan::text).collect(Collectors.toList());
    assertEquals(List.of("\"We maintain friendly relations,\"", "“It is counter-productive,”"), quotes);
    QuoteSpan q = doc.quotes().get(1);
    assertEquals(q.text(), doc.article().body().substring(q.start(), q.end()));
    assertEquals(doc.sentences().size() - 1, q.sentenceStart());
  }
}
