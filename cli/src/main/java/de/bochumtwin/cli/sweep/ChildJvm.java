package de.bochumtwin.cli.sweep;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command line of a member JVM: this JVM's {@code java} binary and class path, so members run the
 * same code as the process that started them, whether that is the packaged jar or a test class path
 * before packaging. A manifest-only jar (surefire's booter) is expanded to the class path it points to.
 */
final class ChildJvm {
  /** Main class of every member and collect process. */
  static final String MAIN = "de.bochumtwin.cli.TwinCommand";

  private ChildJvm() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String classPath() {
    String cp = System.getProperty("java.class.path");
    String[] parts = cp.split(File.pathSeparator);
    if (parts.length != 1 || !parts[0].endsWith(".jar")) {
      return absolute(parts);
    }
    try (JarFile jar = new JarFile(parts[0])) {
      Manifest mf = jar.getManifest();
      String entries = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
      if (entries == null || entries.isBlank() || mf.getMainAttributes().getValue("Main-Class") != null
          && !mf.getMainAttributes().getValue("Main-Class").contains("surefire")) {
        return absolute(parts);
      }
      URI base = Path.of(parts[0]).toAbsolutePath().getParent().toUri();
      List<String> out = new ArrayList<>();
      for (String e : entries.trim().split("\\s+")) {
        Path p = Path.of(base.resolve(e));
        if (Files.exists(p)) {
          out.add(p.toString());
        }
      }
      return String.join(File.pathSeparator, out);
    } catch (IOException | IllegalArgumentException e) {
      return absolute(parts);
    }
  }

  private static String absolute(String[] parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(Path.of(p).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, out);
  }

  /** {@code java -Xmx<heap>m -cp <cp> MAIN args...}. */
  static List<String> command(long heapMb, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heapMb + "m", "-cp", classPath(), MAIN));
    cmd.addAll(args);
    return cmd;
  }
}
