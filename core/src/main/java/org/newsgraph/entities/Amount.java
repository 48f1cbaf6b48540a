package org.newsgraph.entities;

/**
 * A number with what it counts, as GDELT GKG's amounts: {@code value} 25000000000, unit "USD",
 * object "project", text "$25 billion", start offset in the body. unit is null for plain counts.
 */
public record Amount(double value, String unit, String object, String text, int start) {}
