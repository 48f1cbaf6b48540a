package org.newsgraph.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision, recall and F1 of a clustering against gold labels (test-side scorer). */
record BCubed(double precision, double recall, double f1) {
  static BCubed score(List<String> predicted, List<String> gold) {
    int n = predicted.size();
    Map<String, Integer> pSize = new HashMap<>();
    Map<String, Integer> gSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      pSize.merge(predicted.get(i), 1, Integer::sum);
      gSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (int i = 0; i < n; i++) {
      double overlap = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      p += overlap / pSize.get(predicted.get(i));
      r += overlap / gSize.get(gold.get(i));
    }
    p /= n;
    r /= n;
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  @Override public String toString() {
    return String.format("P=%.4f R=%.4f F1=%.4f", precision, recall, f1);
  }
}
