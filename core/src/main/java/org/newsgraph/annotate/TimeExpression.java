package org.newsgraph.annotate;

/**
 * A time expression normalised against the article's publication date (SUTime / TIMEX3).
 * {@code value} is the TIMEX3 value ("2014-11-18", "2014-11", "2011", "PRESENT_REF", "P1W"...),
 * {@code timexType} DATE, TIME, DURATION or SET.
 */
public record TimeExpression(String text, String timexType, String value, int sentence,
                             int tokenStart, int tokenEnd, int start, int end) {}
