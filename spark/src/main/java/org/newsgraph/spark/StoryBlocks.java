package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Stories at scale. The CLI's stories stage is sequential (each article joins the best open
 * story), so it runs as is inside blocks of articles that may belong together:
 *
 * <ol>
 *   <li>Keys: every article emits its {@link BlockKeys} once per time bucket it touches (bucket =
 *       epoch day / window, and the next), so articles within a window of each other share a
 *       bucket. Keys held by more than {@code maxKeyArticles} articles in a bucket are dropped as
 *       too common (the clusterer ignores such terms for candidates too).</li>
 *   <li>Blocks: articles sharing a key are linked; blocks are the connected components (union-find
 *       over the link list on the driver: one pair per shared key, a few per article).</li>
 *   <li>Bins and chunks: components are packed, earliest first, into bins of up to
 *       {@code maxBlock} articles, so each clusterer sees many articles (its term weights come
 *       close to a single run's, and a corpus of up to {@code maxBlock} articles is clustered
 *       exactly as the CLI does). A component larger than {@code maxBlock} is cut into time
 *       chunks of four windows; an article in the first window of a chunk also belongs to the
 *       previous chunk (overlap).</li>
 *   <li>Clustering: each bin or chunk is clustered with {@link org.newsgraph.stories.Stories} and
 *       stored ({@link Clusters}); the shuffle here groups the slim analysed articles by bin.</li>
 *   <li>Reconciliation: stories of different chunks that share an article (the overlap) are
 *       joined, and their articles clustered once more as one block; their first-pass records
 *       are dropped.</li>
 * </ol>
 */
final class StoryBlocks {
  /** What blocking did, for the job's summary. */
  /**
   * What blocking did: links between articles sharing a key (collected on the driver), blocks
   * (connected components), articles in the largest, components cut into time chunks, stories
   * clustered again by reconciliation.
   */
  record Stats(long links, long blocks, long largestBlock, long chunkedBlocks, long reconciledStories) {}

  private StoryBlocks() {}

  static Tuple2<JavaRDD<Out>, Stats> cluster(JavaSparkContext sc, JavaPairRDD<String, String> analyzed,
                                            JavaRDD<BlockKeys> keys, JobOptions o) {
    int window = Math.max(1, o.windowDays());
    int cap = o.maxKeyArticles();
    int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism();

    // 1-2. Links between articles that share a key within a window; components on the driver.
    List<Tuple2<String, String>> links = keys
        .flatMapToPair(k -> {
          List<Tuple2<String, String>> l = new ArrayList<>();
          List<String> buckets = k.day() == null ? List.of("u")
              : List.of(Long.toString(Math.floorDiv(k.day(), window)), Long.toString(Math.floorDiv(k.day(), window) + 1));
          for (String key : k.keys()) for (String b : buckets) l.add(new Tuple2<>(key + "@" + b, k.id()));
          return l.iterator();
        })
        .groupByKey()
        .flatMap(g -> {
          TreeSet<String> ids = new TreeSet<>();
          g._2().forEach(ids::add);
          List<Tuple2<String, String>> l = new ArrayList<>();
          if (ids.size() < 2 || ids.size() > cap) return l.iterator();
          String prev = null;
          for (String id : ids) {
            if (prev != null) l.add(new Tuple2<>(prev, id));
            prev = id;
          }
          return l.iterator();
        })
        .distinct()
        .collect();
    UnionFind articles = new UnionFind();
    for (Tuple2<String, String> l : links) articles.union(l._1(), l._2());
    Map<String, String> component = articles.roots();
    Broadcast<Map<String, String>> componentB = sc.broadcast(component);
    int maxBlock = o.maxBlock();
    int chunk = 4 * window;

    // 3. Blocks: small components are packed, in time order, into bins of up to maxBlock articles
    // (one clusterer per bin sees more articles, so its term weights are closer to a single run's);
    // a component larger than maxBlock is cut into overlapping time chunks.
    List<Tuple2<String, Long>> days = keys.map(k -> new Tuple2<>(k.id(), k.day())).collect();
    Map<String, Long> firstDay = new HashMap<>();
    Map<String, Integer> compSize = new HashMap<>();
    for (Tuple2<String, Long> d : days) {
      String comp = component.getOrDefault(d._1(), d._1());
      compSize.merge(comp, 1, Integer::sum);
      long day = d._2() == null ? Long.MAX_VALUE : d._2();
      firstDay.merge(comp, day, Math::min);
    }
    List<String> comps = new ArrayList<>(compSize.keySet());
    comps.sort(java.util.Comparator.comparing((String c) -> firstDay.get(c)).thenComparing(c -> c));
    Map<String, String> binOf = new HashMap<>();
    int bin = 0, filled = 0;
    for (String c : comps) {
      int size = compSize.get(c);
      if (size > maxBlock) continue;
      if (filled + size > maxBlock) {
        bin++;
        filled = 0;
      }
      binOf.put(c, "bin" + bin);
      filled += size;
    }
    Broadcast<Map<String, String>> binB = sc.broadcast(binOf);
    JavaPairRDD<String, String> blockOf = keys.flatMapToPair(k -> {
      String comp = componentB.value().getOrDefault(k.id(), k.id());
      String b = binB.value().get(comp);
      List<Tuple2<String, String>> l = new ArrayList<>();
      if (b != null) {
        l.add(new Tuple2<>(k.id(), b));
      } else if (k.day() == null) {
        l.add(new Tuple2<>(k.id(), comp));
      } else {
        long c = Math.floorDiv(k.day(), chunk);
        l.add(new Tuple2<>(k.id(), comp + "/" + c));
        if (Math.floorMod(k.day(), chunk) < window) l.add(new Tuple2<>(k.id(), comp + "/" + (c - 1)));
      }
      return l.iterator();
    });
    boolean gdelt = o.gdelt();

    // 4. First pass.
    JavaRDD<Out> first = blockOf.join(analyzed)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .groupByKey(partitions)
        .mapPartitions(blocks -> Clusters.partition(blocks, gdelt));
    first.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

    long chunked = compSize.values().stream().filter(n -> n > maxBlock).count();
    long blocks = compSize.size();
    long largest = compSize.values().stream().mapToLong(Integer::longValue).max().orElse(1);

    // 5. Reconciliation: stories of two chunks sharing an article are clustered again together.
    if (chunked == 0) return new Tuple2<>(first, new Stats(links.size(), blocks, largest, 0, 0));
    List<Tuple2<String, String>> nodeLinks = first.filter(x -> x.kind().equals(Out.PLACE))
        .mapToPair(x -> new Tuple2<>(x.key(), x.node()))
        .groupByKey()
        .flatMap(g -> {
          TreeSet<String> nodes = new TreeSet<>();
          g._2().forEach(nodes::add);
          List<Tuple2<String, String>> l = new ArrayList<>();
          String prev = null;
          for (String n : nodes) {
            if (prev != null) l.add(new Tuple2<>(prev, n));
            prev = n;
          }
          return l.iterator();
        })
        .distinct()
        .collect();
    if (nodeLinks.isEmpty()) return new Tuple2<>(first, new Stats(links.size(), blocks, largest, chunked, 0));
    UnionFind nodes = new UnionFind();
    for (Tuple2<String, String> l : nodeLinks) nodes.union(l._1(), l._2());
    Map<String, String> group = nodes.roots();
    Broadcast<Map<String, String>> groupB = sc.broadcast(group);
    JavaRDD<Out> second = first.filter(x -> x.kind().equals(Out.PLACE) && groupB.value().containsKey(x.node()))
        .mapToPair(x -> new Tuple2<>(x.key(), "r:" + groupB.value().get(x.node())))
        .distinct()
        .join(analyzed)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .groupByKey(partitions)
        .mapPartitions(bs -> Clusters.partition(bs, gdelt));
    JavaRDD<Out> kept = first.filter(x -> !groupB.value().containsKey(x.node()));
    return new Tuple2<>(kept.union(second), new Stats(links.size(), blocks, largest, chunked, group.size()));
  }

  /** Union-find over string ids; the root of a set is its smallest id (deterministic). */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String r = x;
      for (String p = parent.computeIfAbsent(r, k -> k); !p.equals(r); p = parent.get(r)) r = p;
      for (String y = x; !y.equals(r); ) { // path compression
        String next = parent.get(y);
        parent.put(y, r);
        y = next;
      }
      return r;
    }

    void union(String a, String b) {
      String ra = find(a), rb = find(b);
      if (ra.equals(rb)) return;
      if (ra.compareTo(rb) < 0) parent.put(rb, ra);
      else parent.put(ra, rb);
    }

    Map<String, String> roots() {
      Map<String, String> out = new HashMap<>();
      for (String x : new ArrayList<>(parent.keySet())) out.put(x, find(x));
      return out;
    }
  }
}
