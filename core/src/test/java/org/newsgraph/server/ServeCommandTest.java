package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Samples;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/** `newsgraph serve` refuses what it cannot serve, with an exit code and no stack trace. */
class ServeCommandTest {
  @Test
  void missingStoreAndBadPort(@TempDir Path dir) {
    assertEquals(1, Main.run("serve", "--db", dir.resolve("none.db").toString()));
    assertEquals(2, Main.run("serve", "--db", dir.resolve("none.db").toString(), "--port", "70000"));
  }

  @Test
  void readOnlyStoreCannotBeWritten(@TempDir Path dir) {
    Path db = dir.resolve("empty.db");
    Store.open(db).close();
    try (Store store = Store.openReadOnly(db)) {
      assertEquals(0, store.articleIds().size());
      assertThrows(StoreException.class, () -> store.write(
          List.of(Samples.analyze(Samples.article("a")))));
    }
    assertThrows(StoreException.class,
        () -> Store.openReadOnly(dir.resolve("missing.db")));
    assertTrue(Files.exists(db));
  }
}
