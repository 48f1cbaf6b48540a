package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class SharedDataTest {
  @Test
  void absentFolderSkipsBrokenFolderFails(@TempDir Path dir) throws Exception {
    String saved = System.getProperty("ng.shared");
    try {
      System.setProperty("ng.shared", dir.resolve("nowhere").toString());
      assertFalse(SharedData.present("eval/x.tsv"), "no shared folder: skip");
      System.setProperty("ng.shared", dir.toString());
      assertThrows(AssertionFailedError.class, () -> SharedData.present("eval/x.tsv"), "folder there, file missing: fail");
      Files.createDirectories(dir.resolve("eval"));
      Files.writeString(dir.resolve("eval/x.tsv"), "a\t1\n");
      assertTrue(SharedData.present("eval/x.tsv"));
    } finally {
      if (saved == null) System.clearProperty("ng.shared");
      else System.setProperty("ng.shared", saved);
    }
  }
}
