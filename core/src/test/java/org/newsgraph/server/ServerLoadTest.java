package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A short load test on loopback: 50 concurrent clients against the story and event endpoints on
 * the samples and seeds, bounded in count (200 requests each) and time (60 s cached, 30 s uncached). Prints requests/s
 * and latency percentiles per endpoint; fails on any error.
 */
@Tag("slow")
class ServerLoadTest {
  static final int CLIENTS = 50;
  static final int REQUESTS_PER_CLIENT = 200;

  record Sample(int endpoint, long nanos, int status) {}

  /** As served: answers cached (the store is read-only, so they never go stale). */
  @Test
  void fiftyClients() throws Exception {
    ServerFixture f = ServerFixture.get();
    run("cached", f.base, paths(f), Duration.ofSeconds(60));
  }

  /** Every request answered afresh by DuckDB: what the first visit of each page costs under load. */
  @Test
  void fiftyClientsUncached() throws Exception {
    ServerFixture f = ServerFixture.get();
    try (Server server = Server.start(f.store, f.stories, "127.0.0.1", 0, false)) {
      run("uncached", "http://127.0.0.1:" + server.port(), paths(f), Duration.ofSeconds(30));
    }
  }

  static String[] paths(ServerFixture f) {
    JsonNode story = ServerApiTest.send(HttpRequest.newBuilder(URI.create(f.base + "/api/stories/" + f.seedStory())).build()).json();
    long e1 = ServerApiTest.e1(story.get("events")).get("event_id").asLong();
    return new String[] {"/api/stories", "/api/stories/" + f.seedStory(), "/api/events?limit=50",
        "/api/events?actor=RUS&root=04", "/api/events/" + e1};
  }

  static void run(String label, String base, String[] paths, Duration limit) throws Exception {
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      pool.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        start.await();
        for (int i = 0; i < REQUESTS_PER_CLIENT && System.nanoTime() < deadline; i++) {
          int ep = (client + i) % paths.length;
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths[ep])).timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            samples.add(new Sample(ep, System.nanoTime() - t0, r.statusCode()));
            if (r.statusCode() != 200) {
              failures.incrementAndGet();
              if (errors.size() < 5) errors.add(paths[ep] + " -> " + r.statusCode());
            }
          } catch (Exception e) {
            failures.incrementAndGet();
            if (errors.size() < 5) errors.add(paths[ep] + " -> " + e);
          }
        }
        return null;
      });
    }
    long t0 = System.nanoTime();
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(limit.toSeconds() + 30, TimeUnit.SECONDS));
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Sample> all = new ArrayList<>(samples);
    System.out.printf(Locale.ROOT, "server load (%s): %d clients, %d requests in %.1f s = %.0f requests/s, %d errors%n",
        label, CLIENTS, all.size(), seconds, all.size() / seconds, failures.get());
    System.out.println("server load (" + label + "): " + summary("all endpoints", all));
    for (int ep = 0; ep < paths.length; ep++) {
      int e = ep;
      System.out.println("server load (" + label + "): " + summary(paths[ep], all.stream().filter(s -> s.endpoint() == e).toList()));
    }
    assertEquals(0, failures.get(), errors.toString());
    assertTrue(all.size() >= CLIENTS * 5, "at least 5 requests per client within the time limit");
  }

  static String summary(String what, List<Sample> samples) {
    long[] ns = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
    if (ns.length == 0) return what + ": no requests";
    return String.format(Locale.ROOT, "%s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", what, ns.length,
        pct(ns, 0.50), pct(ns, 0.99), ns[ns.length - 1] / 1e6);
  }

  static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

}
