package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.newsgraph.query.Checks;
import org.newsgraph.query.Query;
import org.newsgraph.query.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actor", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Show one actor's cooperation and conflict over time.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {"Per day, week or month: how many events the actor took part in, the sum of their",
        "positive Goldstein scores (cooperation), of their negative ones (conflict) and both.",
        "Only events dated to the day count there. Then its ten most frequent counterparts.",
        "The code matches as a prefix: RUS covers RUSGOV and RUSMIL."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", footerHeading = "%nExamples:%n",
    footer = {"  newsgraph actor RUS", "  newsgraph actor PRKGOV --by week --db news.db"})
final class ActorCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "CODE", description = "A CAMEO actor code such as RUS or PRKGOV.")
  String code;

  @Option(names = "--by", paramLabel = "day|week|month", defaultValue = "day",
      description = "Width of a step of the timeline. Default: ${DEFAULT-VALUE}")
  String by;

  @Override int run(Query query, PrintStream out) {
    String actor = checked(() -> Checks.actor("CODE", code));
    Timeline.By step = checked(() -> {
      try {
        return Timeline.By.of(by);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--by: " + e.getMessage(), e);
      }
    });
    Optional<Timeline> found = query.actor(actor, step);
    if (found.isEmpty()) {
      System.err.println("newsgraph actor: no events with actor " + actor + " in " + db);
      return 1;
    }
    Timeline t = found.get();
    out.println(t.code() + " " + (t.name() == null ? "" : t.name() + " ") + (t.country() == null ? "" : "(" + t.country()
        + ") ") + count(t.events(), "event") + ", by " + t.by().label());
    if (t.timeline().isEmpty()) out.println("  (no events dated to the day)");
    for (Timeline.Bucket b : t.timeline()) {
      out.printf("  %-10s %4d event%s  cooperation %+7.1f  conflict %+7.1f  net %+7.1f%n", b.date(), b.events(),
          b.events() == 1 ? " " : "s", b.cooperation(), b.conflict(), b.goldstein());
    }
    if (!t.counterparts().isEmpty()) out.println("Counterparts:");
    for (Timeline.Counterpart c : t.counterparts()) {
      out.printf("  %-15s %4d event%s  goldstein %+7.1f  %s%n", c.code(), c.events(), c.events() == 1 ? " " : "s",
          c.goldstein(), c.name() == null ? "" : c.name());
    }
    return 0;
  }
}
