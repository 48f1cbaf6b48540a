package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.embed.Encoder;
import org.newsgraph.events.learned.Heads;
import org.newsgraph.events.learned.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph train}: rebuilds the learned heads from a data folder, optionally cross-validating first. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Rebuilds the learned event heads (five-way quad class, CAMEO root) from labelled",
        "sentences: DATA/multicoped/quadclass-train.tsv (sentence TAB class 0..4),",
        "DATA/petrarch2-unittest/PETR.UnitTest.records.xml (PETRARCH validation records), the CAMEO",
        "codebook and our bundled example sentences. With --cv, first prints cross-validated figures",
        "of the whole coder (patterns + vote). The engine uses heads from a folder when started with", "-Dnewsgraph.heads=DIR (e.g. NEWSGRAPH_JAVA_OPTS=-Dnewsgraph.heads=DIR ./newsgraph analyze ...)."})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Folder laid out like ../shared/eval. Default: ../shared/eval")
  Path data = Path.of("..", "shared", "eval");

  @Option(names = "--codebook", paramLabel = "FILE", description = "CAMEO codebook (code TAB description). Default: ../shared/reference/cameo/CAMEO.eventcodes.txt")
  Path codebook = Path.of("..", "shared", "reference", "cameo", "CAMEO.eventcodes.txt");

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the heads (none written when absent).")
  Path out;

  @Option(names = "--cv", paramLabel = "K", arity = "0..1", fallbackValue = "5",
      description = "Cross-validate over K folds first (default K: 5).")
  Integer cv;

  @Override public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      System.err.println("newsgraph train: " + data + ": no such folder");
      return 2;
    }
    Trainer t = new Trainer(Encoder.shared(), System.out);
    List<Trainer.Example> examples = t.examples(data, codebook);
    if (examples.isEmpty()) {
      System.err.println("newsgraph train: " + data + ": no labelled sentences found");
      return 2;
    }
    System.out.println("encoder: " + Encoder.shared().name());
    List<Trainer.Row> rows = t.rows(examples);
    if (cv != null) t.crossValidate(rows, cv).print(System.out);
    if (out != null) {
      Heads h = t.fit(rows);
      h.write(out);
      System.out.println("wrote " + out + " (C " + h.info().getProperty("c") + ", threshold " + h.threshold() + ")");
    }
    return 0;
  }
}
