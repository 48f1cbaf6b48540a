package org.newsgraph.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP GETs for the watcher, polite and bounded: one request at a time per host, at least
 * {@link WatchOptions#perHostDelay()} apart; robots.txt obeyed (crawler-commons' parser, agent
 * {@code newsgraph}); redirects followed; the whole exchange (headers and body) must finish within
 * {@link WatchOptions#timeout()} and the body stay within {@link WatchOptions#maxBytes()};
 * conditional GET with ETag / Last-Modified. Not thread-safe: one round of a watcher uses one.
 */
final class Fetcher {
  /** A response: status, final URI after redirects, the body (empty on 304) and the validators. */
  record Response(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {}

  /** A fetch that gave no response: {@code transient} failures (timeouts, 5xx) are worth retrying. */
  static final class Failure extends Exception {
    final boolean retry;

    Failure(String message, boolean retry) {
      super(message);
      this.retry = retry;
    }
  }

  private static final String AGENT_NAME = "newsgraph";

  private final WatchOptions options;
  private final HttpClient client;
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

  Fetcher(WatchOptions options) {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** True when the site's robots.txt lets newsgraph fetch {@code uri}. */
  boolean allowed(URI uri) throws Failure {
    String site = site(uri);
    BaseRobotRules rules = robots.get(site);
    if (rules == null) {
      URI robotsUri = URI.create(site + "/robots.txt");
      try {
        Response r = exchange(robotsUri, null, null, 512 * 1024);
        rules = r.status() == 200
            ? robotsParser.parseContent(robotsUri.toString(), r.body(), r.contentType(), List.of(AGENT_NAME))
            : robotsParser.failedFetch(r.status()); // 4xx: no rules; 5xx: keep off for now
      } catch (Failure f) {
        rules = robotsParser.failedFetch(503);
      }
      robots.put(site, rules);
    }
    return rules.isAllowed(uri.toString());
  }

  /** GET {@code uri}, conditional when validators are given; robots.txt is checked first. */
  Response get(URI uri, String etag, String lastModified) throws Failure {
    if (!allowed(uri)) throw new Failure("disallowed by robots.txt", false);
    return exchange(uri, etag, lastModified, options.maxBytes());
  }

  private Response exchange(URI uri, String etag, String lastModified, long maxBytes) throws Failure {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new Failure("not an http(s) URL", false);
    waitForHost(uri);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET()
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    if (etag != null) request.header("If-None-Match", etag);
    if (lastModified != null) request.header("If-Modified-Since", lastModified);
    long deadline = System.nanoTime() + options.timeout().toNanos();
    CompletableFuture<HttpResponse<InputStream>> sent =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response;
    try {
      response = sent.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw new Failure("timed out after " + seconds(options.timeout()), true);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof HttpTimeoutException) throw new Failure("timed out after " + seconds(options.timeout()), true);
      throw new Failure("cannot fetch: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted", true);
    }
    InputStream in = response.body();
    Optional<String> length = response.headers().firstValue("Content-Length");
    if (length.isPresent() && length.get().matches("\\d{1,18}") && Long.parseLong(length.get()) > maxBytes) {
      close(in);
      throw new Failure("too large (" + length.get() + " bytes, limit " + maxBytes + ")", false);
    }
    // The body must arrive within what is left of the time allowed: a trickling server is cut off.
    CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] bytes;
    try {
      bytes = body.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      close(in);
      throw new Failure("timed out after " + seconds(options.timeout()) + " while reading the body", true);
    } catch (ExecutionException e) {
      throw new Failure("cannot read the body: " + e.getCause().getMessage(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(in);
      throw new Failure("interrupted", true);
    } finally {
      close(in);
    }
    if (bytes.length > maxBytes) throw new Failure("too large (over " + maxBytes + " bytes)", false);
    var h = response.headers();
    return new Response(response.statusCode(), response.uri(), bytes, h.firstValue("Content-Type").orElse(null),
        h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
  }

  /** One host at a time, {@code perHostDelay} apart: a feed of 50 links must not hammer one site. */
  private void waitForHost(URI uri) throws Failure {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    Long last = lastRequest.get(host);
    long gap = options.perHostDelay().toNanos();
    if (last != null && gap > 0) {
      long wait = last + gap - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Failure("interrupted", true);
        }
      }
    }
    lastRequest.put(host, System.nanoTime());
  }

  private static String site(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to read from it either way
    }
  }
}
