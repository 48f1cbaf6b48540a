package org.newsgraph.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.places.CityList.City;

/**
 * Place names to locations: countries, capitals and seats of government from our knowledge file
 * (knowledge/countries.tsv), cities from a GeoNames-derived list fetched at set-up by
 * scripts/setup-gazetteer.sh (never committed). Without the city list, countries, capitals and
 * seats still resolve, capitals and seats without coordinates.
 *
 * <p>The city list is found through the system property {@code newsgraph.cities} (path of
 * cities.pbf), the environment variable {@code NEWSGRAPH_CITIES}, or {@code cities.pbf} in the
 * cache folder ({@code $NEWSGRAPH_CACHE}, else {@code $XDG_CACHE_HOME/newsgraph}, else
 * {@code ~/.cache/newsgraph}). Instances are immutable and safe to share between threads.
 */
public final class Gazetteer {
  public static final String CITIES_PROPERTY = "newsgraph.cities";
  /** GeoNames' feature code of national capitals. */
  private static final String CAPITAL = "PPLC";
  /** How much a national capital outweighs a namesake by population ("Victoria", "Kingston"). */
  private static final int CAPITAL_WEIGHT = 3;

  private final List<Country> countries;
  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, Country> byIso2 = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byAbbreviation = new HashMap<>();
  private final Map<String, Country> byCapital = new HashMap<>();
  private final Map<String, Country> bySeat = new HashMap<>();
  private final CityList cities;

  private Gazetteer(List<Country> countries, CityList cities) {
    this.countries = List.copyOf(countries);
    this.cities = cities;
    for (Country c : this.countries) {
      byCode.putIfAbsent(c.code(), c);
      if (c.isCurrent()) byIso2.putIfAbsent(c.iso2(), c);
      // Regions are actors, not places an event can be located at.
      if (!c.isCurrent() && c.capitals().isEmpty()) continue;
      putName(c.name(), c);
      for (String alias : c.aliases()) putName(alias, c);
      for (String capital : c.capitals()) byCapital.putIfAbsent(PlaceNames.key(capital), c);
      for (String seat : c.seats()) bySeat.putIfAbsent(PlaceNames.key(seat), c);
    }
  }

  private void putName(String name, Country c) {
    String abbreviation = PlaceNames.abbreviation(name);
    if (abbreviation != null) byAbbreviation.putIfAbsent(abbreviation, c);
    else byName.putIfAbsent(PlaceNames.key(name), c);
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = loadStandard();

    private static Gazetteer loadStandard() {
      Path folder = KnowledgeFiles.userFolder();
      try {
        return load(folder, defaultCitiesFile());
      } catch (UncheckedIOException e) {
        // A damaged city list must not stop the engine: places then resolve to countries.
        System.err.println("newsgraph: " + e.getMessage() + " (" + e.getCause().getMessage()
            + "); places resolve without cities; rerun scripts/setup-gazetteer.sh");
        return load(folder, null);
      }
    }
  }

  /** The process-wide gazetteer: bundled (or user-folder) countries, and the city list if set up. */
  public static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  /**
   * A gazetteer from the bundled countries.tsv, whose rows those of {@code knowledgeFolder}'s
   * countries.tsv (if any) add to or replace by code, and the city list {@code citiesFile} (null or
   * missing: countries, capitals and seats only).
   */
  public static Gazetteer load(Path knowledgeFolder, Path citiesFile) {
    Map<String, Country> rows = new LinkedHashMap<>();
    for (String[] r : KnowledgeFiles.rows(knowledgeFolder, "countries.tsv", 8)) {
      if (r[0].isEmpty()) continue;
      rows.put(r[0], new Country(r[0], r[1], r[2], r[3], KnowledgeFiles.list(r[4]),
          KnowledgeFiles.list(r[5]), KnowledgeFiles.list(r[6]), KnowledgeFiles.list(r[7])));
    }
    List<Country> countries = new ArrayList<>(rows.values());
    CityList cities = null;
    if (citiesFile != null && Files.isRegularFile(citiesFile)) {
      try {
        cities = CityList.read(citiesFile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read city list " + citiesFile, e);
      }
    }
    return new Gazetteer(countries, cities);
  }

  /** Where the city list is looked for when none is given (it may not exist). */
  public static Path defaultCitiesFile() {
    String explicit = System.getProperty(CITIES_PROPERTY);
    if (explicit == null || explicit.isBlank()) explicit = System.getenv("NEWSGRAPH_CITIES");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String cache = System.getenv("NEWSGRAPH_CACHE");
    if (cache == null || cache.isBlank()) {
      String xdg = System.getenv("XDG_CACHE_HOME");
      cache = (xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache")
          : Path.of(xdg)).resolve("newsgraph").toString();
    }
    return Path.of(cache, "cities.pbf");
  }

  /** Whether the GeoNames city list was found (cities resolve with coordinates). */
  public boolean hasCities() {
    return cities != null;
  }

  /** Every row of countries.tsv: countries, former states and regions. */
  public List<Country> countries() {
    return countries;
  }

  /** The country with this CAMEO code ("RUS"), or with this ISO alpha-2 code ("RU"). */
  public Optional<Country> country(String code) {
    if (code == null) return Optional.empty();
    Country c = byCode.get(code);
    if (c == null && code.length() == 2) c = byIso2.get(code.toUpperCase(java.util.Locale.ROOT));
    return Optional.ofNullable(c);
  }

  /**
   * A GDELT-style ADM1 code: the FIPS country code followed by the city's GeoNames admin1 code
   * ("RS48" for Moscow, "USDC" for Washington), or the FIPS code alone for a country. GeoNames
   * admin1 codes are FIPS codes for most countries, so this matches GDELT's ActionGeo_ADM1Code
   * there; for the few where GeoNames uses other codes (GB, FR and some more) it does not.
   */
  public Optional<String> adm1Code(Location location) {
    if (location == null) return Optional.empty();
    Country country = byCode.get(location.countryCode());
    if (country == null || country.fips().isEmpty()) return Optional.empty();
    if (cities != null && location.geonameId() != null) {
      City city = cities.byId(location.geonameId());
      if (city != null && !city.adminCode().isEmpty() && !"00".equals(city.adminCode())) {
        return Optional.of(country.fips() + city.adminCode());
      }
    }
    return Optional.of(country.fips());
  }

  /** The location a place name refers to, if known ("Kremlin", "Moscow", "Pyongyang", "Russia"). */
  public Optional<Location> lookup(String name) {
    return lookup(name, null);
  }

  /**
   * As {@link #lookup(String)}, preferring places in {@code countryHint} (a CAMEO code such as
   * "USA" or an ISO alpha-2 code such as "US") where the name is ambiguous: "Victoria" with hint
   * "CAN" is Victoria, British Columbia; without a hint, the most populous namesake wins, a national
   * capital counting three times its population.
   */
  public Optional<Location> lookup(String name, String countryHint) {
    if (name == null || name.isBlank()) return Optional.empty();
    String text = name.strip();
    if (text.endsWith("'s") || text.endsWith("\u2019s")) text = text.substring(0, text.length() - 2); // "Moscow's"
    String key = PlaceNames.key(text);
    Country hint = country(countryHint).orElse(null);

    Country seat = bySeat.get(key);
    if (seat != null) return Optional.of(capitalOf(seat, text));

    String abbreviation = PlaceNames.abbreviation(text);
    Country named = abbreviation != null ? byAbbreviation.get(abbreviation) : null;
    if (named == null) named = byName.get(key);
    if (named != null) {
      // A city-state's name is also its capital's: give the city, which carries coordinates.
      City city = sameNamedCapital(named, key);
      if (city != null) return Optional.of(cityLocation(city, named));
      return Optional.of(new Location(named.name(), named.code(), "country", null, null, null));
    }

    Country capitalOf = byCapital.get(key);
    if (cities != null) {
      City city = bestCity(key, hint, capitalOf);
      if (city != null) {
        Country country = byIso2.get(city.iso2());
        if (country != null) return Optional.of(cityLocation(city, country));
      }
    }
    if (capitalOf != null && (hint == null || hint == capitalOf)) {
      return Optional.of(new Location(text, capitalOf.code(), "city", null, null, null));
    }
    return Optional.empty();
  }

  /** A seat of government located at its country's capital. */
  private Location capitalOf(Country country, String text) {
    City city = capitalCity(country);
    if (city != null) return cityLocation(city, country);
    return new Location(text, country.code(), country.capitals().isEmpty() ? "country" : "city",
        null, null, null);
  }

  private City sameNamedCapital(Country country, String key) {
    if (cities == null) return null;
    for (String capital : country.capitals()) {
      if (PlaceNames.key(capital).equals(key)) return capitalCity(country);
    }
    return null;
  }

  /** The city of {@code country}'s capital in the city list, if any. */
  private City capitalCity(Country country) {
    if (cities == null || !country.isCurrent()) return null;
    City official = cities.capital(country.iso2());
    if (official != null) return official;
    for (String capital : country.capitals()) {
      City c = pick(cities.named(PlaceNames.key(capital)), country.iso2());
      if (c != null) return c;
    }
    return null;
  }

  /**
   * The namesake to pick: the most populous in the hinted country if it has one; else the most
   * populous anywhere, national capitals weighted up, with {@code capitalOf}'s capital competing.
   */
  private City bestCity(String key, Country hint, Country capitalOf) {
    List<City> named = cities.named(key);
    if (hint != null && hint.isCurrent()) {
      City best = hint == capitalOf ? capitalNamed(capitalOf, key) : pick(named, hint.iso2());
      if (best != null) return best;
    }
    City best = pick(named, null);
    City capital = capitalOf == null ? null : capitalNamed(capitalOf, key);
    if (capital != null && (best == null || score(capital) >= score(best))) return capital;
    return best;
  }

  /**
   * The city a capital name of {@code country} stands for: the official capital when the name is
   * one of its spellings ("Kiev" for GeoNames' "Kyiv", "Washington" for "Washington, D.C."), else
   * the namesake in that country ("Tel Aviv", "Yangon", "Abidjan": capitals in our file as metonyms).
   */
  private City capitalNamed(Country country, String key) {
    if (!country.isCurrent()) return null;
    City official = cities.capital(country.iso2());
    City namesake = pick(cities.named(key), country.iso2());
    if (official == null || official == namesake) return namesake;
    if (namesake == null) return official;
    String officialKey = PlaceNames.key(official.name());
    return firstWord(officialKey).equals(firstWord(key)) ? official : namesake;
  }

  private static String firstWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  private static long score(City c) {
    return c.population() * (CAPITAL.equals(c.featureCode()) ? CAPITAL_WEIGHT : 1);
  }

  private static City pick(List<City> named, String iso2) {
    City best = null;
    long bestScore = -1;
    for (City c : named) {
      if (iso2 != null && !iso2.equals(c.iso2())) continue;
      if (score(c) > bestScore) {
        best = c;
        bestScore = score(c);
      }
    }
    return best;
  }

  /** A city by its GeoNames name ("Moscow" for "Moskva", "Kremlin" or "moscow"). */
  private static Location cityLocation(City city, Country country) {
    return new Location(city.name(), country.code(), "city", city.lat(), city.lon(), city.geonameId());
  }
}
