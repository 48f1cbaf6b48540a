package org.newsgraph.stories;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-pass incremental story clustering. Each article is scored against the open stories that
 * share its strongest terms or names (an inverted index over open stories only) and joins the best
 * one at or above the threshold, or opens a new story. Stories close when they fall out of the
 * time window, so the work per article depends on the window's content, not on the corpus.
 *
 * <p>Articles are TF-IDF vectors (log tf × idf as known on arrival), length-normalised; a story
 * is the sum of its members' vectors (a centroid), compared by cosine. Names get their own vector.
 */
final class Clusterer {
  /** Where an article went. {@code copyOf} is the original's id when it is a near-copy. */
  record Assignment(int cluster, String storyId, String copyOf, double score, boolean created,
                    List<String> merged, List<String> nowCopies) {}

  /** Saved form of one story's clustering state; centroids only while the story is open. */
  record ClusterState(String id, Integer mergedInto, int size, List<String> members, LocalDate first, LocalDate last, Long activeDay,
                      String title, Map<String, Integer> titleTerms, boolean open,
                      Map<String, Double> centroid, double norm2, Map<String, Double> names,
                      double nameNorm2, Map<String, Integer> actors, Set<String> events, float[] embedding) {}

  /** Saved form of the whole clusterer. */
  record State(long docs, Map<String, Integer> df, Map<String, Integer> nameDf, LocalDate clock,
               List<ClusterState> clusters, List<long[]> queue, List<CopyIndex.Entry> copies) {}

  static final class Cluster {
    final String id;
    final int idx;
    final List<String> members = new ArrayList<>();
    LocalDate first, last;
    Long activeDay;
    String title;
    Map<String, Integer> titleTerms = Map.of();
    boolean open = true;
    Map<String, Double> centroid = new HashMap<>();
    double norm2;
    Map<String, Double> names = new HashMap<>();
    double nameNorm2;
    int size;
    Integer mergedInto;
    Map<String, Integer> actors = new TreeMap<>();
    Set<String> events = new TreeSet<>();
    /** Sum of the members' lead embeddings (null until a member has one). */
    float[] embedding;

    Cluster(String id, int idx) {
      this.id = id;
      this.idx = idx;
    }
  }

  /** Terms and names in more open stories than this are too common to fetch candidates with. */
  static final int MAX_POSTINGS = 200;
  private final StorySettings settings;
  private long docs;
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Integer> nameDf = new HashMap<>();
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  /** Inverted index from terms and names to stories. */
  private static final class Index {
    final Map<String, Set<Integer>> terms = new HashMap<>(), names = new HashMap<>();
  }

  /** Open stories; and stories of the current batch that closed during it (undated articles' candidates). */
  private final Index openIndex = new Index(), closedIndex = new Index();
  private final ArrayDeque<long[]> queue = new ArrayDeque<>();
  private final CopyIndex copies = new CopyIndex();
  private LocalDate clock;
  /** Inside a batch ({@link #beginBatch}): stories it touched, and closing keeps their vectors until its end. */
  private Set<Integer> batch;

  Clusterer(StorySettings settings) {
    this.settings = settings;
  }

  List<Cluster> clusters() {
    return clusters;
  }

  /** The cluster with this story id (itself, even when merged away), or null. */
  Cluster byId(String storyId) {
    Integer i = ids.get(storyId);
    return i == null ? null : clusters.get(i);
  }

  Cluster cluster(int idx) {
    return clusters.get(idx);
  }

  int openCount() {
    int n = 0;
    for (Cluster c : clusters) if (c.open) n++;
    return n;
  }

  Assignment add(StoryArticle a) {
    if (a.published() != null && (clock == null || a.published().isAfter(clock))) {
      if (clock == null) {
        // Stories opened before any dated article get the first date as their last activity.
        for (Cluster c : clusters) {
          if (c.open && c.activeDay == null) {
            c.activeDay = a.published().toEpochDay();
            queue.addLast(new long[] {c.idx, c.activeDay});
          }
        }
      }
      clock = a.published();
      expire(clock.toEpochDay() - settings.windowDays());
    }
    LocalDate eff = a.published() != null ? a.published() : clock;
    Long effDay = eff == null ? null : eff.toEpochDay();

    CopyIndex.Entry orig = copies.find(a.minhash(), settings.copySimilarity());
    docs++;
    a.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    a.names().keySet().forEach(n -> nameDf.merge(n, 1, Integer::sum));
    String[] terms = a.terms().keySet().toArray(new String[0]);
    double[] tw = weights(terms, a.terms(), df);
    String[] names = a.names().keySet().toArray(new String[0]);
    double[] nw = weights(names, null, nameDf);

    Cluster target = null;
    double score = 0;
    List<Cluster> bridged = new ArrayList<>();
    boolean copy = orig != null && live(orig.cluster()).open;
    if (copy) {
      target = live(orig.cluster());
      score = 1;
    } else {
      for (Cluster c : candidates(terms, tw, names, nw, a.published() == null && batch != null)) {
        double s = score(c, a, terms, tw, names, nw);
        if (s >= threshold(c, a)) bridged.add(c);
        if (s > score || (s == score && target != null && c.idx < target.idx)) {
          score = s;
          target = c;
        }
      }
      if (target != null && score < threshold(target, a)) target = null;
      bridged.remove(target);
    }
    boolean created = target == null;
    if (created) {
      target = new Cluster(newStoryId(a.id()), clusters.size());
      clusters.add(target);
      ids.put(target.id, target.idx);
    }
    target.members.add(a.id());
    if (batch != null) batch.add(target.idx);
    if (a.published() != null) {
      if (target.first == null || a.published().isBefore(target.first)) target.first = a.published();
      if (target.last == null || a.published().isAfter(target.last)) target.last = a.published();
    }
    if (target.open && effDay != null && (target.activeDay == null || effDay > target.activeDay)) {
      target.activeDay = effDay;
      queue.addLast(new long[] {target.idx, effDay});
    }
    List<String> merged = new ArrayList<>();
    if (!copy) {
      absorb(target, a, terms, tw, names, nw);
      if (target.open) target = mergeSimilar(target, bridged, merged);
    }
    int length = 0;
    for (int n : a.terms().values()) length += n;
    long day = effDay == null ? Long.MIN_VALUE : effDay;
    List<String> nowCopies = List.of();
    if (copy && orig.original().equals(orig.id()) && orig.day() == day && length > orig.length()) {
      // Same day, and the newcomer is longer: copies trim, so it is the original of the other.
      nowCopies = copies.repoint(orig.id(), a.id());
      copy = false;
    }
    String original = copy ? orig.original() : a.id();
    copies.add(new CopyIndex.Entry(a.id(), original, target.idx, a.minhash().values(), day, length));
    return new Assignment(target.idx, target.id, copy ? orig.original() : null, score, created, merged, nowCopies);
  }

  /** The cluster that {@code idx} was merged into, or itself. */
  Cluster live(int idx) {
    Cluster c = clusters.get(idx);
    while (c.mergedInto != null) c = clusters.get(c.mergedInto);
    return c;
  }

  /**
   * Story-level check after a story grew: an article that also scored above the join threshold
   * with other stories bridges them; when the grown story's centroid now matches one of those at
   * or above the merge threshold, the younger story is merged into the older one (whose id stays).
   */
  private Cluster mergeSimilar(Cluster c, List<Cluster> bridged, List<String> merged) {
    if (settings.mergeThreshold() <= 0 || c.norm2 == 0 || bridged.isEmpty()) return c;
    String[] terms = c.centroid.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    double[] tw = new double[terms.length];
    double n = Math.sqrt(c.norm2);
    for (int i = 0; i < terms.length; i++) tw[i] = c.centroid.get(terms[i]) / n;
    String[] names = c.names.keySet().toArray(new String[0]);
    Arrays.sort(names);
    double[] nw = new double[names.length];
    double nn = Math.sqrt(c.nameNorm2);
    for (int i = 0; i < names.length; i++) nw[i] = c.names.get(names[i]) / nn;
    Cluster best = null;
    double bestScore = settings.mergeThreshold();
    for (Cluster o : bridged) {
      if (o == c || !o.open) continue;
      double s = storySimilarity(o, terms, tw, names, nw);
      if (s > bestScore || (s == bestScore && best != null && o.idx < best.idx)) {
        bestScore = s;
        best = o;
      }
    }
    if (best == null) return c;
    Cluster older = best.idx < c.idx ? best : c;
    Cluster younger = older == best ? c : best;
    merge(older, younger);
    merged.add(younger.id);
    return older;
  }

  private double storySimilarity(Cluster o, String[] terms, double[] tw, String[] names, double[] nw) {
    double text = 0;
    for (int i = 0; i < terms.length; i++) {
      Double w = o.centroid.get(terms[i]);
      if (w != null) text += tw[i] * w;
    }
    text /= Math.sqrt(o.norm2);
    if (names.length == 0 || o.nameNorm2 == 0) return text;
    double nm = 0;
    for (int i = 0; i < names.length; i++) {
      Double w = o.names.get(names[i]);
      if (w != null) nm += nw[i] * w;
    }
    nm /= Math.sqrt(o.nameNorm2);
    return (1 - settings.nameWeight()) * text + settings.nameWeight() * nm;
  }

  private void merge(Cluster into, Cluster from) {
    unindex(from);
    into.norm2 = mergeVector(into, into.centroid, from.centroid, into.norm2, from.norm2, indexOf(into).terms);
    into.nameNorm2 = mergeVector(into, into.names, from.names, into.nameNorm2, from.nameNorm2, indexOf(into).names);
    into.size += from.size;
    into.members.addAll(from.members);
    if (from.first != null && (into.first == null || from.first.isBefore(into.first))) into.first = from.first;
    if (from.last != null && (into.last == null || from.last.isAfter(into.last))) into.last = from.last;
    if (from.activeDay != null && (into.activeDay == null || from.activeDay > into.activeDay)) {
      into.activeDay = from.activeDay;
      queue.addLast(new long[] {into.idx, into.activeDay});
    }
    from.actors.forEach((k, v) -> into.actors.merge(k, v, Integer::sum));
    into.events.addAll(from.events);
    into.embedding = addTo(into.embedding, from.embedding);
    from.embedding = null;
    if (from.title != null && (into.title == null || titleScore(into, from.titleTerms) > titleScore(into, into.titleTerms))) {
      into.title = from.title;
      into.titleTerms = from.titleTerms;
    }
    from.open = false;
    from.mergedInto = into.idx;
    from.centroid = Map.of();
    from.names = Map.of();
    from.members.clear();
  }

  private static double mergeVector(Cluster into, Map<String, Double> a, Map<String, Double> b,
                                    double an2, double bn2, Map<String, Set<Integer>> postings) {
    double dot = 0;
    for (String k : new TreeSet<>(b.keySet())) {
      double w = b.get(k);
      Double old = a.get(k);
      if (old != null) dot += old * w;
      else postings.computeIfAbsent(k, x -> new HashSet<>()).add(into.idx);
      a.merge(k, w, Double::sum);
    }
    return an2 + bn2 + 2 * dot;
  }

  /** Stable story id: derived from the id of the article that opened it. */
  static String storyId(String articleId) {
    long h = 0xcbf29ce484222325L;   // FNV-1a 64 over the UTF-16 units, then mixed
    for (int i = 0; i < articleId.length(); i++) h = (h ^ articleId.charAt(i)) * 0x100000001b3L;
    return String.format("s%012x", MinHash.mix(h) >>> 16);
  }

  /** {@link #storyId}, made unique should two article ids hash alike (deterministic: by arrival). */
  private String newStoryId(String articleId) {
    String id = storyId(articleId);
    for (int n = 2; ids.containsKey(id); n++) id = storyId(articleId) + "-" + n;
    return id;
  }

  private double[] weights(String[] keys, Map<String, Integer> tf, Map<String, Integer> dfs) {
    double[] w = new double[keys.length];
    double n2 = 0;
    for (int i = 0; i < keys.length; i++) {
      double t = tf == null ? 1 : 1 + Math.log(tf.get(keys[i]));
      w[i] = t * Math.log(1 + (double) docs / dfs.get(keys[i]));
      n2 += w[i] * w[i];
    }
    double n = Math.sqrt(n2);
    if (n > 0) for (int i = 0; i < w.length; i++) w[i] /= n;
    return w;
  }

  private List<Cluster> candidates(String[] terms, double[] tw, String[] names, double[] nw, boolean withClosed) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> tw[y] != tw[x] ? Double.compare(tw[y], tw[x]) : terms[x].compareTo(terms[y]));
    Map<Integer, double[]> partial = new HashMap<>();
    int k = Math.min(order.length, settings.candidateTerms());
    for (int j = 0; j < k; j++) {
      int i = order[j];
      for (int c : postings(openIndex.terms, withClosed ? closedIndex.terms : null, terms[i])) {
        Cluster cl = clusters.get(c);
        partial.computeIfAbsent(c, x -> new double[1])[0] += tw[i] * cl.centroid.get(terms[i]) / Math.sqrt(cl.norm2);
      }
    }
    Integer[] norder = new Integer[names.length];
    for (int i = 0; i < norder.length; i++) norder[i] = i;
    Arrays.sort(norder, (x, y) -> nw[y] != nw[x] ? Double.compare(nw[y], nw[x]) : names[x].compareTo(names[y]));
    for (int j = 0; j < Math.min(norder.length, settings.candidateTerms() / 3); j++) {
      int i = norder[j];
      for (int c : postings(openIndex.names, withClosed ? closedIndex.names : null, names[i])) {
        Cluster cl = clusters.get(c);
        partial.computeIfAbsent(c, x -> new double[1])[0] +=
            settings.nameWeight() * nw[i] * cl.names.get(names[i]) / Math.sqrt(cl.nameNorm2);
      }
    }
    List<Map.Entry<Integer, double[]>> l = new ArrayList<>(partial.entrySet());
    l.sort(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(e -> -e.getValue()[0])
        .thenComparingInt(Map.Entry::getKey));
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < Math.min(l.size(), settings.maxCandidates()); i++) out.add(clusters.get(l.get(i).getKey()));
    return out;
  }

  /** The stories listed under {@code key} (in both maps), none when it is too common to fetch with. */
  private static Set<Integer> postings(Map<String, Set<Integer>> open, Map<String, Set<Integer>> closed, String key) {
    Set<Integer> a = open.getOrDefault(key, Set.of());
    if (a.size() > MAX_POSTINGS) return Set.of();
    Set<Integer> b = closed == null ? Set.of() : closed.getOrDefault(key, Set.of());
    if (b.isEmpty()) return a;
    if (b.size() > MAX_POSTINGS) return Set.of();
    Set<Integer> both = new TreeSet<>(a);
    both.addAll(b);
    return both;
  }

  private double score(Cluster c, StoryArticle a, String[] terms, double[] tw, String[] names, double[] nw) {
    double text = 0;
    for (int i = 0; i < terms.length; i++) {
      Double w = c.centroid.get(terms[i]);
      if (w != null) text += tw[i] * w;
    }
    text = c.norm2 > 0 ? text / Math.sqrt(c.norm2) : 0;
    // Discount diffuse stories: |centroid| / members is 1 when all members agree.
    if (c.size > 0) text *= Math.pow(Math.sqrt(c.norm2) / c.size, settings.coherence());
    double s = text;
    if (names.length > 0 && c.nameNorm2 > 0) {
      double nm = 0;
      for (int i = 0; i < names.length; i++) {
        Double w = c.names.get(names[i]);
        if (w != null) nm += nw[i] * w;
      }
      nm /= Math.sqrt(c.nameNorm2);
      s = (1 - settings.nameWeight()) * text + settings.nameWeight() * nm;
    }
    if (embedded(c, a)) {
      s = (1 - settings.embedWeight()) * s + settings.embedWeight() * cosine(a.embedding(), c.embedding);
    }
    s -= conflict(c, a, names);
    if (!a.actors().isEmpty() && !c.actors.isEmpty()) {
      int shared = 0;
      for (String x : a.actors()) if (c.actors.containsKey(x)) shared++;
      s += settings.actorBonus() * shared / (double) (a.actors().size() + c.actors.size() - shared);
    }
    for (String e : a.events()) {
      if (c.events.contains(e)) {
        s += settings.eventBonus();
        break;
      }
    }
    if (a.published() != null && c.last != null) {
      long gap = 0;
      if (a.published().isAfter(c.last)) gap = a.published().toEpochDay() - c.last.toEpochDay();
      else if (a.published().isBefore(c.first)) gap = c.first.toEpochDay() - a.published().toEpochDay();
      s -= settings.timePenalty() * Math.min(gap, settings.windowDays()) / Math.max(1, settings.windowDays());
    }
    return s;
  }

  /** Whether the embedding took part in scoring {@code a} against {@code c}. */
  private boolean embedded(Cluster c, StoryArticle a) {
    return settings.embedWeight() > 0 && a.embedding() != null && c.embedding != null;
  }

  /** The join threshold for this pair: the blended score has its own scale. */
  private double threshold(Cluster c, StoryArticle a) {
    return embedded(c, a) ? settings.embedJoinThreshold() : settings.joinThreshold();
  }

  /** Cosine of a unit vector with a sum of unit vectors (the centroid's direction). */
  static double cosine(float[] unit, float[] sum) {
    double dot = 0, n2 = 0;
    for (int i = 0; i < unit.length; i++) {
      dot += unit[i] * sum[i];
      n2 += (double) sum[i] * sum[i];
    }
    return n2 > 0 ? dot / Math.sqrt(n2) : 0;
  }

  private static float[] addTo(float[] sum, float[] v) {
    if (v == null) return sum;
    if (sum == null) return v.clone();
    for (int i = 0; i < sum.length; i++) sum[i] += v[i];
    return sum;
  }

  /** Strongest names compared by the conflict check, and how many names each side needs. */
  static final int CONFLICT_NAMES = 2, CONFLICT_MIN_NAMES = 3;

  /**
   * Penalty against joining a story of a single article that looks like another happening of the
   * same kind: the two strongest names of each side (article: count × idf; story: centroid weight)
   * are disjoint, or both mention years and share none. Only single-article stories are checked:
   * that first pair decides what a story is about, while a grown story's names are already the
   * shared ones (a check there mostly blocks genuine joins).
   */
  private double conflict(Cluster c, StoryArticle a, String[] names) {
    if (c.size != 1) return 0;
    double p = 0;
    if (settings.nameConflict() > 0 && names.length >= CONFLICT_MIN_NAMES && c.names.size() >= CONFLICT_MIN_NAMES) {
      double[] w = new double[names.length];
      for (int i = 0; i < names.length; i++) w[i] = a.names().get(names[i]) * Math.log(1 + (double) docs / nameDf.get(names[i]));
      List<String> mine = top(names, w, CONFLICT_NAMES);
      String[] cn = c.names.keySet().toArray(new String[0]);
      Arrays.sort(cn);
      double[] cw = new double[cn.length];
      for (int i = 0; i < cn.length; i++) cw[i] = c.names.get(cn[i]);
      List<String> theirs = top(cn, cw, CONFLICT_NAMES);
      if (!mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs)) p += settings.nameConflict();
    }
    if (settings.yearConflict() > 0 && yearsDisjoint(Arrays.asList(names), c.names.keySet())) p += settings.yearConflict();
    return p;
  }

  /** Whether both sides name years and share none (the year conflict). */
  private static boolean yearsDisjoint(java.util.Collection<String> a, java.util.Collection<String> b) {
    Set<String> ay = new TreeSet<>(), by = new TreeSet<>();
    for (String n : a) if (isYear(n)) ay.add(n);
    for (String n : b) if (isYear(n)) by.add(n);
    return !ay.isEmpty() && !by.isEmpty() && java.util.Collections.disjoint(ay, by);
  }

  private static boolean isYear(String n) {
    return n.length() == 4 && n.matches("(19|20)\\d\\d");
  }

  /** The k highest-weighted keys that are not years (ties by key). */
  private static List<String> top(String[] keys, double[] w, int k) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> w[y] != w[x] ? Double.compare(w[y], w[x]) : keys[x].compareTo(keys[y]));
    List<String> out = new ArrayList<>();
    for (int i : order) {
      if (out.size() >= k) break;
      if (isYear(keys[i])) continue;
      out.add(keys[i]);
    }
    return out;
  }

  private void absorb(Cluster c, StoryArticle a, String[] terms, double[] tw, String[] names, double[] nw) {
    c.norm2 += addVector(c, c.centroid, terms, tw, indexOf(c).terms);
    c.size++;
    c.nameNorm2 += addVector(c, c.names, names, nw, indexOf(c).names);
    a.actors().forEach(x -> c.actors.merge(x, 1, Integer::sum));
    c.events.addAll(a.events());
    c.embedding = addTo(c.embedding, a.embedding());
    if (a.title() != null && !a.title().isBlank()) {
      Map<String, Integer> tt = Terms.count(a.title());
      if (c.title == null || titleScore(c, tt) > titleScore(c, c.titleTerms)) {
        c.title = a.title();
        c.titleTerms = tt;
      }
    }
  }

  /** Adds a unit vector to a centroid; returns the change of its squared norm. */
  private static double addVector(Cluster c, Map<String, Double> centroid, String[] keys, double[] w,
                                  Map<String, Set<Integer>> postings) {
    double dot = 0;
    for (int i = 0; i < keys.length; i++) {
      Double old = centroid.get(keys[i]);
      if (old != null) dot += old * w[i];
      else postings.computeIfAbsent(keys[i], k -> new HashSet<>()).add(c.idx);
      centroid.merge(keys[i], w[i], Double::sum);
    }
    double n2 = 0;
    for (double x : w) n2 += x * x;
    return 2 * dot + n2;
  }

  private static double titleScore(Cluster c, Map<String, Integer> titleTerms) {
    if (titleTerms.isEmpty() || c.norm2 == 0) return 0;
    double s = 0;
    for (String t : new TreeSet<>(titleTerms.keySet())) s += c.centroid.getOrDefault(t, 0.0);
    return s / Math.sqrt(titleTerms.size());
  }

  private void expire(long cutoffDay) {
    while (!queue.isEmpty() && queue.peekFirst()[1] < cutoffDay) {
      long[] e = queue.pollFirst();
      Cluster c = clusters.get((int) e[0]);
      if (c.open && c.activeDay != null && c.activeDay < cutoffDay) close(c);
    }
    copies.expire(cutoffDay);
  }

  private void close(Cluster c) {
    unindex(c);
    c.open = false;
    if (batch == null || !batch.contains(c.idx)) drop(c);
    else index(c);   // into the closed index: an undated article of the batch may still join it
  }

  /** A closed story keeps no vectors (its embedding sum stays: it is small and shown nowhere). */
  private static void drop(Cluster c) {
    c.centroid = Map.of();
    c.names = Map.of();
  }

  private Index indexOf(Cluster c) {
    return c.open ? openIndex : closedIndex;
  }

  private void index(Cluster c) {
    Index x = indexOf(c);
    for (String t : c.centroid.keySet()) x.terms.computeIfAbsent(t, k -> new HashSet<>()).add(c.idx);
    for (String n : c.names.keySet()) x.names.computeIfAbsent(n, k -> new HashSet<>()).add(c.idx);
  }

  private void unindex(Cluster c) {
    Index x = indexOf(c);
    for (String t : c.centroid.keySet()) remove(x.terms, t, c.idx);
    for (String n : c.names.keySet()) remove(x.names, n, c.idx);
  }

  /** Starts a batch: stories closed from now on keep their vectors for {@link #endBatch}. */
  void beginBatch() {
    batch = new HashSet<>();
  }

  /**
   * Ends a batch: consolidates the stories it touched ({@link #consolidate}), then drops the
   * vectors of those that closed. Returns the ids of the stories merged away.
   */
  List<String> endBatch() {
    if (batch == null) return List.of();
    List<String> merged = consolidate(batch);
    for (int i : batch) {
      Cluster c = clusters.get(i);
      if (!c.open) {
        unindex(c);
        drop(c);
      }
    }
    batch = null;
    return merged;
  }

  /** Strongest terms and names of a story that fetch consolidation partners. */
  static final int CONSOLIDATION_TERMS = 30, CONSOLIDATION_NAMES = 10;

  /**
   * Second look at a batch's stories, once all its articles are placed: a follow-up published
   * after its story's window closed opens a story of its own (ECB+ follow-ups run for weeks or
   * months). Pairs of the touched stories that ran more than a window apart and share a strong term
   * or name are scored like an article against a story (text and names blend, then the embedding,
   * less the year conflict); the best pair at or above {@code consolidation} merges (the younger
   * into the older), and so on until no pair reaches it. Stories within a window of each other are
   * left as the single pass decided: merging those too was worse on held-out ECB+ folds
   * (docs/stories.md).
   */
  private List<String> consolidate(Set<Integer> touched) {
    List<String> merged = new ArrayList<>();
    if (settings.consolidation() <= 0) return merged;
    while (true) {
      Set<Cluster> live = new java.util.LinkedHashSet<>();
      for (int i : new TreeSet<>(touched)) {
        Cluster c = live(i);
        if (c.norm2 > 0) live.add(c);
      }
      List<Cluster> scope = new ArrayList<>(live);
      Map<String, List<Integer>> postings = new HashMap<>();
      for (int i = 0; i < scope.size(); i++) {
        for (String k : strongest(scope.get(i).centroid, CONSOLIDATION_TERMS)) postings.computeIfAbsent("t" + k, x -> new ArrayList<>()).add(i);
        for (String k : strongest(scope.get(i).names, CONSOLIDATION_NAMES)) postings.computeIfAbsent("n" + k, x -> new ArrayList<>()).add(i);
      }
      Set<Long> pairs = new TreeSet<>();
      for (List<Integer> l : postings.values()) {
        if (l.size() > MAX_POSTINGS) continue;
        for (int x = 0; x < l.size(); x++) for (int y = x + 1; y < l.size(); y++) pairs.add((long) l.get(x) * scope.size() + l.get(y));
      }
      List<double[]> found = new ArrayList<>();
      for (long p : pairs) {
        int x = (int) (p / scope.size()), y = (int) (p % scope.size());
        if (!apart(scope.get(x), scope.get(y))) continue;
        double s = similarity(scope.get(x), scope.get(y));
        if (s >= settings.consolidation()) found.add(new double[] {s, x, y});
      }
      if (found.isEmpty()) return merged;
      found.sort((u, v) -> u[0] != v[0] ? Double.compare(v[0], u[0]) : u[1] != v[1] ? Double.compare(u[1], v[1]) : Double.compare(u[2], v[2]));
      Set<Integer> used = new HashSet<>();
      for (double[] f : found) {
        int x = (int) f[1], y = (int) f[2];
        if (used.contains(x) || used.contains(y)) continue;   // scores changed: next round
        used.add(x);
        used.add(y);
        Cluster a = scope.get(x), b = scope.get(y);
        Cluster older = a.idx < b.idx ? a : b, younger = older == a ? b : a;
        if (!older.open && younger.open) {
          unindex(older);
          older.open = true;
          index(older);
        }
        merge(older, younger);
        merged.add(younger.id);
      }
    }
  }

  /** Whether two dated stories ran more than a window apart (a follow-up the single pass could not join). */
  private boolean apart(Cluster a, Cluster b) {
    if (a.first == null || b.first == null) return false;
    long gap = Math.max(a.first.toEpochDay() - b.last.toEpochDay(), b.first.toEpochDay() - a.last.toEpochDay());
    return gap > settings.windowDays();
  }

  /** Story-to-story similarity on the scale of an article's score against a story. */
  private double similarity(Cluster a, Cluster b) {
    double text = dot(a.centroid, b.centroid) / Math.sqrt(a.norm2 * b.norm2);
    double s = text;
    if (a.nameNorm2 > 0 && b.nameNorm2 > 0) {
      s = (1 - settings.nameWeight()) * text + settings.nameWeight() * dot(a.names, b.names) / Math.sqrt(a.nameNorm2 * b.nameNorm2);
    }
    if (settings.embedWeight() > 0 && a.embedding != null && b.embedding != null) {
      double d = 0, na = 0, nb = 0;
      for (int i = 0; i < a.embedding.length; i++) {
        d += (double) a.embedding[i] * b.embedding[i];
        na += (double) a.embedding[i] * a.embedding[i];
        nb += (double) b.embedding[i] * b.embedding[i];
      }
      s = (1 - settings.embedWeight()) * s + settings.embedWeight() * (na > 0 && nb > 0 ? d / Math.sqrt(na * nb) : 0);
    }
    if (settings.yearConflict() > 0 && yearsDisjoint(a.names.keySet(), b.names.keySet())) s -= settings.yearConflict();
    return s;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return dot(b, a);
    double d = 0;
    for (String k : new TreeSet<>(a.keySet())) {
      Double w = b.get(k);
      if (w != null) d += a.get(k) * w;
    }
    return d;
  }

  private static List<String> strongest(Map<String, Double> v, int k) {
    List<String> keys = new ArrayList<>(v.keySet());
    keys.sort((x, y) -> v.get(x).equals(v.get(y)) ? x.compareTo(y) : Double.compare(v.get(y), v.get(x)));
    return keys.subList(0, Math.min(k, keys.size()));
  }

  private static void remove(Map<String, Set<Integer>> postings, String key, int idx) {
    Set<Integer> s = postings.get(key);
    if (s != null) {
      s.remove(idx);
      if (s.isEmpty()) postings.remove(key);
    }
  }

  State state() {
    List<ClusterState> cs = new ArrayList<>();
    for (Cluster c : clusters) {
      cs.add(new ClusterState(c.id, c.mergedInto, c.size, List.copyOf(c.members), c.first, c.last, c.activeDay, c.title,
          new TreeMap<>(c.titleTerms), c.open, new TreeMap<>(c.centroid), c.norm2, new TreeMap<>(c.names),
          c.nameNorm2, new TreeMap<>(c.actors), new TreeSet<>(c.events), c.embedding == null ? null : c.embedding.clone()));
    }
    return new State(docs, new TreeMap<>(df), new TreeMap<>(nameDf), clock, cs, new ArrayList<>(queue),
        copies.entries());
  }

  static Clusterer restore(StorySettings settings, State s) {
    Clusterer k = new Clusterer(settings);
    k.docs = s.docs();
    k.df.putAll(s.df());
    k.nameDf.putAll(s.nameDf());
    k.clock = s.clock();
    for (ClusterState cs : s.clusters()) {
      Cluster c = new Cluster(cs.id(), k.clusters.size());
      c.mergedInto = cs.mergedInto();
      c.size = cs.size();
      c.members.addAll(cs.members());
      c.first = cs.first();
      c.last = cs.last();
      c.activeDay = cs.activeDay();
      c.title = cs.title();
      c.titleTerms = cs.titleTerms();
      c.open = cs.open();
      c.centroid = new HashMap<>(cs.centroid());
      c.norm2 = cs.norm2();
      c.names = new HashMap<>(cs.names());
      c.nameNorm2 = cs.nameNorm2();
      c.actors.putAll(cs.actors());
      c.events.addAll(cs.events());
      c.embedding = cs.embedding() == null ? null : cs.embedding().clone();
      k.clusters.add(c);
      k.ids.put(c.id, c.idx);
      if (c.open) {
        k.index(c);
      }
    }
    k.queue.addAll(s.queue());
    s.copies().forEach(k.copies::add);
    return k;
  }
}
