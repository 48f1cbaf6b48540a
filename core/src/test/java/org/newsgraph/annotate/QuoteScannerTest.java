package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
  private static List<String> scan(String body) {
    return QuoteScanner.scan(body, List.of()).stream().map(QuoteSpan::text).collect(Collectors.toList());
  }

  @Test
  void straightAndTypographicQuotes() {
    assertEquals(List.of("\"It is over,\"", "“We will go.”"), scan("\"It is over,\" he said. “We will go.” she added."));
  }

  @Test
  void apostrophesAndInchMarksAreNotQuotes() {
    assertEquals(List.of(), scan("Russia's 12\" guns and the Workers' Party."));
  }

  @Test
  void quoteRunningOverParagraphs() {
    String body = "Putin said: \"We maintain friendly relations.\n\n\"A further deepening is in our interest,\" he said.\n\nNext.";
    List<QuoteSpan> q = QuoteScanner.scan(body, List.of());
    assertEquals(1, q.size());
    assertEquals(body.indexOf('"'), q.get(0).start());
    assertEquals(body.indexOf(" he said"), q.get(0).end());
  }

  @Test
  void forgottenClosingMark() {
    assertEquals(List.of("\"I was a Muslim.", "\"They strengthened me.\""),
        scan("He said: \"I was a Muslim. He added: \"They strengthened me.\" The end."));
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    assertEquals(List.of("“They will pay"), scan("He said “They will pay\n\nThe next paragraph."));
  }
}
