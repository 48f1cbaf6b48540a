package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Not built yet.")
final class BenchCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph bench: not built yet");
    return 2;
  }
}
