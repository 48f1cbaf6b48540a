package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The fallback heuristic for the main text, used where Readability4J finds nothing. */
class HtmlTest {
  private static final String P = "<p>The harbour authority said on Monday that repairs to the storm-damaged pier would "
      + "take until the spring and cost about two million euros.</p>";

  @Test void prefersTheArticleElement() {
    Element e = Html.candidate(Jsoup.parse("<html><body><nav>" + P + "</nav><article>" + P + P
        + "</article><div class=more>" + P + P + P + "</div></body></html>"));
    assertEquals("article", e.normalName());
  }

  @Test void elseTheElementWithTheMostParagraphText() {
    Element e = Html.candidate(Jsoup.parse("<html><body><div id=menu><p>Home</p><p>World</p></div>"
        + "<div id=story>" + P + P + P + "</div><div id=comments><p>Great piece!</p><p>Agreed.</p></div>"
        + "<footer>" + P + P + P + P + "</footer></body></html>"));
    assertEquals("story", e.id());
  }

  @Test void blocksAreSeparatedByBlankLines() {
    String text = Html.blocks(Jsoup.parse("<div><h2>Sub</h2><p>One <b>bold</b> line<br>next line</p><ul><li>a</li>"
        + "<li>b</li></ul></div>").body());
    String compact = text.replaceAll("\\n{3,}", "\n\n").strip();
    assertEquals("Sub\n\nOne bold line\nnext line\n\na\n\nb", compact);
    assertFalse(text.contains("<"));
    assertTrue(text.contains("One bold line\nnext line"));
  }
}
