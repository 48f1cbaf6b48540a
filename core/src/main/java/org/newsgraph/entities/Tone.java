package org.newsgraph.entities;

/**
 * Document tone as GDELT GKG's V2Tone: tone = positive - negative (percent of words), polarity =
 * positive + negative, wordCount the number of words scored.
 */
public record Tone(double tone, double positive, double negative, double polarity, int wordCount) {}
