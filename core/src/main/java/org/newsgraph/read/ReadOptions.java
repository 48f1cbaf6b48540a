package org.newsgraph.read;

import java.time.LocalDate;

/**
 * How to read inputs. {@code published} and {@code source} fill in what an article does not say of
 * itself (they never override it); {@code maxBytes} rejects larger inputs.
 */
public record ReadOptions(LocalDate published, String source, long maxBytes) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public static ReadOptions defaults() {
    return new ReadOptions(null, null, DEFAULT_MAX_BYTES);
  }
}
