package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web page in headless Chromium on the samples and seeds: the seed story side by side with E1
 * shared, click-through to the event and an actor's timeline, and a planted {@code <script>} that
 * must not run. With -Dng.screenshots=DIR it also writes the story and actor pages as PNGs
 * (scripts/screenshots.sh).
 */
@Tag("slow")
class BrowserTest {
  private static ServerFixture f;
  private static Browser browser;

  @BeforeAll
  static void open() throws IOException {
    String missing = Browser.missing();
    if (missing != null) System.err.println(missing);
    Assumptions.assumeTrue(missing == null, missing);
    f = ServerFixture.get();
    browser = Browser.open(1100, 800);
  }

  @AfterAll
  static void close() {
    if (browser != null) browser.close();
  }

  private static String story() {
    return f.base + "/#/story/" + f.seedStory();
  }

  /** The row of E1 (Putin meets Choe: root 04, RUS and PRK, two outlets) among the shared events. */
  private static WebElement e1Row() {
    for (WebElement row : browser.driver.findElements(By.cssSelector("#shared-events tr.event-row"))) {
      String s = row.getAttribute("data-source");
      String t = row.getAttribute("data-target");
      boolean dyad = s.startsWith("RUS") && t.startsWith("PRK") || s.startsWith("PRK") && t.startsWith("RUS");
      if (dyad && "04".equals(row.getAttribute("data-root")) && "2".equals(row.getAttribute("data-sources"))) return row;
    }
    return null;
  }

  @Test
  void storyPageShowsBothOutletsWithE1Shared() throws IOException {
    browser.go(story(), By.cssSelector("#side-by-side .outlet"));
    List<WebElement> outlets = browser.driver.findElements(By.cssSelector("#side-by-side .outlet"));
    assertEquals(2, outlets.size());
    List<String> names = outlets.stream().map(o -> o.findElement(By.cssSelector(".outlet-name")).getText()).toList();
    assertTrue(names.contains("The Moscow Times"), names.toString());
    // Side by side: the two columns sit next to each other, not one under the other.
    assertEquals(outlets.get(0).getLocation().getY(), outlets.get(1).getLocation().getY());
    assertTrue(outlets.get(1).getLocation().getX() > outlets.get(0).getLocation().getX());
    for (WebElement o : outlets) {
      assertFalse(o.findElement(By.cssSelector(".headline")).getText().isBlank());
      assertFalse(o.findElements(By.cssSelector(".body mark.shared")).isEmpty(), "shared event highlighted in " + o.getText().substring(0, 40));
    }
    assertTrue(e1Row() != null, "E1 among the shared events");
    String shot = System.getProperty("ng.screenshots");
    if (shot != null && !shot.isBlank()) browser.screenshot(Path.of(shot, "story.png"));
  }

  @Test
  void clickThroughToEventAndActorTimeline() throws IOException {
    browser.go(story(), By.cssSelector("#shared-events tr.event-row"));
    e1Row().findElement(By.cssSelector("a.event-link")).click();
    browser.await(By.id("event-title"));
    List<WebElement> mentions = browser.driver.findElements(By.cssSelector(".mention"));
    assertTrue(mentions.size() >= 2, "E1 has a mention in each seed article");
    for (WebElement m : mentions) {
      assertFalse(m.findElement(By.cssSelector(".sentence mark.current")).getText().isBlank());
      assertFalse(m.findElement(By.cssSelector(".why")).getText().isBlank());
    }
    assertFalse(browser.driver.findElements(By.cssSelector(".sentence mark.actor")).isEmpty(), "actor spans marked");

    WebElement actor = browser.driver.findElement(By.cssSelector("#event-title a.actor-link"));
    actor.click();
    browser.await(By.id("actor-title"));
    browser.await(By.cssSelector("#counterparts li"));
    assertTrue(browser.driver.getCurrentUrl().contains("#/actor/"));
    Object drawn = browser.driver.executeScript(
        "const c = window.Chart && Chart.getChart('timeline'); return c ? c.data.labels.length : -1;");
    assertTrue(((Number) drawn).intValue() >= 1, "timeline chart drawn with at least one day");
    String shot = System.getProperty("ng.screenshots");
    if (shot != null && !shot.isBlank()) {
      browser.go(f.base + "/#/actor/RUS", By.cssSelector("#counterparts li"));
      browser.screenshot(Path.of(shot, "actor.png"));
    }
  }

  @Test
  void plantedScriptDoesNotRun() {
    WebElement body = browser.go(f.base + "/#/article/" + ServerFixture.PLANTED, By.id("article-body"));
    assertTrue(body.getText().contains("<script>window.__ngPwned = 1;</script>"), body.getText());
    assertTrue(body.getText().contains("<img src=x"));
    assertTrue(body.findElements(By.tagName("img")).isEmpty() && body.findElements(By.tagName("script")).isEmpty()
        && body.findElements(By.tagName("b")).isEmpty());
    assertTrue(browser.driver.findElement(By.id("article-title")).getText().contains("<script>"));
    // Also through the story list and the story page, where headline and body appear again.
    browser.go(f.base + "/#/?q=harbour", By.cssSelector("#stories li"));
    browser.driver.findElement(By.cssSelector("#stories a.story-link")).click();
    browser.await(By.cssSelector("#side-by-side .outlet .body"));
    browser.go(f.base + "/#/search?q=regatta", By.cssSelector("#search-results li"));
    assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.__ngPwned === undefined"));
  }

  @Test
  void eventTableFilters() {
    browser.go(f.base + "/#/events?root=04&actor=RUS", By.cssSelector("#events tr.event-row"));
    for (WebElement row : browser.driver.findElements(By.cssSelector("#events tr.event-row"))) {
      assertEquals("04", row.getAttribute("data-root"));
    }
    WebElement error = browser.go(f.base + "/#/events?quad=9", By.id("error"));
    assertTrue(error.getText().contains("quad"));
  }

  static boolean written(Path p) {
    return Files.isRegularFile(p);
  }
}
