package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: a thin shell over {@link org.newsgraph.Newsgraph}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
    description = "Turns news articles into CAMEO-coded events, entities, quotes and stories.",
    subcommands = {AnalyzeCommand.class, ExportCommand.class, StoriesCommand.class, StoryCommand.class,
        EventsCommand.class, ActorCommand.class, SearchCommand.class,
        ExplainCommand.class, ServeCommand.class, BenchCommand.class, ValidatePetrarchCommand.class, TrainCommand.class, WatchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
