package org.newsgraph.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature over word 5-shingles of a text: the share of equal slots between two
 * signatures estimates the Jaccard similarity of their shingle sets. Used to spot wire copies
 * republished with small edits. Immutable.
 */
public final class MinHash {
  static final int SIZE = 64;
  static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];
  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private final int[] values;

  private MinHash(int[] values) {
    this.values = values;
  }

  /** The signature of a text (lower-cased word shingles); an empty text gives an all-max signature. */
  public static MinHash of(String text) {
    String[] words = text == null ? new String[0]
        : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> ws = new ArrayList<>(words.length);
    for (String w : words) if (!w.isEmpty()) ws.add(w);
    int[] v = new int[SIZE];
    Arrays.fill(v, Integer.MAX_VALUE);
    int n = Math.max(1, ws.size() - SHINGLE + 1);
    for (int i = 0; i < n && !ws.isEmpty(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(ws.size(), i + SHINGLE); j++) h = 31 * h + ws.get(j).hashCode();
      for (int k = 0; k < SIZE; k++) {
        int hk = (int) (mix(h ^ SEEDS[k]) >>> 33);
        if (hk < v[k]) v[k] = hk;
      }
    }
    return new MinHash(v);
  }

  /** Restores a signature from {@link #values()}. */
  public static MinHash of(List<Integer> values) {
    int[] v = new int[values.size()];
    for (int i = 0; i < v.length; i++) v[i] = values.get(i);
    return new MinHash(v);
  }

  /** Estimated Jaccard similarity of the two shingle sets, 0..1. */
  public double similarity(MinHash other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) if (values[i] == other.values[i]) same++;
    return same / (double) SIZE;
  }

  /** Hash of band {@code b} (rows b*rows .. b*rows+rows-1), for locality-sensitive bucketing. */
  long band(int b, int rows) {
    long h = b;
    for (int i = b * rows; i < (b + 1) * rows; i++) h = h * 0x100000001B3L + values[i];
    return mix(h);
  }

  boolean empty() {
    return values[0] == Integer.MAX_VALUE;
  }

  public List<Integer> values() {
    List<Integer> l = new ArrayList<>(SIZE);
    for (int x : values) l.add(x);
    return l;
  }

  @Override public boolean equals(Object o) {
    return o instanceof MinHash m && Arrays.equals(values, m.values);
  }

  @Override public int hashCode() {
    return Arrays.hashCode(values);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
