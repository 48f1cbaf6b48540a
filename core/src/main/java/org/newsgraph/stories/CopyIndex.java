package org.newsgraph.stories;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-copy lookup: MinHash signatures of the articles inside the time window, bucketed by bands
 * (locality-sensitive hashing), so a lookup touches only likely copies.
 */
final class CopyIndex {
  static final int BANDS = 16;
  static final int ROWS = MinHash.SIZE / BANDS;

  /** One indexed article; {@code original} is the id it copies, or its own id; length in terms. */
  record Entry(String id, String original, int cluster, List<Integer> signature, long day, int length) {}

  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  private final ArrayDeque<Entry> byDay = new ArrayDeque<>();
  private final Map<Entry, MinHash> sigs = new HashMap<>();

  /** The most similar indexed article at or above {@code min}, or null. Ties go to the earliest. */
  Entry find(MinHash sig, double min) {
    if (sig.empty()) return null;
    Map<String, Entry> seen = new LinkedHashMap<>();
    for (int b = 0; b < BANDS; b++) {
      List<Entry> l = buckets.get(sig.band(b, ROWS));
      if (l != null) for (Entry e : l) seen.putIfAbsent(e.id(), e);
    }
    Entry best = null;
    double bestSim = min;
    for (Entry e : seen.values()) {
      double s = sig.similarity(sigs.get(e));
      if (s > bestSim || (s == bestSim && best == null)) {
        best = e;
        bestSim = s;
      }
    }
    return best;
  }

  void add(Entry e) {
    MinHash sig = MinHash.of(e.signature());
    if (sig.empty()) return;
    sigs.put(e, sig);
    for (int b = 0; b < BANDS; b++) buckets.computeIfAbsent(sig.band(b, ROWS), k -> new ArrayList<>(2)).add(e);
    byDay.addLast(e);
  }

  /** Drops the entries older than {@code cutoffDay}. */
  void expire(long cutoffDay) {
    while (!byDay.isEmpty() && byDay.peekFirst().day() < cutoffDay) {
      Entry e = byDay.pollFirst();
      MinHash sig = sigs.remove(e);
      for (int b = 0; b < BANDS; b++) {
        long key = sig.band(b, ROWS);
        List<Entry> l = buckets.get(key);
        if (l != null) {
          l.remove(e);
          if (l.isEmpty()) buckets.remove(key);
        }
      }
    }
  }

  /**
   * Makes {@code newOriginal} the original of every entry whose original is {@code oldOriginal}
   * (the old original included); returns their ids.
   */
  List<String> repoint(String oldOriginal, String newOriginal) {
    List<String> ids = new ArrayList<>();
    List<Entry> all = new ArrayList<>(byDay);
    for (Entry e : all) {
      if (!e.original().equals(oldOriginal)) continue;
      Entry n = new Entry(e.id(), newOriginal, e.cluster(), e.signature(), e.day(), e.length());
      MinHash sig = sigs.remove(e);
      sigs.put(n, sig);
      for (int b = 0; b < BANDS; b++) {
        List<Entry> l = buckets.get(sig.band(b, ROWS));
        l.set(l.indexOf(e), n);
      }
      all.set(all.indexOf(e), n);
      ids.add(e.id());
    }
    byDay.clear();
    byDay.addAll(all);
    return ids;
  }

  /** Entries in insertion order, for saving. */
  List<Entry> entries() {
    return new ArrayList<>(byDay);
  }
}
