package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.read.Article;
import scala.Tuple3;

/**
 * Analyses one partition of articles (JSON) with the executor's engine (loaded once per JVM, see
 * {@link Engines}). Emits (kind, key, json): "analyzed" with the slim analysed article
 * ({@link Json#slim}), "keys" with its blocking keys ({@link BlockKeys}), or "reject" with
 * {path, reason} when the analysis fails: a bad article never fails the task.
 */
final class Analysis implements MapPartitionsFunction<String, Tuple3<String, String, String>> {
  static final String ANALYZED = "analyzed";
  static final String KEYS = "keys";
  static final String REJECT = "reject";

  @Override
  public Iterator<Tuple3<String, String, String>> call(Iterator<String> input) {
    List<Tuple3<String, String, String>> out = new ArrayList<>();
    while (input.hasNext()) {
      Article article = Json.article(input.next());
      try {
        AnalyzedArticle analyzed = Engines.get().analyze(article);
        String slim = Json.slim(analyzed);
        String keys = Json.write(BlockKeys.of(analyzed));
        out.add(new Tuple3<>(ANALYZED, article.id(), slim));
        out.add(new Tuple3<>(KEYS, article.id(), keys));
      } catch (RuntimeException | StackOverflowError e) {
        out.add(reject(article, "analysis failed: " + message(e)));
      }
    }
    return out.iterator();
  }

  static Tuple3<String, String, String> reject(Article a, String reason) {
    return reject(a.path() == null ? a.id() : a.path(), reason);
  }

  static Tuple3<String, String, String> reject(String path, String reason) {
    return new Tuple3<>(REJECT, path, Json.write(Map.of("path", path, "reason", reason)));
  }

  static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
  }
}
