package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate-petrarch", description = "Not built yet.")
final class ValidatePetrarchCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph validate-petrarch: not built yet");
    return 2;
  }
}
