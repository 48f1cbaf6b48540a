package org.newsgraph.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Benchmark of story clustering alone on pre-analysed articles: the BBC corpus repeated in rounds
 * (each round a fresh copy with new ids, dates spread over 20 days, rounds 30 days apart), so the
 * corpus grows while the content of the 7-day window stays about the same. Prints time per
 * article per block of 10k, open stories and peak heap.
 *
 * <pre>java -Xmx4g -cp core/target/classes:core/target/test-classes:$(cat cp.txt) \
 *   org.newsgraph.stories.StoriesBench 10000 100000</pre>
 */
public final class StoriesBench {
  public static void main(String[] args) {
    List<BbcCorpus.Text> texts = BbcCorpus.texts();
    // Analyse each text once (terms, names, MinHash); rounds re-date and re-id the same records.
    List<StoryArticle> base = BbcCorpus.round(texts, 0, 20, 30);
    for (String arg : args) run(base, Integer.parseInt(arg));
  }

  static void run(List<StoryArticle> base, int n) {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    Stories stories = new Stories();
    int block = 10_000;
    var threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime(), blockStart = start;
    long cpuStart = threads.getCurrentThreadCpuTime(), cpuBlock = cpuStart;
    int added = 0;
    System.out.printf("%,d articles (BBC corpus x %d rounds)%n", n, (n + base.size() - 1) / base.size());
    for (int round = 0; added < n; round++) {
      LocalDate shift = LocalDate.of(2020, 1, 1).plusDays(30L * round);
      List<StoryArticle> batch = new ArrayList<>(base.size());
      for (StoryArticle a : base) {
        long day = a.published().toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay();
        batch.add(new StoryArticle("r" + round + a.id().substring(2), a.source(), shift.plusDays(day), a.title(),
            a.terms(), a.names(), a.actors(), a.events(), a.minhash(), a.embedding()));
      }
      batch.sort(Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id));
      for (StoryArticle a : batch) {
        if (added == n) break;
        stories.add(a);
        added++;
        if (added % block == 0) {
          long now = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
          System.out.printf("  %,7d articles: %7.1f µs/article CPU (%7.1f wall) in the last %,d; %,d stories open%n",
              added, (cpu - cpuBlock) / 1e3 / block, (now - blockStart) / 1e3 / block, block, stories.openStories());
          blockStart = now;
          cpuBlock = cpu;
        }
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    List<Story> all = stories.stories();
    long multi = all.stream().filter(s -> s.articleIds().size() > 1).count();
    long peak = peakHeap();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf("  total %.1f s CPU (%.1f s wall), %.1f µs/article CPU; %,d stories (%,d with several "
        + "articles); peak heap %,d MB, %,d MB retained after GC%n", cpuSecs, secs, cpuSecs * 1e6 / n, all.size(), multi,
        peak >> 20, retained >> 20);
  }

  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }
}
