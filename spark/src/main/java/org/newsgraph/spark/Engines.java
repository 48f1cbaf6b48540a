package org.newsgraph.spark;

import org.newsgraph.Newsgraph;
import org.newsgraph.engine.Engine;

/**
 * One {@link Engine} per executor JVM, loaded on first use (the CoreNLP models take tens of
 * seconds and 2-3 GB of heap); every task of the JVM shares it (the engine is thread-safe).
 */
final class Engines {
  private static volatile Engine engine;

  private Engines() {}

  static Engine get() {
    Engine e = engine;
    if (e == null) {
      synchronized (Engines.class) {
        e = engine;
        if (e == null) engine = e = Newsgraph.engine(); // the engine analyze uses
      }
    }
    return e;
  }
}
