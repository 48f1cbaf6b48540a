package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.read.Article;

class ToneScorerTest {
  @Test
  void percentagesOfWords() {
    // 10 words: "welcomed" (lemma welcome) positive; "attack", "killed" (lemma kill) negative; "." not a word
    String[][] words = {{"Leaders", "leader"}, {"welcomed", "welcome"}, {"the", "the"}, {"talks", "talk"},
        {"after", "after"}, {"an", "a"}, {"attack", "attack"}, {"killed", "kill"}, {"five", "five"},
        {"people", "people"}, {".", "."}};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] w : words) {
      tokens.add(new Token(tokens.size(), w[0], w[1], "X", "O", at, at + w[0].length()));
      at += w[0].length() + 1;
    }
    Article a = new Article("t", "t", null, null, null, null, null, null, "x".repeat(at), null, null, "h");
    Document d = new Document(a, List.of(new Sentence(0, 0, at, "", tokens, List.of())), List.of(), List.of(), List.of());
    Tone t = new ToneScorer(ToneScorer.bundledLexicon()).score(d);
    assertEquals(10, t.wordCount());
    assertEquals(10.0, t.positive(), 1e-9);
    assertEquals(20.0, t.negative(), 1e-9);
    assertEquals(-10.0, t.tone(), 1e-9);
    assertEquals(30.0, t.polarity(), 1e-9);
  }
}
