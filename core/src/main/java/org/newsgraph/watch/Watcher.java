package org.newsgraph.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;
import org.newsgraph.read.Rejection;
import org.newsgraph.store.Store;

/**
 * One polling round over feeds and sitemaps (URLs, or local files): each announced page that the
 * store does not hold yet is fetched and read into an article whose id is its URL, so a page is
 * stored once however often it is announced. An unchanged feed costs one conditional GET (304).
 * A feed's validators are kept ({@link #commit}) only after its pages are stored and none of them
 * failed in a way worth retrying, so a crash or a flaky page never hides items for good.
 * Use it through {@link org.newsgraph.Newsgraph#watch}.
 */
public final class Watcher {
  /** Sitemap indexes may nest; no more than this many sitemaps are followed from one source. */
  static final int MAX_SITEMAPS = 50;

  private final Store store;
  private final WatchOptions options;
  private final Reader reader;
  private final List<Store.Fetch> pending = new ArrayList<>();
  private int known;
  private int feedsUnchanged;

  public Watcher(Store store, WatchOptions options) {
    this.store = store;
    this.options = options == null ? WatchOptions.defaults() : options;
    this.reader = new Reader(new ReadOptions(null, null, this.options.maxBytes()));
  }

  /** Pages announced again that the store already holds (not fetched). */
  public int known() {
    return known;
  }

  /** Feeds that answered 304 Not Modified. */
  public int feedsUnchanged() {
    return feedsUnchanged;
  }

  /** Polls every source once, handing new pages' articles and every failure on (an {@code Ingest} source). */
  public void round(List<String> sources, Consumer<Article> articles, Consumer<Rejection> rejections) {
    Fetcher fetcher = new Fetcher(options);
    Set<String> seen = new HashSet<>();
    for (String source : sources) {
      Deque<URI> sitemaps = new ArrayDeque<>();
      int followed = 0;
      boolean retry = poll(source, fetcher, seen, sitemaps, articles, rejections);
      while (!sitemaps.isEmpty() && followed++ < MAX_SITEMAPS) {
        retry |= poll(sitemaps.pop().toString(), fetcher, seen, sitemaps, articles, rejections);
      }
      if (retry) {
        String polled = source.strip();
        pending.removeIf(f -> f.url().equals(polled)); // poll the whole feed again next round
      }
    }
  }

  /** Saves the validators of the feeds polled; call once the round's articles are stored. */
  public void commit() {
    pending.forEach(store::saveFetch);
    pending.clear();
  }

  /** One feed or sitemap; true when one of its pages failed in a way worth trying again. */
  private boolean poll(String source, Fetcher fetcher, Set<String> seen, Deque<URI> sitemaps,
                       Consumer<Article> articles, Consumer<Rejection> rejections) {
    byte[] bytes;
    URI base;
    if (isUrl(source)) {
      base = URI.create(source.strip());
      Store.Fetch before = store.fetch(base.toString()).orElse(null);
      Fetcher.Response r;
      try {
        r = fetcher.get(base, before == null ? null : before.etag(), before == null ? null : before.lastModified());
      } catch (Fetcher.Failure f) {
        rejections.accept(new Rejection(source, f.getMessage()));
        return false;
      }
      if (r.status() == 304) {
        feedsUnchanged++;
        return false;
      }
      if (r.status() != 200) {
        rejections.accept(new Rejection(source, "HTTP " + r.status()));
        return false;
      }
      pending.add(new Store.Fetch(base.toString(), r.etag(), r.lastModified(), r.status()));
      bytes = r.body();
      base = r.uri();
    } else {
      Path path = Path.of(source);
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        rejections.accept(new Rejection(source, Files.exists(path) ? "cannot read: " + e.getMessage() : "no such file or URL"));
        return false;
      }
      base = null;
    }
    Feed feed;
    try {
      feed = Feed.parse(bytes, base);
    } catch (Feed.NotAFeed e) {
      String polled = source.strip();
      pending.removeIf(f -> f.url().equals(polled));
      rejections.accept(new Rejection(source, e.getMessage()));
      return false;
    }
    sitemaps.addAll(feed.sitemaps());
    boolean retry = false;
    for (Feed.Item item : feed.items()) {
      String id = item.url().toString();
      if (!seen.add(id)) continue;
      if (store.hasArticle(id)) {
        known++;
        continue;
      }
      retry |= page(item, source, fetcher, articles, rejections);
    }
    if (retry && base != null) {
      String polled = source.strip();
      pending.removeIf(f -> f.url().equals(polled));
    }
    return retry;
  }

  /** Fetches and reads one announced page; true when it failed in a way worth trying again. */
  private boolean page(Feed.Item item, String source, Fetcher fetcher, Consumer<Article> articles,
                       Consumer<Rejection> rejections) {
    String id = item.url().toString();
    Fetcher.Response r;
    try {
      r = fetcher.get(item.url(), null, null);
    } catch (Fetcher.Failure f) {
      rejections.accept(new Rejection(id, f.getMessage()));
      return f.retry;
    }
    if (r.status() != 200) {
      rejections.accept(new Rejection(id, "HTTP " + r.status()));
      return r.status() >= 500 || r.status() == 429 || r.status() == 408;
    }
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.startsWith("text/") && !type.contains("html") && !type.contains("xml")) {
      rejections.accept(new Rejection(id, "not a page (" + r.contentType() + ")"));
      return false;
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("feed", source);
    if (item.published() != null) meta.put("feed_published", item.published().toOffsetDateTime().toString());
    if (item.title() != null) meta.put("feed_title", item.title());
    reader.readPage(id, id, r.uri().toString(), r.body(), r.contentType(),
        item.published() == null ? null : item.published().toLocalDate(), meta, articles, rejections);
    return false;
  }

  private static boolean isUrl(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }
}
