package org.newsgraph.store;

import java.util.function.Consumer;

/** Reaches the store's package-private test hooks from tests in other packages. */
public final class StoreHooks {
  private StoreHooks() {}

  /** Runs {@code hook} after each article's rows are inserted, inside the batch transaction. */
  public static void afterInsert(Store store, Consumer<String> hook) {
    store.afterInsert(hook);
  }
}
