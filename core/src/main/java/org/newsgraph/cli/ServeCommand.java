package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        "The store is opened read-only, so analyze cannot write to it while it is served. "
            + "Stop with Ctrl-C."})
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

  @Override public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      System.err.println("newsgraph serve: --port must be between 0 and 65535");
      return 2;
    }
    Store store;
    try {
      store = Store.openReadOnly(db);
    } catch (StoreException e) {
      System.err.println("newsgraph serve: " + e.getMessage());
      return 1;
    }
    Stories stories = null;
    try {
      stories = Stories.load(Stories.stateFile(db)); // kept next to the store by analyze
    } catch (RuntimeException e) {
      System.err.println("newsgraph serve: " + e.getMessage() + "; outlets are compared by their stored events only");
    }
    Server started;
    try {
      started = Server.start(store, stories, host, port);
    } catch (RuntimeException e) {
      store.close();
      System.err.println("newsgraph serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    try (store; Server server = started) {
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

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
