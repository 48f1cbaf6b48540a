package org.newsgraph.entities;

/** A person, organisation, place... mention with its canonical name (variants merged). Offsets index the body. */
public record Entity(String text, String canonical, String type, int sentence, int start, int end) {}
