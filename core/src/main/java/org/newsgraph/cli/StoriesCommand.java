package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stories", description = "Not built yet.")
final class StoriesCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph stories: not built yet");
    return 2;
  }
}
