package org.newsgraph.store;

/** The store could not be opened, migrated, read or written. A failed write leaves the store as before it. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
