package de.bochumtwin.scenarios.matsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

/** Locates the shared MATSim example data and offers checks used by several tests. */
final class TestData {
  private TestData() {}

  /** A file under shared/data/matsim-examples; skips the test when the shared data is absent. */
  static Path example(String relative) {
    Path dir = Path.of(System.getProperty("twin.shared.data", "../../shared/data")).resolve("matsim-examples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + ": skipping");
    Path f = dir.resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(f), "example file " + f + " not found: skipping");
    return f;
  }

  /** The file's text, gunzipped when it ends in .gz. */
  static String text(Path f) throws IOException {
    try (InputStream in = f.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Counts regex matches in a text, as an independent check of what a reader found. */
  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  /**
   * Asserts that reading fails with an InputException naming the file, the expected line (0 = unknown)
   * and containing a fix hint; returns the exception for further checks.
   */
  static InputException assertInputError(Path file, int line, String problem, String fix, Executable read) {
    InputException e = assertThrows(InputException.class, read);
    String msg = e.getMessage();
    assertTrue(msg.contains(file.getFileName().toString()), "message names the file: " + msg);
    assertEquals(line, e.line(), "line of: " + msg);
    if (line > 0) {
      assertTrue(msg.contains(":" + line + ": "), "message contains the line: " + msg);
    }
    assertTrue(msg.contains(problem), "message states the problem '" + problem + "': " + msg);
    assertTrue(msg.contains(fix), "message gives the fix '" + fix + "': " + msg);
    assertTrue(msg.contains("; "), "problem and fix separated: " + msg);
    return e;
  }
}
