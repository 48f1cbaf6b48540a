package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.engine.Engine;
import org.newsgraph.Newsgraph;
import org.newsgraph.export.Format;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.store.Kind;

/**
 * The single-machine run the job must match: the CLI's analyze path ({@link Newsgraph#analyze})
 * into a store, the stories stage over all articles at once written to the store by
 * {@link org.newsgraph.stories.StoreSync}, then the CLI's Parquet export of each kind.
 */
final class Reference {
  private Reference() {}

  /** Writes {@code out/<kind>.parquet} for every kind; returns the rejections as "path: reason". */
  static List<String> run(List<String> inputs, ReadOptions options, Path out) {
    Engine engine = Engine.standard();
    List<AnalyzedArticle> analyzed = Collections.synchronizedList(new ArrayList<>());
    List<String> rejected = new ArrayList<>();
    try (Newsgraph ng = Newsgraph.open(out.resolve("reference.db"), a -> {
      AnalyzedArticle r = engine.analyze(a);
      analyzed.add(r);
      return r;
    })) {
      ng.analyze(inputs, options, 2, new Newsgraph.Progress() {
        @Override public void rejected(org.newsgraph.read.Rejection r) {
          rejected.add(r.toString());
        }
      });
      Clusters.stories(ng.store(), new ArrayList<>(analyzed));
      for (Kind kind : Kind.values()) ng.export(kind, Format.PARQUET, out.resolve(kind.label() + ".parquet"));
      return rejected;
    }
  }
}
