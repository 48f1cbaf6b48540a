package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.watch.WatchOptions;
import picocli.CommandLine;
import org.newsgraph.server.Server;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.stories.Stories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Serves the store as a web page and an HTTP JSON API (see docs/api.md): stories with their "
            + "outlets side by side, events, actors' timelines, articles and search.",
        "The store is opened read-only, so analyze cannot write to it while it is served (DuckDB "
            + "has one writer per file). To add news while serving, give --watch: the server polls those "
            + "feeds and sitemaps itself (as newsgraph watch does) and the page and API show new "
            + "articles as they are stored. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", description = "Store to serve (default: ${DEFAULT-VALUE}).",
      defaultValue = "newsgraph.db")
  Path db;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "7070")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Give 0.0.0.0 to serve other machines.",
      defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--watch", paramLabel = "SOURCE", arity = "1..*",
      description = "Feeds or sitemaps (URLs or files) to poll while serving; the store is then opened for writing.")
  List<String> watch;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = Durations.class,
      description = "With --watch: time between polls (30s, 15m, 2h). Default: ${DEFAULT-VALUE}")
  Duration every;

  @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s", converter = Durations.class,
      description = "With --watch: least time between two requests to one host. Default: ${DEFAULT-VALUE}")
  Duration delay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = Durations.class,
      description = "With --watch: longest one request may take. Default: ${DEFAULT-VALUE}")
  Duration timeout;

  @Option(names = "--threads", paramLabel = "N",
      description = "With --watch: articles analysed in parallel. Default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() throws InterruptedException {
    if (watch != null && !watch.isEmpty()) return serveWatching();
    if (port < 0 || port > 65535) {
      System.err.println("newsgraph serve: --port must be between 0 and 65535");
      return 2;
    }
    Newsgraph ng;
    try {
      ng = Newsgraph.openReadOnly(db);
    } catch (StoreException e) {
      System.err.println("newsgraph serve: " + e.getMessage());
      return 1;
    }
    Stories stories = null;
    try {
      stories = ng.stories(); // kept next to the store by analyze
    } catch (RuntimeException e) {
      System.err.println("newsgraph serve: " + e.getMessage() + "; outlets are compared by their stored events only");
    }
    Server started;
    try {
      started = Server.start(ng.store(), stories, host, port);
    } catch (RuntimeException e) {
      ng.close();
      System.err.println("newsgraph serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    try (ng; Server server = started) {
      if (!isLoopback(host)) {
        System.err.println("newsgraph serve: listening on " + host + ": other machines can read this store");
      }
      System.err.println("newsgraph serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
          + server.port() + "/  (Ctrl-C to stop)");
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.join();
    }
    return 0;
  }

  /** One process, one writer: the watcher stores, the server reads the same store and is refreshed after each round. */
  private Integer serveWatching() throws InterruptedException {
    if (port < 0 || port > 65535) {
      System.err.println("newsgraph serve: --port must be between 0 and 65535");
      return 2;
    }
    if (every.isZero()) throw new CommandLine.ParameterException(spec.commandLine(), "--every must be positive");
    WatchOptions options = WatchCommand.options(spec, timeout, delay, WatchOptions.DEFAULT_MAX_BYTES, threads);
    Newsgraph ng;
    try {
      ng = Newsgraph.open(db);
    } catch (RuntimeException e) {
      System.err.println("newsgraph serve: " + e.getMessage());
      return 1;
    }
    Server started;
    try {
      started = Server.start(ng.store(), loadStories(ng), host, port);
    } catch (RuntimeException e) {
      ng.close();
      System.err.println("newsgraph serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    try (ng; Server server = started) {
      System.err.println("newsgraph serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
          + server.port() + "/  watching " + watch.size() + " source(s) every " + every.toMinutes() + " min (Ctrl-C to stop)");
      Thread watcher = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            Newsgraph.Summary s = ng.watch(watch, options, threads, new Newsgraph.Progress() {
              @Override public void rejected(org.newsgraph.read.Rejection r) {
                System.err.println(r);
              }
            });
            if (s.stored() > 0) server.refresh(loadStories(ng));
            System.err.println("newsgraph serve: " + WatchCommand.line(s));
          } catch (RuntimeException e) {
            System.err.println("newsgraph serve: watch round failed: " + e.getMessage());
          }
          try {
            Thread.sleep(every.toMillis());
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "newsgraph-watch");
      watcher.setDaemon(true);
      watcher.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.join();
      watcher.interrupt();
    }
    return 0;
  }

  private static Stories loadStories(Newsgraph ng) {
    try {
      return ng.stories();
    } catch (RuntimeException e) {
      System.err.println("newsgraph serve: " + e.getMessage() + "; outlets are compared by their stored events only");
      return null;
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
