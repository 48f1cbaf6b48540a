package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Read news articles, find their entities, quotes and events, and store them.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {
        "Reads every PATH (a file, a directory searched recursively, or - for JSON Lines on "
            + "standard input): plain text, Markdown, HTML and JSON Lines articles. Each article is "
            + "annotated (sentences, names, dates); its entities, quotes, amounts, tone and CAMEO "
            + "events are found; and everything is written to the store (--db).",
        "",
        "Articles already stored with the same content are skipped, so running again is fast; "
            + "a changed article replaces its old version.",
        "",
        "Inputs that cannot be read are reported on standard error as 'path: reason' and skipped. "
            + "The exit code is 0 when the run completed, even with such rejections.",
        "",
        "Then look at the results with: newsgraph export events --db FILE"},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  newsgraph analyze samples/",
        "  newsgraph analyze --db news.db --threads 2 articles/ more.jsonl",
        "  cat feed.jsonl | newsgraph analyze - --source Reuters --published 2014-11-20"})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "File, directory, or - for JSON Lines on standard input.")
  List<String> paths;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to write (created if missing). Default: ${DEFAULT-VALUE}")
  Path db;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that do not state one (never overrides theirs).")
  String published;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Outlet name for articles that do not state one (never overrides theirs).")
  String source;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles analysed in parallel. Default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dictionaries", paramLabel = "SPEC",
      description = "Code with other dictionaries: petrarch:DIR for PETRARCH/TABARI verb, actor, agent and "
          + "discard files, or DIR for files of newsgraph's own format added to the bundled ones.")
  String dictionaries;

  @Option(names = "--force", description = "Analyse every article again, even unchanged ones (e.g. after an upgrade).")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--published must be a date like 2014-11-20, not '" + published + "'");
      }
    }
    if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    PrintStream err = System.err;
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    try (Newsgraph ng = dictionaries == null ? Newsgraph.open(db) : Newsgraph.open(db, dictionaries)) {
      Newsgraph.Summary s = ng.force(force)
          .analyze(paths, new ReadOptions(date, source, ReadOptions.DEFAULT_MAX_BYTES), threads, progress);
      progress.finish();
      PrintStream out = System.out;
      out.printf(Locale.ROOT, "Analysed into %s in %s (%s articles/s):%n", db, time(s.elapsed()),
          rate(s.stored() / Math.max(0.001, s.elapsed().toMillis() / 1000.0)));
      out.printf(Locale.ROOT, "  articles stored  %,8d%n", s.stored());
      out.printf(Locale.ROOT, "  unchanged        %,8d%n", s.unchanged());
      out.printf(Locale.ROOT, "  rejected         %,8d%n", s.rejected());
      out.printf(Locale.ROOT, "  entities         %,8d%n", s.entities());
      out.printf(Locale.ROOT, "  events           %,8d%n", s.events());
      if (s.notEnglish() > 0) {
        out.printf(Locale.ROOT, "  not English      %,8d  (stored and marked with their language; not event-coded)%n",
            s.notEnglish());
      }
      out.flush();
      return 0;
    } catch (RuntimeException e) {
      progress.finish();
      err.println("newsgraph analyze: " + e.getMessage());
      return 1;
    }
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, perSecond < 1 ? "%.2f" : "%.1f", perSecond);
  }

  static String time(Duration d) {
    long s = d.toSeconds();
    if (s < 60) return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    if (s < 3600) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }

  /**
   * On a terminal, one line redrawn in place: a bar, articles done of the total, articles/s and
   * ETA. Otherwise a plain progress line every few seconds. Rejections always get their own line.
   */
  static final class ProgressLine implements Newsgraph.Progress {
    private final PrintStream err;
    private final boolean terminal;
    private final long everyNanos;
    private long last;
    private boolean drawn;
    private Newsgraph.Status latest;
    private boolean latestShown;
    private final String label;

    ProgressLine(PrintStream err, boolean terminal) {
      this(err, terminal, "analyze");
    }

    ProgressLine(PrintStream err, boolean terminal, String label) {
      this.label = label;
      this.err = err;
      this.terminal = terminal;
      this.everyNanos = terminal ? 200_000_000L : 5_000_000_000L;
    }

    @Override public void rejected(Rejection r) {
      clear();
      err.println(r);
    }

    @Override public void update(Newsgraph.Status s) {
      latest = s;
      latestShown = false;
      long now = System.nanoTime();
      if (now - last < everyNanos || s.read() == 0) return;
      last = now;
      latestShown = true;
      String line = line(s);
      if (terminal) {
        err.print("\r" + line + "\033[K");
        drawn = true;
      } else {
        err.println("analyze: " + line);
      }
      err.flush();
    }

    static String line(Newsgraph.Status s) {
      String total = s.readingDone() ? String.valueOf(s.read()) : s.read() + "+";
      StringBuilder sb = new StringBuilder();
      if (s.readingDone() && s.read() > 0) {
        int width = 24, full = (int) ((long) width * s.done() / s.read());
        sb.append('[').append("#".repeat(full)).append(".".repeat(width - full)).append("] ");
      }
      sb.append(String.format(Locale.ROOT, "%d/%s articles, %s articles/s", s.done(), total, rate(s.perSecond())));
      Duration eta = s.eta();
      if (eta != null && s.done() < s.read()) sb.append(", ETA ").append(time(eta));
      if (s.rejected() + s.failed() > 0) sb.append(", ").append(s.rejected() + s.failed()).append(" rejected");
      return sb.toString();
    }

    /** Clears the bar; when not on a terminal, prints the final state if it was not shown yet. */
    void finish() {
      clear();
      if (!terminal && latest != null && !latestShown && latest.done() > 0) {
        err.println(label + ": " + line(latest));
        latestShown = true;
      }
    }

    private void clear() {
      if (drawn) {
        err.print("\r\033[K");
        err.flush();
        drawn = false;
      }
    }
  }
}
