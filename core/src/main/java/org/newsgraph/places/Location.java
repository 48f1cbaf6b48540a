package org.newsgraph.places;

/**
 * Where an event took place. {@code countryCode} is the CAMEO/ISO 3-letter code; lat/lon are null
 * when only the country is known. {@code precision} is "country", "adm1" or "city".
 */
public record Location(String name, String countryCode, String precision, Double lat, Double lon, Long geonameId) {}
