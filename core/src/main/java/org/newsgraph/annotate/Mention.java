package org.newsgraph.annotate;

/**
 * A named-entity mention found by NER: tokens [tokenStart, tokenEnd) of sentence {@code sentence},
 * characters [start, end) of the body. {@code type} is the coarse NER type (PERSON, ORGANIZATION,
 * LOCATION, COUNTRY, CITY, MONEY, NUMBER, DATE, ...). {@code normalized} is NER's normalised value, or null.
 */
public record Mention(String text, String type, int sentence, int tokenStart, int tokenEnd,
                      int start, int end, String normalized) {}
