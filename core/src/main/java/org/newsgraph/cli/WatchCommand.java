package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.watch.WatchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
    headerHeading = "%n", header = "Poll news feeds and sitemaps; analyse and store each new article once.",
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
    description = {
        "Each SOURCE is an RSS or Atom feed, a sitemap (news sitemaps included) or a sitemap index, "
            + "given as an http(s) URL or a local file. Every page it announces that the store does not "
            + "hold yet is fetched, read, analysed and stored, with its URL as id: announcing a page "
            + "again never stores it twice. The feed's publication time fills a page that lacks one.",
        "",
        "Fetching is polite: robots.txt is obeyed, one host is asked at most once per --delay, "
            + "unchanged feeds cost a conditional GET (ETag / Last-Modified), and each request must "
            + "finish within --timeout and stay under --max-bytes. Pages that fail are reported as "
            + "'url: reason' on standard error and skipped; those worth retrying (timeouts, 5xx) are "
            + "tried again next round.",
        "",
        "Without --once it polls every --every until stopped (Ctrl-C). To serve the store while "
            + "watching, use: newsgraph serve --watch SOURCE..."},
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  newsgraph watch https://example.org/world/rss.xml --once",
        "  newsgraph watch --every 15m --db news.db https://example.org/sitemap-news.xml feeds/agency.xml"})
final class WatchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed or sitemap: an http(s) URL or a local file.")
  List<String> sources;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to write (created if missing). Default: ${DEFAULT-VALUE}")
  Path db;

  @Option(names = "--once", description = "Poll each source once, then stop.")
  boolean once;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = Durations.class,
      description = "Time between polls (30s, 15m, 2h). Default: ${DEFAULT-VALUE}")
  Duration every;

  @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s", converter = Durations.class,
      description = "Least time between two requests to one host. Default: ${DEFAULT-VALUE}")
  Duration delay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = Durations.class,
      description = "Longest one request may take, body included. Default: ${DEFAULT-VALUE}")
  Duration timeout;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
      description = "Largest feed or page accepted, in bytes. Default: ${DEFAULT-VALUE}")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles analysed in parallel. Default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() throws InterruptedException {
    WatchOptions options = options(spec, timeout, delay, maxBytes, threads);
    if (!once && (every.isZero() || every.isNegative())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every must be positive");
    }
    PrintStream err = System.err;
    try (Newsgraph ng = Newsgraph.open(db)) {
      while (true) {
        AnalyzeCommand.ProgressLine progress = new AnalyzeCommand.ProgressLine(err, System.console() != null, "watch");
        Newsgraph.Summary s = ng.watch(sources, options, threads, progress);
        progress.finish();
        System.out.println(line(s));
        System.out.flush();
        if (once) return 0;
        Thread.sleep(every.toMillis());
      }
    } catch (RuntimeException e) {
      err.println("newsgraph watch: " + e.getMessage());
      return 1;
    }
  }

  static WatchOptions options(CommandLine.Model.CommandSpec spec, Duration timeout, Duration delay, long maxBytes,
                              int threads) {
    if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    if (maxBytes < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
    if (timeout.isZero()) throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive");
    return new WatchOptions(timeout, maxBytes, delay, WatchOptions.DEFAULT_AGENT);
  }

  /** One line per round: when, and what it stored. */
  static String line(Newsgraph.Summary s) {
    String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'"));
    return String.format(Locale.ROOT, "%s  %d new articles stored, %d already stored, %d rejected, %d events%s",
        when, s.stored(), s.unchanged(), s.rejected(), s.events(),
        s.notEnglish() > 0 ? ", " + s.notEnglish() + " not English (stored, not event-coded)" : "");
  }
}
