package org.newsgraph.annotate;

/**
 * One token. {@code index} is 0-based within its sentence; {@code start}/{@code end} are character
 * offsets into the article body. {@code ner} is the coarse NER tag ("O" when none).
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {}
