package org.newsgraph.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher fetches: the time one request may take (headers and body), the largest page or
 * feed it accepts, the pause between two requests to one host, and the User-Agent it sends.
 */
public record WatchOptions(Duration timeout, long maxBytes, Duration perHostDelay, String userAgent) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
  public static final String DEFAULT_AGENT = "newsgraph/0.1 (news analysis; obeys robots.txt)";

  public WatchOptions {
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(perHostDelay);
    if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    if (perHostDelay.isNegative()) throw new IllegalArgumentException("delay must not be negative");
    if (maxBytes < 1) throw new IllegalArgumentException("max bytes must be positive");
    if (userAgent == null || userAgent.isBlank()) userAgent = DEFAULT_AGENT;
  }

  public static WatchOptions defaults() {
    return new WatchOptions(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_DELAY, DEFAULT_AGENT);
  }

  public WatchOptions withTimeout(Duration t) {
    return new WatchOptions(t, maxBytes, perHostDelay, userAgent);
  }

  public WatchOptions withDelay(Duration d) {
    return new WatchOptions(timeout, maxBytes, d, userAgent);
  }

  public WatchOptions withMaxBytes(long n) {
    return new WatchOptions(timeout, n, perHostDelay, userAgent);
  }
}
