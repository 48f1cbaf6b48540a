package org.newsgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled knowledge files keep their documented formats (knowledge/README.md). */
class KnowledgeFilesTest {

  private static List<String[]> rows(String file, int columns) {
    List<String[]> rows = KnowledgeFiles.rows(null, file, columns);
    assertFalse(rows.isEmpty(), file);
    for (String[] r : rows) {
      assertEquals(columns, r.length, file + ": " + String.join("\t", r));
      assertFalse(r[0].isEmpty(), file + ": empty first cell in " + String.join("\t", r));
    }
    return rows;
  }

  private static Path shared() {
    return Path.of(System.getProperty("ng.shared", "/work/shared"));
  }

  @Test
  void cameoHasEveryCodeOfTheCodebookWithRootQuadAndGoldstein() throws IOException {
    Map<String, String[]> cameo = new HashMap<>();
    for (String[] r : rows("cameo.tsv", 5)) {
      assertTrue(r[0].matches("\\d{2,4}"), r[0]);
      assertEquals(r[0].substring(0, 2), r[1], r[0]);
      assertFalse(r[4].isEmpty(), r[0]);
      assertEquals(null, cameo.put(r[0], r), "duplicate " + r[0]);
    }
    Path codes = shared().resolve("reference/cameo/CAMEO.eventcodes.txt");
    Path scale = shared().resolve("reference/cameo/CAMEO.goldsteinscale.txt");
    assumeTrue(org.newsgraph.SharedData.present("reference/cameo/CAMEO.eventcodes.txt", "reference/cameo/CAMEO.goldsteinscale.txt"), "shared reference absent");
    Map<String, Double> goldstein = new HashMap<>();
    for (String line : Files.readAllLines(scale, StandardCharsets.UTF_8)) {
      String[] c = line.strip().split("\t");
      if (c.length == 2 && c[0].matches("\\d+")) goldstein.put(c[0], Double.parseDouble(c[1]));
    }
    int checked = 0;
    for (String line : Files.readAllLines(codes, StandardCharsets.UTF_8)) {
      String code = line.split("\t")[0].strip();
      if (!code.matches("\\d+")) continue;
      String[] row = cameo.get(code);
      assertNotNull(row, "missing CAMEO code " + code);
      int root = Integer.parseInt(code.substring(0, 2));
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(code.substring(0, 2), row[1], code);
      assertEquals(String.valueOf(quad), row[2], code);
      assertEquals(goldstein.get(code), Double.parseDouble(row[3]), 1e-9, code);
      checked++;
    }
    assertTrue(checked > 300, "codes checked: " + checked);
    assertEquals(checked, cameo.size(), "cameo.tsv has codes the codebook lacks");
  }

  @Test
  void countriesHaveUniqueCodesAndTheSeedsVariants() {
    Set<String> codes = new HashSet<>();
    Set<String> iso2 = new HashSet<>();
    Set<String> fips = new HashSet<>();
    int current = 0;
    for (String[] r : rows("countries.tsv", 8)) {
      assertTrue(r[0].matches("[A-Z]{3}"), r[0]);
      assertTrue(codes.add(r[0]), "duplicate " + r[0]);
      if (!r[1].isEmpty()) {
        current++;
        assertTrue(r[1].matches("[A-Z]{2}") && iso2.add(r[1]), "iso2 " + r[1]);
        assertTrue(r[2].matches("[A-Z]{2}") && fips.add(r[2]), "fips " + r[2]);
      }
    }
    assertTrue(current >= 195, "countries: " + current);
    Gazetteer g = Gazetteer.load(null, null);
    Country prk = g.country("PRK").orElseThrow();
    assertTrue(prk.aliases().containsAll(List.of("N.Korea", "DPRK", "Democratic People's Republic of Korea")));
    assertTrue(prk.adjectives().contains("North Korean"));
    assertTrue(g.country("RUS").orElseThrow().seats().contains("Kremlin"));
    assertTrue(g.country("USA").orElseThrow().aliases().containsAll(List.of("U.S.", "US", "USA", "America")));
    for (String region : List.of("EUR", "AFR", "ASA", "MEA", "WST")) assertTrue(codes.contains(region), region);
  }

  @Test
  void organizationsAgentsAndPeopleParse() {
    Set<String> orgCodes = new HashSet<>();
    for (String[] r : rows("organizations.tsv", 3)) {
      // IGOs and NGOs; armed groups are a country + REB, or a group code (IMG: international militant group)
      assertTrue(r[0].matches("(IGO|NGO|IMG|[A-Z]{3}REB)[A-Z]*") && r[0].length() % 3 == 0, r[0]);
      orgCodes.add(r[0]);
    }
    assertTrue(orgCodes.containsAll(List.of("IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOJUDICC", "IGOUNOIAE", "LBNREB", "PSEREBHMS")));
    Map<String, String> nounRole = new HashMap<>();
    for (String[] r : rows("agents.tsv", 3)) {
      assertTrue(r[0].matches("[A-Z]{3}"), r[0]);
      for (String noun : KnowledgeFiles.list(r[1])) {
        String before = nounRole.put(noun, r[0]);
        assertTrue(before == null || before.equals(r[0]), noun + " is both " + before + " and " + r[0]);
      }
    }
    assertEquals("GOV", nounRole.get("foreign minister"));
    assertEquals("MIL", nounRole.get("troops"));
    assertEquals("COP", nounRole.get("police"));
    assertEquals("REB", nounRole.get("rebel"));
    assertEquals("LEG", nounRole.get("lawmaker"));
    assertEquals("OPP", nounRole.get("opposition"));
    Set<String> countries = new HashSet<>();
    for (String[] r : rows("countries.tsv", 8)) countries.add(r[0]);
    for (String[] r : rows("people.tsv", 6)) {
      String where = String.join("\t", r);
      assertTrue(r[0].matches("([A-Z]{3})+"), where);
      assertTrue(countries.contains(r[0].substring(0, 3)) || r[0].startsWith("IGO"), where);
      assertFalse(r[1].isEmpty(), where);
      LocalDate from = r[3].isEmpty() ? null : LocalDate.parse(r[3]);
      LocalDate to = r[4].isEmpty() ? null : LocalDate.parse(r[4]);
      if (from != null && to != null) assertFalse(to.isBefore(from), where);
    }
  }

  /** The code {@code name} has on {@code date} in people.tsv, or null outside every tenure. */
  private static String codeOn(List<String[]> people, String name, String date) {
    LocalDate d = LocalDate.parse(date);
    String code = null;
    for (String[] r : people) {
      boolean named = r[1].equals(name) || KnowledgeFiles.list(r[2]).contains(name);
      boolean from = r[3].isEmpty() || !d.isBefore(LocalDate.parse(r[3]));
      boolean to = r[4].isEmpty() || !d.isAfter(LocalDate.parse(r[4]));
      if (named && from && to) {
        assertTrue(code == null || code.equals(r[0]), name + " has two codes on " + date);
        code = r[0];
      }
    }
    return code;
  }

  @Test
  void peopleCodeByDate() {
    List<String[]> people = rows("people.tsv", 6);
    assertEquals("RUSGOV", codeOn(people, "Putin", "2014-11-18"));
    assertEquals("RUSSPY", codeOn(people, "Vladimir Putin", "1999-01-01"));
    assertEquals(null, codeOn(people, "Vladimir Putin", "1995-01-01"));
    assertEquals("RUSGOV", codeOn(people, "Lavrov", "2014-11-20"));
    assertEquals("PRKGOV", codeOn(people, "Choe Ryong-Hae", "2014-11-18"));
    assertEquals("PRKGOV", codeOn(people, "Kim Jong-Un", "2014-11-18"));
    assertEquals("PRKGOV", codeOn(people, "Kim Jong-Il", "2011-08-24"));
    assertEquals("CHNGOV", codeOn(people, "Xi Jinping", "2014-11-09"));
    assertEquals("KORGOV", codeOn(people, "Ban Ki-moon", "2005-06-01"));
    assertEquals("IGOUNO", codeOn(people, "Ban Ki-moon", "2010-06-01"));
    assertEquals("GBROPP", codeOn(people, "Starmer", "2024-07-04"));
    assertEquals("GBRGOV", codeOn(people, "Starmer", "2024-07-05"));
    assertEquals("USAGOV", codeOn(people, "Bush", "1991-01-16"));
    assertEquals(null, codeOn(people, "Bush", "1997-01-01"));
    // No person has two codes on any day: check every row's first and last day.
    for (String[] r : people) {
      if (!r[3].isEmpty()) codeOn(people, r[1], r[3]);
      if (!r[4].isEmpty()) codeOn(people, r[1], r[4]);
    }
  }
}
