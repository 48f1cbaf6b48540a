package org.newsgraph.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeExpression;
import org.newsgraph.annotate.Token;
import org.newsgraph.read.Article;

/**
 * Hand-built Documents for tests, no CoreNLP. A sentence is written as space-separated tokens
 * {@code word/POS[/lemma[/NER]]} ({@code forces/NNS/force}, {@code Foo/NNP//PERSON}); an optional
 * parse is {@code "gov>dep:rel"} arcs over 0-based token indexes, {@code -1} for the root.
 */
final class Docs {
  private final List<String[]> sentences = new ArrayList<>();
  private final List<String[]> parses = new ArrayList<>();
  private LocalDate published;
  private String dateline;
  private final List<TimeExpression> times = new ArrayList<>();

  static Docs of(String... sentences) {
    Docs d = new Docs();
    for (String s : sentences) d.add(s);
    return d;
  }

  Docs add(String sentence, String... parse) {
    sentences.add(sentence.trim().split("\\s+"));
    parses.add(parse);
    return this;
  }

  Docs published(LocalDate date) {
    this.published = date;
    return this;
  }

  Docs dateline(String place) {
    this.dateline = place;
    return this;
  }

  /** A DATE time expression (TIMEX value) on token {@code token} of sentence {@code sentence}; offsets are not used. */
  Docs time(int sentence, int token, String value) {
    times.add(new TimeExpression(value, "DATE", value, sentence, token, token + 1, 0, 0));
    return this;
  }

  Document build() {
    StringBuilder body = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      if (body.length() > 0) body.append(' ');
      int sStart = body.length();
      List<Token> tokens = new ArrayList<>();
      String[] toks = sentences.get(si);
      for (int i = 0; i < toks.length; i++) {
        String[] f = toks[i].split("/", -1);
        String word = f[0];
        String pos = f.length > 1 ? f[1] : "NN";
        String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : (pos.startsWith("NNP") ? word : word.toLowerCase());
        String ner = f.length > 3 && !f[3].isEmpty() ? f[3] : "O";
        if (i > 0) body.append(' ');
        int start = body.length();
        body.append(word);
        tokens.add(new Token(i, word, lemma, pos, ner, start, body.length()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (String arc : parses.get(si)) {
        String[] a = arc.split("[>:]", 3);
        deps.add(new Dependency(Integer.parseInt(a[0]), Integer.parseInt(a[1]), a[2]));
      }
      out.add(new Sentence(si, sStart, body.length(), body.substring(sStart), tokens, deps));
    }
    Article article = new Article("test", "test", null, null, null, null, published, dateline,
        body.toString(), List.of(), null, "hash");
    return new Document(article, out, List.of(), times, List.of());
  }
}
