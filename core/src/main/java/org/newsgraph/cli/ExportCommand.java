package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", description = "Not built yet.")
final class ExportCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph export: not built yet");
    return 2;
  }
}
