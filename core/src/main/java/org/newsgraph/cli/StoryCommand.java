package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.entities.Tone;
import org.newsgraph.stories.Event;
import org.newsgraph.stories.SideBySide;
import org.newsgraph.stories.Stories;
import org.newsgraph.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Show one story: its outlets side by side.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {"For each outlet: its headline and tone, and the events, quotes, amounts, actors and",
        "sentences only it reports. Then what every outlet reports, and numbers or dates that",
        "disagree between outlets. Near-copies of another outlet's article are listed, not compared."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", footerHeading = "%nExamples:%n",
    footer = {"  newsgraph stories", "  newsgraph story s3f2a9c01b7de --db news.db"})
final class StoryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "A story id, as 'newsgraph stories' lists them.")
  String id;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to read. Default: ${DEFAULT-VALUE}")
  Path db;

  @Override public Integer call() {
    Path state = Stories.stateFile(db);
    if (!Files.exists(state)) {
      System.err.println("newsgraph story: no stories for " + db + " (run 'newsgraph analyze PATH --db " + db + "' first)");
      return 1;
    }
    try {
      Stories stories = Stories.load(state);
      Optional<Story> story = stories.story(id);
      Optional<SideBySide> sbs = stories.sideBySide(id);
      if (story.isEmpty() || sbs.isEmpty()) {
        System.err.println("newsgraph story: no story " + id + " in " + db);
        return 1;
      }
      print(story.get(), sbs.get(), stories, System.out);
      return 0;
    } catch (RuntimeException e) {
      System.err.println("newsgraph story: " + e.getMessage());
      return 1;
    }
  }

  static void print(Story s, SideBySide sbs, Stories stories, PrintStream out) {
    out.println("Story " + s.storyId() + ": " + (s.title() == null ? "(no headline)" : s.title()));
    out.println("  " + (s.firstPublished() == null ? "undated" : s.firstPublished() + " to " + s.lastPublished())
        + ", " + s.articleIds().size() + " articles, " + sbs.outlets().size() + " outlets"
        + (s.copies().isEmpty() ? "" : ", " + s.copies().size() + " near-copies"));
    if (!s.actors().isEmpty()) out.println("  Actors: " + String.join(", ", s.actors()));
    if (!s.places().isEmpty()) out.println("  Places: " + String.join(", ", s.places()));
    for (SideBySide.Outlet o : sbs.outlets()) {
      out.println();
      out.println("== " + o.name() + " (" + String.join(", ", o.articleIds()) + ")");
      if (o.headline() != null) out.println("   Headline: " + o.headline());
      if (o.tone() != null) out.println("   Tone: " + tone(o.tone()));
      if (!o.copies().isEmpty()) out.println("   Near-copies: " + String.join(", ", o.copies()));
      facts("   Only here", o.only(), out);
    }
    out.println();
    out.println("== Reported by all outlets");
    facts("", sbs.common(), out);
    if (!sbs.disagreements().isEmpty()) {
      out.println();
      out.println("== Disagreements");
      for (SideBySide.Disagreement d : sbs.disagreements()) {
        out.println("   " + d.kind() + ": " + d.about());
        for (Map.Entry<String, String> v : d.values().entrySet()) out.println("      " + v.getKey() + ": " + v.getValue());
      }
    }
    if (!sbs.framing().isEmpty()) {
      out.println();
      out.println("== How each outlet frames it");
      for (SideBySide.Framing f : sbs.framing()) {
        out.println("   " + f.kind() + ": " + f.about());
        for (Map.Entry<String, List<String>> v : f.byOutlet().entrySet()) {
          out.println("      " + v.getKey() + ": " + (v.getValue().isEmpty() ? "-" : String.join(", ", v.getValue())));
        }
      }
    }
    out.println();
    out.println("== Events");
    for (Event e : stories.events(s.storyId())) {
      out.printf("   %d %s %s -> %s %s  mentions %d, articles %d, sources %d%n", e.eventId(),
          e.date() == null ? "undated" : e.date(), e.source() == null ? "?" : e.source().code(),
          e.target() == null ? "-" : e.target().code(), e.code(), e.numMentions(), e.numArticles(), e.numSources());
    }
  }

  private static void facts(String heading, java.util.List<SideBySide.Fact> facts, PrintStream out) {
    String kind = null;
    for (SideBySide.Fact f : facts) {
      if (!f.kind().equals(kind)) {
        kind = f.kind();
        out.println((heading.isEmpty() ? "   " : heading + ", ") + plural(kind) + ":");
      }
      out.println("     - " + f.text());
    }
  }

  private static String plural(String kind) {
    return switch (kind) {
      case "claim" -> "sentences";
      case "phrase" -> "words";
      default -> kind + "s";
    };
  }

  private static String tone(Tone t) {
    return String.format("%+.1f (positive %.1f%%, negative %.1f%%)", t.tone(), t.positive(), t.negative());
  }
}
