package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.stories.Stories;
import org.newsgraph.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "List the stories of a store, newest first, with their outlets.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {"A story groups the articles about one happening across outlets. Each line shows the",
        "story id (for 'newsgraph story ID'), the last publication date, how many articles and",
        "outlets, and the most representative headline."},
    optionListHeading = "%nOptions:%n", footerHeading = "%nExamples:%n",
    footer = {"  newsgraph stories", "  newsgraph stories --db news.db --limit 20"})
final class StoriesCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to read. Default: ${DEFAULT-VALUE}")
  Path db;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Show at most N stories (0: all).")
  int limit;

  @Override public Integer call() {
    PrintStream out = System.out;
    Path state = Stories.stateFile(db);
    if (!Files.exists(state)) {
      System.err.println("newsgraph stories: no stories for " + db + " (run 'newsgraph analyze PATH --db " + db + "' first)");
      return 1;
    }
    try {
      List<Story> stories = Stories.load(state).stories();
      int n = limit > 0 ? Math.min(limit, stories.size()) : stories.size();
      out.printf("%d %s%s%n", stories.size(), stories.size() == 1 ? "story" : "stories",
          n < stories.size() ? ", newest " + n : "");
      for (Story s : stories.subList(0, n)) {
        out.printf("%-14s %-10s %3d article%s %3d outlet%s  %s%n", s.storyId(),
            s.lastPublished() == null ? "undated" : s.lastPublished(), s.articleIds().size(),
            s.articleIds().size() == 1 ? " " : "s", s.sources().size(), s.sources().size() == 1 ? " " : "s",
            s.title() == null ? "(no headline)" : s.title());
      }
      return 0;
    } catch (RuntimeException e) {
      System.err.println("newsgraph stories: " + e.getMessage());
      return 1;
    }
  }
}
