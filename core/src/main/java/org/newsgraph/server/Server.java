package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.newsgraph.stories.Stories;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API (docs/api.md) and the web page over one store, in one process. Read-only: it
 * only queries the store (open it with {@link Store#openReadOnly}, or share a writer's store and
 * call {@link #refresh} after each write, as {@code serve --watch} does). Binds 127.0.0.1 unless told
 * otherwise.
 *
 * <pre>{@code
 * try (Store store = Store.openReadOnly(Path.of("newsgraph.db"));
 *      Server server = Server.start(store, null, "127.0.0.1", 7070)) {
 *   System.out.println("http://127.0.0.1:" + server.port() + "/");
 *   server.join();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
  /** Largest request body accepted (the API reads none; anything bigger is refused). */
  public static final long MAX_REQUEST_BYTES = 16 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final Store store;
  private final Answers answers;
  /** Swapped whole by {@link #refresh} when a watcher in this process stored new articles. */
  private volatile Api api;

  private Server(Javalin app, Store store, Answers answers, Api api) {
    this.app = app;
    this.store = store;
    this.answers = answers;
    this.api = api;
  }

  /**
   * Starts serving {@code store} on {@code host}:{@code port} (port 0 picks a free one).
   * {@code stories} gives the full side-by-side of a story; without it (null) the story page
   * compares outlets by the events the store holds.
   */
  public static Server start(Store store, Stories stories, String host, int port) {
    return start(store, stories, host, port, true);
  }

  /** As {@link #start(Store, Stories, String, int)}; {@code cache} false answers every request afresh (load tests). */
  static Server start(Store store, Stories stories, String host, int port, boolean cache) {
    quietLogs("org.eclipse.jetty", "io.javalin");
    Answers answers = new Answers(cache);
    Server[] self = new Server[1]; // handlers reach the current Api through the server, so refresh() swaps it
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.prefer405over404 = true;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/api", ctx -> self[0].api.summary(ctx));
    app.get("/api/stories", answers.cached(ctx -> self[0].api.stories(ctx)));
    app.get("/api/stories/{id}", answers.cached(ctx -> self[0].api.story(ctx)));
    app.get("/api/events", answers.cached(ctx -> self[0].api.events(ctx)));
    app.get("/api/events/{id}", answers.cached(ctx -> self[0].api.event(ctx)));
    app.get("/api/actors", answers.cached(ctx -> self[0].api.actors(ctx)));
    app.get("/api/actors/{code}", answers.cached(ctx -> self[0].api.actor(ctx)));
    app.get("/api/articles/<id>", answers.cached(ctx -> self[0].api.article(ctx))); // ids may hold slashes (file paths)
    app.get("/api/search", answers.cached(ctx -> self[0].api.search(ctx)));
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error");
    });
    // Javalin's own errors (unknown path, wrong method, too large) as JSON too, never as HTML.
    app.error(404, ctx -> {
      if (!isJson(ctx)) error(ctx, 404, "not found: " + ctx.path());
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed"));
    app.error(413, ctx -> error(ctx, 413, "request too large"));
    self[0] = new Server(app, store, answers, new Api(store, stories));
    app.start(host, port);
    return self[0];
  }

  /** Start-up chatter of Jetty and Javalin at WARN unless the user set their level (slf4j-simple). */
  private static void quietLogs(String... loggers) {
    for (String name : loggers) {
      String key = "org.slf4j.simpleLogger.log." + name;
      if (System.getProperty(key) == null) System.setProperty(key, "warn");
    }
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    Api.send(ctx, Api.JSON.valueToTree(Map.of("error", message == null ? "error" : message)));
  }

  /**
   * Answers from now on reflect what the store holds now and {@code stories}: for a server whose
   * store is written in the same process (serve --watch). Answers given before are forgotten.
   */
  public void refresh(Stories stories) {
    api = new Api(store, stories);
    answers.clear();
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** Blocks until the server stops (e.g. on Ctrl-C). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    app.stop();
  }
}
