package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The copy rules one at a time: datelines, date lines, bylines, captions, boilerplate, joining. */
class CopyTest {
  private final Copy copy = new Copy(Knowledge.shared());

  private Draft read(String text) {
    Draft d = new Draft();
    copy.read(text, d, true);
    return d;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MOSCOW: Russia said on Monday it would reply.|MOSCOW|",
      "MOSCOW (AFP) - Russia said on Monday it would reply.|MOSCOW|AFP",
      "MOSCOW — Russia said on Monday it would reply.|MOSCOW|",
      "Moscow, Nov 19 (Reuters) - Russia said on Monday it would reply.|Moscow|Reuters",
      "SEOUL, South Korea (AP) — Russia said on Monday it would reply.|SEOUL|AP",
      "ST. PETERSBURG -- Russia said on Monday it would reply.|ST. PETERSBURG|",
      "BREAKING: MOSCOW - Russia said on Monday it would reply.|MOSCOW|",
  })
  void datelines(String paragraph, String place, String agency) {
    Draft d = read("Headline\n\n" + paragraph + "\n");
    assertEquals(place, d.dateline);
    assertEquals(agency, d.agency);
    assertEquals("Russia said on Monday it would reply.", d.body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A FIRE - BOMB attack on a bank left three people dead.",
      "UPDATE: Russia said on Monday it would reply.",
      "Russia said on Monday: it would reply.",
      "The UN - backed plan was approved."})
  void noDateline(String paragraph) {
    Draft d = read("Headline\n\n" + paragraph + "\n");
    assertNull(d.dateline);
    assertTrue(d.body.endsWith(paragraph.substring(paragraph.indexOf(' ') + 1)), d.body);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "November 19, 2014#2014-11-19",
      "Wednesday, November 19, 2014#2014-11-19",
      "19 Nov 2014 10:32 GMT#2014-11-19",
      "Published: Nov. 19, 2014 | Updated 10: 02 AM EDT#2014-11-19",
      "Posted on Thu Jun 13, 2013 08: 45 AM PDT#2013-06-13",
      "POSTED: 05 / 02 / 07, 9: 00 PM PDT |#",
      "2014-11-19T08:00:00Z#2014-11-19",
  })
  void dateLines(String line, String date) {
    Draft d = read("Headline\n\n" + line + "\n\nThe story itself.\n");
    assertEquals(date == null ? null : LocalDate.parse(date), d.published);
    assertEquals("The story itself.", d.body, "the date line leaves the body");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "By The Moscow Times~The Moscow Times",
      "By [The Moscow Times](#)~The Moscow Times",
      "By Jane Doe~",
      "By Jane Doe, Reuters~Reuters",
      "By Jane Doe for The Guardian~The Guardian",
      "BY REUTERS STAFF~REUTERS",
      "By Jane Doe | November 19, 2014~",
      "By [Global Desk](#)~Global Desk",
      "By Straits Monitor staff~Straits Monitor",
  })
  void bylines(String line, String source) {
    Draft d = read("Headline\n\n" + line + "\n\nThe story itself.\n");
    assertEquals(source, d.source);
    assertTrue(d.byline != null && d.byline.startsWith("By "), d.byline);
    assertEquals("The story itself.", d.body);
  }

  @Test void aSentenceStartingWithByIsNoByline() {
    Draft d = read("Headline\n\nBy early 2005 the net could have two new domain names.\n");
    assertNull(d.byline);
    assertEquals("By early 2005 the net could have two new domain names.", d.body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia's President Vladimir Putin attends a meeting in Moscow on Nov. 18, 2014.",
      "Protesters gather outside parliament in Kyiv, Ukraine, November 18, 2014.",
      "Photo: A damaged building in the old town.",
      "Finance Minister Laura Kask speaks in Tallinn. REUTERS/Jaan Tamm",
      "Rescue workers search the rubble. (AP Photo/Jane Doe)",
      "An Indonesian patrol ship escorts a seized fishing boat into port in Ranai on Nov. 11, 2025.",
  })
  void captions(String caption) {
    Draft d = read("Headline\n\n" + caption + "\n\nThe story itself.\n");
    assertEquals(java.util.List.of(caption), d.captions);
    assertEquals("The story itself.", d.body);
  }

  @Test void italicLineUnderAnImageIsACaption() {
    Draft d = read("Headline\n\n![](boats.jpg)\n*Fishing boats in the harbour at dawn*\n\nThe story itself.\n\n"
        + "*An italic paragraph elsewhere stays.*\n");
    assertEquals(java.util.List.of("Fishing boats in the harbour at dawn"), d.captions);
    assertEquals("The story itself.\n\nAn italic paragraph elsewhere stays.", d.body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "European Union finance ministers meet on Thursday to discuss proposals to boost aid.",
      "The Bank of England has left interest rates on hold at 4.75% for a sixth month in a row.",
      "Cheeks, who was fired March 2 as head coach, is the fourth coach since King took over on May 26, 2003.",
      "The minister said he attends meetings on Nov. 18, 2014.",
      "Support for the plan stands at 40 percent, according to a Reuters/Ipsos poll",
  })
  void notCaptions(String lede) {
    Draft d = read("Headline\n\n" + lede + "\n\nThe story itself.\n");
    assertTrue(d.captions.isEmpty(), d.captions.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Advertisement", "Share this article", "Share on Facebook", "Follow us on Twitter",
      "Subscribe to our daily newsletter", "© 2025 The Courier. All rights reserved.",
      "Please follow our commenting guidelines.", "Comments are closed.", "Sign up", "Read more: Storm hits coast",
      "Reporting by Jane Doe; Editing by John Roe", "Share this article: Facebook | Twitter | Email"})
  void boilerplateIsDropped(String line) {
    Draft d = read("Headline\n\nThe story itself.\n\n" + line + "\n\nThe end of the story.\n");
    assertEquals("The story itself.\n\nThe end of the story.", d.body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Follow-up talks are planned for May.", "Share prices fell 3 percent on Monday.",
      "Subscribers to the service doubled last year.", "The advertisement was withdrawn on Friday."})
  void newsIsNotBoilerplate(String line) {
    Draft d = read("Headline\n\nThe story itself.\n\n" + line + "\n\nThe end of the story.\n");
    assertEquals("The story itself.\n\n" + line + "\n\nThe end of the story.", d.body);
  }

  @Test void tailEndsTheArticle() {
    Draft d = read("Headline\n\nOne.\n\nTwo.\n\nThree.\n\nRelated articles\n\nAnother story headline\n\nYet another\n");
    assertEquals("One.\n\nTwo.\n\nThree.", d.body);
  }

  @Test void paragraphsBrokenMidSentenceAreJoined() {
    Draft d = read("Headline\n\nThe talks, held in Geneva\n\nand Vienna, ended on Monday.\n\nThey resumed,\n\n"
        + "Officials said, a week later.\n\nA Subheading\n\nNew paragraph.\n");
    assertEquals("The talks, held in Geneva and Vienna, ended on Monday.\n\nThey resumed, Officials said, a week later."
        + "\n\nA Subheading\n\nNew paragraph.", d.body);
  }

  @Test void hardWrappedLinesAreJoinedAndOneLineParagraphsKept() {
    Draft wrapped = read("Headline\n\nThe first line of a wrapped paragraph that goes on\nand on until the "
        + "text wraps again at the\nright margin.\nA short line.\n");
    assertEquals("The first line of a wrapped paragraph that goes on and on until the text wraps again at the right "
        + "margin.\n\nA short line.", wrapped.body);
    Draft lines = read("Headline\nFirst sentence is a paragraph.\nSecond one is another paragraph, longer than the first.\n"
        + "Third.\n");
    assertEquals("Headline", lines.title);
    assertEquals("First sentence is a paragraph.\n\nSecond one is another paragraph, longer than the first.\n\nThird.",
        lines.body);
  }

  @Test void whitespaceIsNormalisedAndTypographicQuotesKept() {
    Draft d = read("Headline\r\n\r\n\u00a0 “Quoted,”\tshe\u200b said  —  twice.  \r\n");
    assertEquals("“Quoted,” she said — twice.", d.body);
  }

  @Test void titleVariants() {
    assertEquals("Setext title", read("Setext title\n============\n\nBody.\n").title);
    assertEquals("Bullet title", read("• Bullet title\n\nBody.\n").title);
    assertEquals("Rivals of the £400 Apple...", read("Rivals of the £400 Apple...\n\nBody.\n").title);
    assertNull(read("Only one paragraph here\n").title);
    Draft dateFirst = read("November 19, 2014\n\nBy Jane Doe\n\nThe headline comes third\n\nThe body.\n");
    assertEquals("The headline comes third", dateFirst.title);
    assertEquals(LocalDate.of(2014, 11, 19), dateFirst.published);
    assertEquals("By Jane Doe", dateFirst.byline);
    assertEquals("The body.", dateFirst.body);
  }
}
