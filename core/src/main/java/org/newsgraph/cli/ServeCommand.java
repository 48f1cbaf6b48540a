package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "Not built yet.")
final class ServeCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph serve: not built yet");
    return 2;
  }
}
