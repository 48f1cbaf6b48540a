package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "explain", description = "Not built yet.")
final class ExplainCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph explain: not built yet");
    return 2;
  }
}
