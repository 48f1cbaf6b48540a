package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.export.Format;
import org.newsgraph.store.Kind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Write what the store holds as JSON Lines, GDELT tables or Parquet.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {
        "KIND is one of:",
        "  articles  each article with its entities, quotes, amounts and tone",
        "  events    one record per distinct event: who did what to whom, when,",
        "            where, with every mention (article, sentence, span, why)",
        "  mentions  one record per report of an event in a sentence",
        "  stories   articles about the same happening, across outlets",
        "",
        "FORMAT is one of:",
        "  jsonl     one JSON object per line (the default)",
        "  parquet   columns with nested lists, for DuckDB, pandas, Spark",
        "  gdelt     GDELT 2.0 tables, tab-separated, no header: the 61-column",
        "            Event table for events, the Mentions table for mentions;",
        "            only events that happened (GDELT has no field for planned,",
        "            hypothetical or negated events)",
        "",
        "Without --out, the records go to standard output, and nothing else does."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  newsgraph export events > events.jsonl",
        "  newsgraph export articles --format parquet --out articles.parquet",
        "  newsgraph export events --format gdelt --out events.tsv --db news.db"})
final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "KIND", description = "articles, events, mentions or stories.")
  String kind;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to read. Default: ${DEFAULT-VALUE}")
  Path db;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl, gdelt or parquet. Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write (replaced). Default: standard output.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    Kind k = parse(Kind.class, kind, "KIND must be articles, events, mentions or stories, not '" + kind + "'");
    Format f = parse(Format.class, format, "--format must be jsonl, gdelt or parquet, not '" + format + "'");
    if (f == Format.GDELT && k != Kind.EVENTS && k != Kind.MENTIONS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format gdelt is for events and mentions (GDELT has no " + k.label() + " table)");
    }
    PrintStream err = System.err;
    if (!Files.exists(db)) {
      err.println("newsgraph export: no store at " + db + " (run 'newsgraph analyze PATH --db " + db + "' first)");
      return 1;
    }
    try (Newsgraph ng = Newsgraph.open(db)) {
      if (out == null) {
        ng.export(k, f, System.out);
      } else {
        long n = ng.export(k, f, out);
        err.println("Wrote " + n + " " + k.label() + " to " + out);
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("newsgraph export: " + e.getMessage());
      return 1;
    }
  }

  private <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) return e;
    }
    throw new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
