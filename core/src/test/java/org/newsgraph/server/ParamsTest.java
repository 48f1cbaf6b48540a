package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pieces of the API that need no store. */
class ParamsTest {
  @Test
  void likePatternsTakeWildcardsLiterally() {
    assertEquals("%100\\%\\_a\\\\b%", Params.contains("100%_a\\b"));
    assertEquals("%Choe%", Params.contains("Choe"));
  }

  @Test
  void snippetsCentreOnTheMatch() {
    String body = "x".repeat(300) + " Choe met Putin " + "y".repeat(300);
    String s = Api.snippet(body, "choe");
    assertTrue(s.startsWith("…") && s.endsWith("…"), s);
    assertTrue(s.contains("Choe met Putin"), s);
    assertTrue(s.length() < 200, s);
    assertEquals("Choe met Putin", Api.snippet("Choe met Putin", "putin"));
    assertEquals("short", Api.snippet("short", "absent"));
  }
}
