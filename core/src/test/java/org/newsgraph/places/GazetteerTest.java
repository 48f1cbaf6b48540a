package org.newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  /** Countries only: what every machine has, with or without the set-up step. */
  private static final Gazetteer COUNTRIES = Gazetteer.load(null, null);

  private static Location find(Gazetteer g, String name) {
    return g.lookup(name).orElseThrow(() -> new AssertionError("not found: " + name));
  }

  private static Gazetteer withCities() {
    Gazetteer g = Gazetteer.standard();
    assumeTrue(g.hasCities(), "city list not set up (scripts/setup-gazetteer.sh)");
    return g;
  }

  @Test
  void seatsOfGovernmentResolveToTheirCountry() {
    assertEquals("RUS", find(COUNTRIES, "Kremlin").countryCode());
    assertEquals("RUS", find(COUNTRIES, "the Kremlin").countryCode());
    assertEquals("RUS", find(COUNTRIES, "Kremlin's").countryCode());
    assertEquals("PRK", find(COUNTRIES, "Pyongyang’s").countryCode());
    assertEquals("USA", find(COUNTRIES, "White House").countryCode());
    assertEquals("GBR", find(COUNTRIES, "Downing Street").countryCode());
    assertEquals("FRA", find(COUNTRIES, "Élysée").countryCode());
    assertEquals("FRA", find(COUNTRIES, "Elysee").countryCode());
    assertEquals("KOR", find(COUNTRIES, "Blue House").countryCode());
    assertEquals("CHN", find(COUNTRIES, "Zhongnanhai").countryCode());
  }

  @Test
  void capitalsResolveWithoutTheCityList() {
    Location pyongyang = find(COUNTRIES, "Pyongyang");
    assertEquals("PRK", pyongyang.countryCode());
    assertEquals("city", pyongyang.precision());
    assertNull(pyongyang.lat());
    assertEquals("RUS", find(COUNTRIES, "Moscow").countryCode());
    assertEquals("CHN", find(COUNTRIES, "Beijing").countryCode());
    assertEquals("USA", find(COUNTRIES, "Washington").countryCode());
    assertEquals("UKR", find(COUNTRIES, "Kiev").countryCode());
    assertEquals("UKR", find(COUNTRIES, "Kyiv").countryCode());
    // A hint for another country rules the capital reading out.
    assertTrue(COUNTRIES.lookup("Moscow", "USA").isEmpty());
  }

  @Test
  void countriesByNameAliasAndShortForm() {
    for (String name : new String[] {"North Korea", "N.Korea", "N. Korea", "DPRK",
        "Democratic People's Republic of Korea"}) {
      Location l = find(COUNTRIES, name);
      assertEquals("PRK", l.countryCode(), name);
      assertEquals("country", l.precision(), name);
      assertEquals("North Korea", l.name());
    }
    for (String name : new String[] {"U.S.", "US", "USA", "America", "United States"}) {
      assertEquals("USA", find(COUNTRIES, name).countryCode(), name);
    }
    assertEquals("GBR", find(COUNTRIES, "Britain").countryCode());
    assertEquals("GBR", find(COUNTRIES, "UK").countryCode());
    assertEquals("CIV", find(COUNTRIES, "Cote d'Ivoire").countryCode());
    assertEquals("CIV", find(COUNTRIES, "Côte d’Ivoire").countryCode());
  }

  @Test
  void abbreviationsMatchOnlyAsWritten() {
    assertTrue(COUNTRIES.lookup("us").isEmpty());
    assertTrue(COUNTRIES.lookup("car").isEmpty());
    assertEquals("CAF", find(COUNTRIES, "CAR").countryCode());
  }

  @Test
  void adjectivesAndRegionsAreNotPlaces() {
    assertTrue(COUNTRIES.lookup("Russian").isEmpty());
    assertTrue(COUNTRIES.lookup("Europe").isEmpty());
    assertTrue(COUNTRIES.lookup("").isEmpty());
    assertTrue(COUNTRIES.lookup(null).isEmpty());
    assertFalse(COUNTRIES.hasCities());
  }

  @Test
  void countryCodes() {
    Country russia = COUNTRIES.country("RUS").orElseThrow();
    assertEquals("RU", russia.iso2());
    assertEquals("RS", russia.fips());
    assertEquals("RUS", COUNTRIES.country("RU").orElseThrow().code());
    assertEquals("KN", COUNTRIES.country("PRK").orElseThrow().fips());
    assertEquals("KS", COUNTRIES.country("KOR").orElseThrow().fips());
    assertEquals("UK", COUNTRIES.country("GBR").orElseThrow().fips());
  }

  @Test
  void moscowHasCoordinatesWhenTheCityListIsPresent() {
    Gazetteer g = withCities();
    Location moscow = find(g, "Moscow");
    assertEquals("RUS", moscow.countryCode());
    assertEquals("city", moscow.precision());
    assertEquals(55.75, moscow.lat(), 0.05);
    assertEquals(37.62, moscow.lon(), 0.05);
    assertNotNull(moscow.geonameId());
    assertEquals("RS48", g.adm1Code(moscow).orElseThrow());
    assertEquals("USDC", g.adm1Code(find(g, "White House")).orElseThrow());
    assertEquals("KN", g.adm1Code(find(g, "North Korea")).orElseThrow());
  }

  @Test
  void seatsAndCapitalsTakeTheCapitalsCoordinates() {
    Gazetteer g = withCities();
    Location kremlin = find(g, "Kremlin");
    assertEquals("RUS", kremlin.countryCode());
    assertEquals(55.75, kremlin.lat(), 0.05);
    Location pyongyang = find(g, "Pyongyang");
    assertEquals("PRK", pyongyang.countryCode());
    assertEquals(39.03, pyongyang.lat(), 0.1);
    Location washington = find(g, "White House");
    assertEquals("USA", washington.countryCode());
    assertEquals(38.9, washington.lat(), 0.1);
    assertEquals(-77.04, washington.lon(), 0.1);
    Location kiev = find(g, "Kiev");
    assertEquals("UKR", kiev.countryCode());
    assertEquals(50.45, kiev.lat(), 0.1);
    // "Washington" is GeoNames' "Washington, D.C.", not the larger namesake Washington, Utah.
    Location dc = find(g, "Washington");
    assertEquals(38.9, dc.lat(), 0.1);
    assertEquals(-77.04, dc.lon(), 0.1);
    // A metonym in the capitals column that is a city of its own stays that city.
    Location telAviv = find(g, "Tel Aviv");
    assertEquals("ISR", telAviv.countryCode());
    assertEquals(34.78, telAviv.lon(), 0.1);
    assertEquals("Kyiv", kiev.name());
  }

  @Test
  void ambiguousCitiesPreferPopulationOrTheHint() {
    Gazetteer g = withCities();
    assertEquals("FRA", find(g, "Paris").countryCode());
    Location texas = g.lookup("Paris", "USA").orElseThrow();
    assertEquals("USA", texas.countryCode());
    assertTrue(texas.lon() < -80);
    assertEquals("CAN", g.lookup("Victoria", "CA").orElseThrow().countryCode());
    assertEquals("SYC", g.lookup("Victoria", "SYC").orElseThrow().countryCode());
    assertEquals("JAM", find(g, "Kingston").countryCode());
    assertEquals("SYR", find(g, "Aleppo").countryCode());
    assertEquals("DEU", find(g, "Munich").countryCode());
    // A hint with no such city there falls back to the best namesake anywhere.
    assertEquals("FRA", g.lookup("Paris", "JPN").orElseThrow().countryCode());
  }

  @Test
  void aUserFolderAddsAndReplacesCountries(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("countries.tsv"), String.join("\n",
        "# code\tiso2\tfips\tname\taliases\tadjectives\tcapitals\tseats",
        "XNL\tXN\tXN\tNeverland\tNever Never Land\tNeverlandish\tPan City\tLost Boys' Hideout",
        "PRK\tKP\tKN\tNorth Korea\tHermit Kingdom\tNorth Korean\tPyongyang\tRyongsong Residence",
        ""));
    Gazetteer g = Gazetteer.load(dir, null);
    assertEquals("XNL", find(g, "Never Never Land").countryCode());
    assertEquals("XNL", find(g, "Lost Boys' Hideout").countryCode());
    assertEquals("XNL", find(g, "Pan City").countryCode());
    assertEquals("PRK", find(g, "Hermit Kingdom").countryCode());
    assertTrue(g.lookup("N.Korea").isEmpty(), "the user's PRK row replaces the bundled one");
    assertEquals("RUS", find(g, "Kremlin").countryCode());
  }

  @Test
  void aDamagedCityListIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path bad = Files.write(dir.resolve("cities.pbf"), new byte[] {(byte) 0x90, 0x01, 0x0a, 0x05, 'M'});
    java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.io.UncheckedIOException.class, () -> Gazetteer.load(null, bad));
    assertTrue(e.getMessage().contains("cities.pbf"), e.getMessage());
    assertFalse(Gazetteer.load(null, dir.resolve("absent.pbf")).hasCities());
  }
}
