package org.newsgraph.annotate;

/** A quoted passage as found in the text (quote marks included in [start, end)); no speaker yet. */
public record QuoteSpan(String text, int start, int end, int sentenceStart, int sentenceEnd) {}
