package org.newsgraph.entities;

/** A quotation with its resolved speaker (canonical name, or null when unknown); text without quote marks. */
public record Quote(String speaker, String text, int sentence, int start, int end) {}
