package org.newsgraph.cli;

import java.io.PrintStream;
import org.newsgraph.query.Hits;
import org.newsgraph.query.Query;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Find the articles whose title or text contains TEXT.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {"Newest first. Each hit shows the article id, date, outlet, headline and story, then",
        "the words around the first match. Any case; % and _ are taken literally."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", footerHeading = "%nExamples:%n",
    footer = {"  newsgraph search Kremlin", "  newsgraph search \"Choe Ryong Hae\" --limit 5 --db news.db"})
final class SearchCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for (at least 2 characters).")
  String text;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N articles. Default: ${DEFAULT-VALUE}")
  int limit;

  @Override int run(Query query, PrintStream out) {
    String q = text.strip();
    if (q.length() < 2) throw new CommandLine.ParameterException(spec.commandLine(), "TEXT: give at least 2 characters");
    if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit: must be 1 or more");
    Hits hits = query.search(q, limit, 0);
    out.println(count(hits.total(), "article") + " with \"" + q + "\""
        + (hits.articles().size() < hits.total() ? ", newest " + hits.articles().size() : ""));
    for (Hits.Hit h : hits.articles()) {
      out.println(h.id() + "  " + (h.published() == null ? "undated" : h.published()) + "  "
          + (h.source() == null ? "-" : h.source()) + "  " + (h.title() == null ? "(no headline)" : h.title())
          + (h.storyId() == null ? "" : "  story " + h.storyId()));
      out.println("    " + h.snippet());
    }
    return 0;
  }
}
