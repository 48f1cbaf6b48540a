package org.newsgraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party evaluation data beside the checkout (../shared, or -Dng.shared). Tests that need it
 * call {@link #present}: absent as a whole, the test is skipped (a checkout without the data); there
 * but missing what the test needs, the test fails, so a broken shared folder never passes as a skip.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("ng.shared", "/work/shared"));
  }

  /**
   * True when every path (relative to the shared folder) exists; false when the shared folder itself
   * is absent; a test failure otherwise.
   */
  public static boolean present(String... paths) {
    Path root = root();
    if (!Files.isDirectory(root)) return false;
    for (String p : paths) {
      if (!Files.exists(root.resolve(p))) fail(root.resolve(p) + ": missing from the shared folder " + root);
    }
    return true;
  }
}
