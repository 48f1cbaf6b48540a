package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CameoTest {

  @Test
  void bundledOntology() {
    Cameo c = Cameo.bundled();
    assertTrue(c.codes().size() >= 280, "codes: " + c.codes().size());
    Cameo.Code host = c.code("043");
    assertEquals("04", host.root());
    assertEquals(1, host.quadClass());
    assertEquals(2, c.code("073").quadClass());
    assertEquals(3, c.code("112").quadClass());
    assertEquals(4, c.code("190").quadClass());
    assertEquals(4, c.code("163").quadClass()); // GDELT: 14-20 material conflict
    assertTrue(c.code("190").goldstein() < -5);
    assertTrue(c.contains("0311"));
    assertFalse(c.get("999").isPresent());
    assertThrows(IllegalArgumentException.class, () -> c.code("999"));
    for (Cameo.Code x : c.codes()) assertTrue(x.code().startsWith(x.root()), x.toString());
  }

  private static Cameo parse(String text) throws Exception {
    return Cameo.parse(new BufferedReader(new StringReader(text)), "cameo.tsv");
  }

  @Test
  void badLinesFailLoudlyWithTheLine() {
    String head = "# code\troot\tquad\tgoldstein\tname\n";
    for (String bad : new String[] {"043\t04\t1\t2.8\n", "04x\t04\t1\t2.8\thost\n", "043\t05\t1\t2.8\thost\n",
        "043\t04\t5\t2.8\thost\n", "043\t04\t1\tbig\thost\n", "043\t04\t1\t12\thost\n",
        "043\t04\t1\t2.8\thost\n043\t04\t1\t2.8\thost\n"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(head + bad), bad);
      assertTrue(e.getMessage().startsWith("cameo.tsv:"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> parse(head));
  }

  @Test
  void parsesGoodLines() throws Exception {
    Cameo c = parse("# x\n043\t04\t1\t2.8\thost a visit\n\n190\t19\t4\t-10.0\tfight\n");
    assertEquals(2, c.codes().size());
    assertEquals("host a visit", c.code("043").name());
    assertEquals(-10.0, c.code("190").goldstein());
  }
}
