package org.newsgraph.read;

/** An input that could not be read as an article: reported as {@code path: reason}. */
public record Rejection(String path, String reason) {
  @Override public String toString() { return path + ": " + reason; }
}
