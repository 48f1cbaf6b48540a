package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "analyze", description = "Not built yet.")
final class AnalyzeCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph analyze: not built yet");
    return 2;
  }
}
