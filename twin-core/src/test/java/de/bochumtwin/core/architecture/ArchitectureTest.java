package de.bochumtwin.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core stays pure: no file or network I/O, no XML, CSV, Parquet, SQL or CLI types in twin-core's
 * main sources, and every package documents itself in a package-info.java. (The Maven enforcer
 * already bans other dependencies; this catches JDK I/O, which no POM rule can.)
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src/main/java");
  static final List<String> FORBIDDEN = List.of("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
      "java.io.FileReader", "java.io.FileWriter", "java.nio.file.", "java.net.", "java.sql.", "javax.xml.", "picocli.",
      "org.apache.parquet.", "org.locationtech.jts.", "org.jfree.");
  static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+\\*?);", Pattern.MULTILINE);

  static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void coreHasNoIoOrFormatDependencies() throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files = sources();
    assertTrue(files.size() > 50, "found the core sources in " + MAIN.toAbsolutePath());
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        String imp = m.group(2);
        for (String bad : FORBIDDEN) {
          if (imp.startsWith(bad)) {
            violations.add(MAIN.relativize(f) + " imports " + imp);
          }
        }
      }
      for (String bad : FORBIDDEN) {
        if (text.contains(" " + bad) || text.contains("(" + bad)) {
          violations.add(MAIN.relativize(f) + " uses " + bad + " by its full name");
        }
      }
    }
    assertEquals(List.of(), violations, "twin-core must stay free of I/O and formats");
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(d)) {
          boolean hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
          if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
            missing.add(MAIN.relativize(d).toString());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "packages without package-info.java");
  }
}
