package org.newsgraph.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** B-cubed precision, recall and F1 of one clustering (item → cluster) against another. */
record BCubed(double precision, double recall, double f1) {
  static BCubed of(Map<String, String> found, Map<String, String> gold) {
    Map<String, Set<String>> byFound = groups(found), byGold = groups(gold);
    double p = 0, r = 0;
    int n = 0;
    for (String item : gold.keySet()) {
      if (!found.containsKey(item)) continue;
      Set<String> f = byFound.get(found.get(item)), g = byGold.get(gold.get(item));
      int both = 0;
      for (String x : f) if (g.contains(x)) both++;
      p += both / (double) f.size();
      r += both / (double) g.size();
      n++;
    }
    p /= Math.max(1, n);
    r /= Math.max(1, n);
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Map<String, Set<String>> groups(Map<String, String> m) {
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((item, c) -> out.computeIfAbsent(c, k -> new HashSet<>()).add(item));
    return out;
  }

  @Override public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f", precision, recall, f1);
  }
}
