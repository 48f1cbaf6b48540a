package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;
import org.newsgraph.query.Checks;
import org.newsgraph.query.EventFilter;
import org.newsgraph.query.Page;
import org.newsgraph.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "List the events of a store, oldest first, filtered.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {"Each line shows the event id (for the web page's #/event/ID), its date, source and",
        "target actor codes, CAMEO code and mode, how many mentions and outlets report it, and",
        "its story. Dates compare at the event's own precision: an event of 2014-11 is within",
        "--from 2014-11-18. With --json, one event record per line (docs/interfaces.md)."},
    optionListHeading = "%nOptions:%n", footerHeading = "%nExamples:%n",
    footer = {"  newsgraph events --actor RUS --from 2014-11", "  newsgraph events --code 04 --limit 20 --json"})
final class EventsCommand extends QueryCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--actor", paramLabel = "CODE", description = "Events with this actor on either side (RUS covers RUSGOV).")
  String actor;

  @Option(names = "--code", paramLabel = "PREFIX", description = "Events whose CAMEO code starts so (04 covers 043).")
  String code;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before DATE.")
  String to;

  @Option(names = "--story", paramLabel = "ID", description = "Events of this story ('newsgraph stories' lists them).")
  String story;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Show at most N events (0: all).")
  int limit;

  @Option(names = "--json", description = "One JSON record per line instead of text.")
  boolean json;

  @Override int run(Query query, PrintStream out) {
    EventFilter f = checked(() -> new EventFilter(Checks.date("--from", from), Checks.date("--to", to),
        actor == null ? null : List.of(Checks.actor("--actor", actor)), null, null, null, null,
        code == null ? null : List.of(Checks.code("--code", code)), 0, story, null));
    Page page = query.events(f, limit > 0 ? limit : Integer.MAX_VALUE, 0);
    if (!json) {
      out.println(count(page.total(), "event") + (page.items().size() < page.total() ? ", first " + page.items().size() : ""));
    }
    for (JsonNode e : page.items()) out.println(json ? line(e) : text(e));
    return 0;
  }

  /** {@code id date source -> target code mode  mentions n, sources n  story s}. */
  static String text(JsonNode e) {
    return String.format("%d %-10s %s -> %s %s %s  mentions %d, sources %d%s", e.path("event_id").asLong(),
        e.path("date").asText("undated"), e.path("source").path("code").asText("?"),
        e.path("target").path("code").asText("-"), e.path("code").asText(), e.path("mode").asText("actual"),
        e.path("num_mentions").asLong(), e.path("num_sources").asLong(),
        e.hasNonNull("story_id") ? "  story " + e.get("story_id").asText() : "");
  }

  static String line(JsonNode e) {
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }
}
