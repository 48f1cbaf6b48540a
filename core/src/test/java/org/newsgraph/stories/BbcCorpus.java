package org.newsgraph.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The BBC corpus of ../shared/corpora/bbc as pre-analysed {@link StoryArticle}s with synthetic
 * publication dates, for tests and the clustering benchmark (no models needed).
 */
final class BbcCorpus {
  record Text(String id, String category, String title, String body) {}

  private BbcCorpus() {}

  static Path root() {
    return Path.of(System.getProperty("ng.shared", "/work/shared"), "corpora", "bbc");
  }

  static boolean available() {
    return Files.isDirectory(root());
  }

  /** All texts, sorted by id ("business/001.txt"); the first line is the headline. */
  static List<Text> texts() {
    List<Text> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String id = root().relativize(p).toString();
        if (!id.contains("/")) continue;
        String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        int nl = raw.indexOf('\n');
        out.add(new Text(id, id.substring(0, id.indexOf('/')), raw.substring(0, Math.max(0, nl)).strip(),
            raw.substring(nl + 1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Copy {@code round} of the corpus: ids prefixed "r{round}/", dates spread over {@code days}
   * days starting {@code round * stride} days after 2020-01-01 (deterministic from the id).
   */
  static List<StoryArticle> round(List<Text> texts, int round, int days, int stride) {
    LocalDate base = LocalDate.of(2020, 1, 1).plusDays((long) round * stride);
    List<StoryArticle> out = new ArrayList<>(texts.size());
    for (Text t : texts) {
      int day = Math.floorMod(t.id().hashCode() * 31 + round, days);
      out.add(StoryArticle.of("r" + round + "/" + t.id(), "outlet-" + Math.floorMod(t.id().hashCode(), 7),
          base.plusDays(day), t.title(), t.body()));
    }
    out.sort(java.util.Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id));
    return out;
  }
}
