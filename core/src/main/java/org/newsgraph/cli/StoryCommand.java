package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "story", description = "Not built yet.")
final class StoryCommand implements Callable<Integer> {
  @Override public Integer call() {
    System.err.println("newsgraph story: not built yet");
    return 2;
  }
}
