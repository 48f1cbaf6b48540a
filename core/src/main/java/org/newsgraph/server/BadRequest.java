package org.newsgraph.server;

/** A request the API cannot answer as asked: answered 400 with the message. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message, null, false, false);
  }
}
