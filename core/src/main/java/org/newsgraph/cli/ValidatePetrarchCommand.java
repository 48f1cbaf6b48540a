package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.events.petrarch.PetrarchCoder;
import org.newsgraph.events.petrarch.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph validate-petrarch FILE.xml}: runs a PETRARCH validation file and prints the pass rate. */
@Command(name = "validate-petrarch", mixinStandardHelpOptions = true,
    description = "Codes a PETRARCH validation file (its <Environment> names the dictionaries) from its gold "
        + "parses, prints each failing record and the share of expected codings found (exact source, target, code).")
final class ValidatePetrarchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.xml", description = "PETRARCH validation file, e.g. PETR.UnitTest.records.xml")
  Path file;

  @Option(names = "--all", description = "Also print records that pass.")
  boolean all;

  @Option(names = "--quiet", description = "Print the summary only.")
  boolean quiet;

  @Option(names = "--coder", paramLabel = "petrarch|newsgraph", defaultValue = "petrarch",
      description = "petrarch: the PETRARCH-compatible pattern coder (default); newsgraph: our dependency "
          + "coder with the dictionaries converted to our pattern model.")
  String coderName;

  @Option(names = "--require-dyad", description = "Code no event without a target (PETRARCH's require_dyad).")
  boolean requireDyad;

  @Option(names = "--show", paramLabel = "ID", description = "Print one record's tokens, dependencies and codings, then stop.")
  String show;

  @Override public Integer call() throws Exception {
    PrintStream out = System.out;
    Validation v;
    PetrarchCoder coder;
    try {
      v = Validation.read(file);
      coder = new PetrarchCoder(v.dictionaries(), requireDyad);
    } catch (java.io.IOException e) {
      System.err.println("newsgraph validate-petrarch: " + e.getMessage());
      return 2;
    }
    if (show != null) {
      for (Validation.Record r : v.records()) {
        if (!r.id().equals(show)) continue;
        org.newsgraph.annotate.Document doc = org.newsgraph.annotate.Trees.document(
            new org.newsgraph.read.Article(r.id(), r.id(), null, null, null, null, r.date(), null, "", null, null, null),
            r.parse());
        for (org.newsgraph.annotate.Sentence s : doc.sentences()) {
          for (org.newsgraph.annotate.Token t : s.tokens()) out.println(t.index() + "\t" + t.word() + "\t" + t.lemma() + "\t" + t.pos());
          for (org.newsgraph.annotate.Dependency d : s.dependencies()) {
            out.println("  " + d.relation() + "(" + (d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor())
                + ", " + s.tokens().get(d.dependent()).word() + "-" + d.dependent() + ")");
          }
        }
        for (PetrarchCoder.Coding c : coder.code(doc, r.date())) out.println(c);
        out.println("expected: " + r.expected());
        return 0;
      }
      System.err.println("newsgraph validate-petrarch: no record " + show);
      return 2;
    }
    Validation.Report report;
    if (coderName.equals("newsgraph")) report = v.run(Validation.newsgraph(v.dictionaries()));
    else if (coderName.equals("petrarch")) report = v.run(coder);
    else {
      System.err.println("newsgraph validate-petrarch: --coder must be petrarch or newsgraph");
      return 2;
    }
    Map<String, int[]> byCategory = new LinkedHashMap<>();
    int failing = 0;
    for (Validation.Outcome o : report.outcomes()) {
      if (!o.included()) continue;
      int[] c = byCategory.computeIfAbsent(o.record().category(), k -> new int[2]);
      c[0] += o.found().size();
      c[1] += o.record().expected().size();
      if (o.passed()) {
        if (all && !quiet) out.println("PASS " + o.record().id());
        continue;
      }
      failing++;
      if (quiet) continue;
      out.println("FAIL " + o.record().id() + " [" + o.record().category() + ", " + o.record().date() + "]");
      out.println("  text:     " + o.record().text());
      out.println("  expected: " + (o.record().noEvents() ? "no events" : o.record().expected()));
      out.println("  got:      " + o.got());
      if (o.error() != null) out.println("  error:    " + o.error());
    }
    out.println();
    for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
      out.printf("  %-10s %3d / %3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    out.printf("%s: %d of %d expected codings found (%.1f%%), %d other codings, %d failing records, %d crashed%n",
        file.getFileName(), report.found(), report.expected(), 100 * report.rate(), report.extra(), failing,
        report.crashed());
    return 0;
  }
}
