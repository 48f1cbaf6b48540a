package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.Newsgraph;
import org.newsgraph.query.Query;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * A read-only command over the query layer (events, actor, search): opens the store read-only,
 * so it runs beside a server, and never creates one.
 */
abstract class QueryCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsgraph.db",
      description = "The store to read. Default: ${DEFAULT-VALUE}")
  Path db;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Prints the answer to {@code out}; returns the exit code. */
  abstract int run(Query query, PrintStream out);

  @Override public Integer call() {
    String name = "newsgraph " + spec.name();
    if (!Files.exists(db)) {
      System.err.println(name + ": no store at " + db + " (run 'newsgraph analyze PATH --db " + db + "' first)");
      return 1;
    }
    try (Newsgraph ng = Newsgraph.openReadOnly(db)) {
      return run(new Query(ng.store()), System.out);
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (RuntimeException e) {
      System.err.println(name + ": " + e.getMessage());
      return 1;
    }
  }

  /** A value checked by {@link org.newsgraph.query.Checks}; its refusal is a usage error (exit 2). */
  <T> T checked(Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** "1 event", "2 events". */
  static String count(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
