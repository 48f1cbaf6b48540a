package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actors;
import org.newsgraph.annotate.Document;
import org.newsgraph.read.Article;

/**
 * Multi-CoPED quad classes (../shared/eval/multicoped/quadclass-train.tsv, 1,349 labelled news
 * sentences): each sentence is an article; its predicted class is that of its most salient event
 * ({@link Salience}). The sentences' actors are often outside any dictionary ("protesters", "a car
 * bomb"), and the label is about the event, so the {@link EventCoder#lenient() lenient} coder is used.
 *
 * <p>Class mapping. The dataset's labels follow the Phoenix/PETRARCH quad convention, not GDELT's:
 * root 16 (reduce relations: sanctions, suspended aid, expulsions) is verbal conflict (3) there, and
 * 57 of the 63 sentences whose salient event has root 16 are labelled 3. So the label here is 0 for
 * roots 01–02 and no event, 1 for 03–05, 2 for 06–08, 3 for 09–13 and 16, 4 for 14–15 and 17–20.
 * With GDELT's quad classes (16 → 4) the figure is printed too. The product's quad_class stays GDELT's.
 */
@Tag("slow")
class MultiCopedTest {
  static final double FLOOR = 0.80;

  static int phoenix(EventMention e) {
    if (e == null) return 0;
    int r = Integer.parseInt(e.rootCode());
    if (r <= 2) return 0;
    if (r <= 5) return 1;
    if (r <= 8) return 2;
    if (r <= 13 || r == 16) return 3;
    return 4;
  }

  static int gdelt(EventMention e) {
    return e == null || e.rootCode().compareTo("03") < 0 ? 0 : e.quadClass();
  }

  @Test
  void macroF1() throws IOException {
    Assumptions.assumeTrue(org.newsgraph.SharedData.present("eval/multicoped/quadclass-train.tsv"));
    List<Map.Entry<String, Integer>> data = Docs.multicoped();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      articles.add(Docs.article("mc" + i, data.get(i).getKey(), LocalDate.of(2018, 1, 1)));
    }
    List<Document> docs = Docs.annotated("multicoped", articles);
    EventCoder coder = new EventCoder(Actors.standard(), EventPatterns.bundled(), Cameo.bundled(), null).lenient();
    int[][] phoenix = new int[5][5], gdelt = new int[5][5];
    for (int i = 0; i < docs.size(); i++) {
      EventMention e = Salience.of(coder.code(docs.get(i)));
      int gold = data.get(i).getValue();
      phoenix[gold][phoenix(e)]++;
      gdelt[gold][gdelt(e)]++;
    }
    double f1 = report("Multi-CoPED quad classes, Phoenix mapping (16 = verbal conflict)", phoenix);
    report("Multi-CoPED quad classes, GDELT mapping (14-20 = material conflict)", gdelt);
    assertTrue(f1 >= FLOOR, "macro-F1 " + f1 + " fell below the floor " + FLOOR);
  }

  /** Prints per-class P/R/F1 and the confusion matrix (rows gold, columns predicted); returns macro-F1. */
  static double report(String title, int[][] m) {
    StringBuilder b = new StringBuilder(title).append('\n');
    double sum = 0;
    for (int c = 0; c < 5; c++) {
      int tp = m[c][c], fp = 0, fn = 0;
      for (int k = 0; k < 5; k++) {
        if (k == c) continue;
        fp += m[k][c];
        fn += m[c][k];
      }
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      sum += f;
      b.append(String.format("  class %d  P %.3f  R %.3f  F1 %.3f   gold %d → predicted %s%n", c, p, r, f, c,
          java.util.Arrays.toString(m[c])));
    }
    b.append(String.format("  macro-F1 %.3f%n", sum / 5));
    System.out.print(b);
    return sum / 5;
  }
}
