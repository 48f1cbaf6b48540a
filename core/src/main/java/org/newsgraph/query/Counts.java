package org.newsgraph.query;

/** How much the store holds. */
public record Counts(long articles, long events, long eventMentions, long stories) {}
