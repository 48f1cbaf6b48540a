package org.newsgraph.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers already given, by path and query: the server only reads its store, so an answer goes
 * stale only when a watcher in the same process writes, and then {@link #clear} drops them all. Least recently used answers go first once the cache
 * holds {@link #MAX_ENTRIES} answers or {@link #MAX_BYTES} bytes.
 */
final class Answers {
  static final int MAX_ENTRIES = 4096;
  static final long MAX_BYTES = 64L * 1024 * 1024;
  static final String BODY = "ng.body";

  private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(256, 0.75f, true);
  private final boolean enabled;
  private long bytes;

  Answers(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@code handler}, answering from the cache when it can and keeping its successful answers. */
  Handler cached(Handler handler) {
    if (!enabled) return handler;
    return ctx -> {
      String key = ctx.path() + '?' + (ctx.queryString() == null ? "" : ctx.queryString());
      byte[] known = get(key);
      if (known != null) {
        ctx.contentType("application/json; charset=utf-8").result(known);
        return;
      }
      handler.handle(ctx);
      byte[] body = ctx.attribute(BODY);
      if (body != null && ctx.statusCode() == 200) put(key, body);
    };
  }

  /** Forgets every answer (the store changed under the server). */
  synchronized void clear() {
    cache.clear();
    bytes = 0;
  }

  private synchronized byte[] get(String key) {
    return cache.get(key);
  }

  private synchronized void put(String key, byte[] body) {
    if (body.length > MAX_BYTES / 16) return;
    byte[] old = cache.put(key, body);
    bytes += body.length - (old == null ? 0 : old.length);
    var it = cache.entrySet().iterator();
    while ((cache.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
      Map.Entry<String, byte[]> e = it.next();
      bytes -= e.getValue().length;
      it.remove();
    }
  }
}
