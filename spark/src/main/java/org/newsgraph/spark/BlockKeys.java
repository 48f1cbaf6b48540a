package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.stories.StoryArticle;

/**
 * Cheap keys that articles of one story are likely to share, for blocking: MinHash LSH bands of
 * the body (near-copies), CAMEO actor codes of its events, its most frequent names, and its most
 * frequent terms. Two articles land in one block when they share a key within the time window
 * (see {@link StoryBlocks}); keys shared by too many articles are dropped there, not here.
 *
 * @param id   article id
 * @param day  publication date as epoch day, or null
 * @param keys the keys, each prefixed by its kind (m, a, n, t)
 */
record BlockKeys(String id, Long day, List<String> keys) implements java.io.Serializable {
  /** 16 bands of 4 rows over the 64-slot signature: pairs at Jaccard 0.6 share a band with p = 0.89. */
  static final int BANDS = 16;
  static final int NAMES = 5;
  static final int TERMS = 3;

  static BlockKeys of(AnalyzedArticle analyzed) {
    StoryArticle a = StoryArticle.of(analyzed);
    List<String> keys = new ArrayList<>();
    List<Integer> sig = a.minhash().values();
    if (!sig.isEmpty() && sig.get(0) != Integer.MAX_VALUE) {
      int rows = sig.size() / BANDS;
      for (int b = 0; b < BANDS; b++) {
        long h = b;
        for (int i = b * rows; i < (b + 1) * rows; i++) h = h * 0x100000001B3L + sig.get(i);
        keys.add("m" + b + ":" + Long.toHexString(h));
      }
    }
    a.actors().forEach(x -> keys.add("a:" + x));
    top(a.names(), NAMES).forEach(x -> keys.add("n:" + x));
    top(a.terms(), TERMS).forEach(x -> keys.add("t:" + x));
    return new BlockKeys(a.id(), a.published() == null ? null : a.published().toEpochDay(), keys);
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
        .limit(n).map(Map.Entry::getKey).toList();
  }
}
