package org.newsgraph.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** CPU time per step of the chain, summed over threads (for {@code bench}); thread-safe. */
public final class StageTimes {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  /** The calling thread's CPU time in ns. */
  public static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds the CPU time since {@code since} to {@code stage} (when {@code times} is not null); returns now. */
  public static long add(StageTimes times, String stage, long since) {
    long t = now();
    if (times != null) {
      times.order.putIfAbsent(stage, times.order.size());
      times.nanos.computeIfAbsent(stage, k -> new LongAdder()).add(t - since);
    }
    return t;
  }

  /** Seconds per stage, in the order the stages first ran. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return out;
  }
}
