package org.newsgraph.places;

import java.util.List;

/**
 * One row of knowledge/countries.tsv: a country, former state or world region with its codes and
 * the names news copy uses for it. {@code iso2} and {@code fips} are empty for former states and
 * regions.
 */
public record Country(
    String code,
    String iso2,
    String fips,
    String name,
    List<String> aliases,
    List<String> adjectives,
    List<String> capitals,
    List<String> seats) {

  public Country {
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    capitals = List.copyOf(capitals);
    seats = List.copyOf(seats);
  }

  /** A present-day country (has an ISO code), as opposed to a former state or a region. */
  public boolean isCurrent() {
    return !iso2.isEmpty();
  }
}
