package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.engine.AnalyzedArticle;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Format;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;
import org.newsgraph.stories.StoreSync;
import org.newsgraph.stories.Stories;
import org.newsgraph.stories.Story;
import scala.Tuple2;

/**
 * Clusters blocks of analysed articles into stories with the CLI's stories stage and produces
 * the output records with the CLI's store: per partition, a temporary store receives each block's
 * articles, its merged events ({@link Store#mergeEvents}) and stories ({@link Store#writeStories}),
 * and its record views are read back as JSON. A new store is started when a block repeats an
 * article of an earlier one (time chunks overlap), so no block sees another's rows.
 */
final class Clusters {
  private Clusters() {}

  /** Stores analysed articles, then {@link #stories}. */
  static List<Story> apply(Store store, List<AnalyzedArticle> articles) {
    for (int i = 0; i < articles.size(); i += 256) store.write(articles.subList(i, Math.min(articles.size(), i + 256)));
    return stories(store, articles);
  }

  /**
   * Clusters stored articles into stories with the stories stage and brings the store in line
   * with it ({@link StoreSync}: merged events, stories, story ids of articles and events): what a
   * single-machine run does after analysis.
   */
  static List<Story> stories(Store store, List<AnalyzedArticle> articles) {
    Stories stories = new Stories();
    StoreSync.write(store, stories, stories.addAll(articles));
    return stories.stories();
  }

  /** The partition function: blocks (block id, slim analysed articles) in, output records out. */
  static Iterator<Out> partition(Iterator<Tuple2<String, Iterable<String>>> blocks, boolean gdelt) throws IOException {
    List<Out> out = new ArrayList<>();
    Session session = null;
    try {
      while (blocks.hasNext()) {
        Tuple2<String, Iterable<String>> block = blocks.next();
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (String json : block._2()) articles.add(Json.analyzed(json));
        articles.sort(Comparator.comparing(a -> a.document().article().id()));
        if (session == null || session.overlaps(articles)) {
          if (session != null) {
            session.finish(out, gdelt);
            session.close();
            session = null;
          }
          session = new Session();
        }
        session.add(block._1(), articles, out);
      }
      if (session != null) session.finish(out, gdelt);
    } finally {
      if (session != null) session.close();
    }
    return out.iterator();
  }

  /** One temporary store and what it holds. */
  private static final class Session implements AutoCloseable {
    final Path dir;
    final Store store;
    final Set<String> articleIds = new HashSet<>();
    final Map<String, String> nodeOfStory = new HashMap<>();

    Session() throws IOException {
      dir = Files.createTempDirectory("newsgraph-block");
      store = Store.open(dir.resolve("block.db"));
    }

    boolean overlaps(List<AnalyzedArticle> articles) {
      for (AnalyzedArticle a : articles) if (articleIds.contains(a.document().article().id())) return true;
      return false;
    }

    void add(String block, List<AnalyzedArticle> articles, List<Out> out) {
      for (AnalyzedArticle a : articles) articleIds.add(a.document().article().id());
      for (Story s : apply(store, articles)) {
        String node = block + "|" + s.storyId();
        nodeOfStory.put(s.storyId(), node);
        for (String id : s.articleIds()) out.add(new Out(node, Out.PLACE, id, s.storyId()));
      }
    }

    /** Reads every record back, tagged with its story's node. */
    void finish(List<Out> out, boolean gdelt) {
      store.eachRecord(Kind.ARTICLES, r -> out.add(new Out(node(r.storyId()), Kind.ARTICLES.label(), r.key(), r.json())));
      Map<String, String> nodeOfEvent = new HashMap<>();
      store.eachRecord(Kind.EVENTS, r -> {
        String node = node(r.storyId());
        nodeOfEvent.put(r.key(), node);
        out.add(new Out(node, Kind.EVENTS.label(), r.key(), r.json()));
      });
      store.eachRecord(Kind.MENTIONS, r -> out.add(new Out(nodeOfEvent.get(r.key()), Kind.MENTIONS.label(), r.key(), r.json())));
      store.eachRecord(Kind.STORIES, r -> out.add(new Out(node(r.storyId()), Kind.STORIES.label(), r.key(), r.json())));
      if (gdelt) {
        for (Kind kind : List.of(Kind.EVENTS, Kind.MENTIONS)) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          new Exporter(store).write(kind, Format.GDELT, bytes);
          String label = kind == Kind.EVENTS ? Out.GDELT_EVENTS : Out.GDELT_MENTIONS;
          for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) continue;
            String id = line.substring(0, line.indexOf('\t'));
            out.add(new Out(nodeOfEvent.get(id), label, id, line));
          }
        }
      }
    }

    private String node(String storyId) {
      String n = storyId == null ? null : nodeOfStory.get(storyId);
      if (n == null) throw new IllegalStateException("record of no story in the block store: " + storyId);
      return n;
    }

    @Override public void close() {
      store.close();
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
