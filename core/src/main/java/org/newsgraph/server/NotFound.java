package org.newsgraph.server;

/** An id the store does not hold: answered 404 with the message. */
final class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message, null, false, false);
  }
}
