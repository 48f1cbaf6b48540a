package org.newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.entities.Amount;

/** {@code newsgraph stories} and {@code newsgraph story ID} over a saved stories state. */
class StoriesCliTest {
  static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test void listsStoriesAndShowsOneSideBySide(@TempDir Path dir) {
    Path db = dir.resolve("news.db");
    Stories s = new Stories();
    String other = "Choe Ryong Hae, envoy of Kim Jong Un, met Vladimir Putin in the Kremlin on Tuesday, Moscow said. "
        + "Russia and North Korea discussed a railway project and economic ties; Lavrov criticised the United Nations "
        + "resolution on human rights in Pyongyang.";
    Stories.Placement a = s.add(StoriesTest.article("a", "Wire", "2014-11-18", "Putin receives Choe", StoriesTest.MEETING,
        List.of(StoriesTest.mention("a", "RUSGOV", "PRKGOV", "042", "2014-11-18")),
        List.of(new Amount(25e9, "USD", "project", "25 billion dollars", 120))));
    s.add(StoriesTest.article("c", "Herald", "2014-11-19", "Choe meets Putin", other,
        List.of(StoriesTest.mention("c", "PRKGOV", "RUSGOV", "040", "2014-11-18")), List.of()));
    s.add(StoryArticle.of("z", "Sports Daily", java.time.LocalDate.parse("2014-11-20"), "Arsenal beat Chelsea",
        "Arsenal beat Chelsea 2-1 at the Emirates stadium with a late goal from Bukayo Saka."));
    s.saveTo(Stories.stateFile(db));

    String list = run("stories", "--db", db.toString());
    String[] lines = list.split("\n");
    assertTrue(lines[0].startsWith("2 stories"), list);
    assertTrue(lines[1].contains("Arsenal beat Chelsea"), "newest first: " + list);
    assertTrue(lines[2].startsWith(a.storyId()) && lines[2].contains("2 articles") && lines[2].contains("2 outlets"), list);

    String story = run("story", a.storyId(), "--db", db.toString());
    assertTrue(story.contains("== Wire (a)"), story);
    assertTrue(story.contains("== Herald (c)"), story);
    assertTrue(story.contains("Only here, amounts:") && story.contains("25 billion dollars"), story);
    assertTrue(story.contains("== Reported by all outlets"), story);
    assertTrue(story.contains("mentions 2, articles 2, sources 2"), story);
  }
}
