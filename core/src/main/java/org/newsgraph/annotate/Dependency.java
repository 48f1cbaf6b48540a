package org.newsgraph.annotate;

/**
 * A Universal Dependencies arc between two tokens of one sentence (0-based token indexes).
 * {@code governor} is -1 for the root arc. {@code relation} is the full UD label ("nsubj", "obl:with").
 */
public record Dependency(int governor, int dependent, String relation) {}
