package org.newsgraph.places;

import java.util.Optional;

/**
 * Place names to locations: countries from our knowledge files, cities from a GeoNames-derived
 * list fetched at set-up (never committed). Without the city list, only countries resolve.
 */
public final class Gazetteer {

  /** The process-wide gazetteer. */
  public static Gazetteer standard() {
    return new Gazetteer();
  }

  /** The location a place name refers to, if known ("Kremlin", "Moscow", "Pyongyang", "Russia"). */
  public Optional<Location> lookup(String name) {
    // TODO(places)
    return Optional.empty();
  }
}
