package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.Explain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Prints why an event was coded: each mention's sentence, actors, trigger, "
    + "matched pattern (file:line), date source and mode.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EVENT_ID", description = "An event_id as exported.")
  long eventId;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: newsgraph.db).")
  Path db = Path.of("newsgraph.db");

  @Override public Integer call() {
    if (!Files.isRegularFile(db)) {
      System.err.println(db + ": no such store");
      return 1;
    }
    try (Newsgraph ng = Newsgraph.open(db)) {
      List<EventMention> mentions = ng.store().eventMentions(eventId);
      if (mentions.isEmpty()) {
        System.err.println(db + ": no event " + eventId);
        return 1;
      }
      System.out.print(Explain.of(eventId, mentions, Cameo.bundled()));
      return 0;
    }
  }
}
