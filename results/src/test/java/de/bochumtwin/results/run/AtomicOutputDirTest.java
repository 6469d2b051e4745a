package de.bochumtwin.results.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputDirTest {
  @TempDir Path tmp;

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void commitPublishesTheFolderWithItsFiles() throws Exception {
    Path target = tmp.resolve("run1");
    try (AtomicOutputDir out = AtomicOutputDir.create(target)) {
      Path w = out.path();
      assertTrue(w.getFileName().toString().startsWith(".run1.tmp-"), w.toString());
      assertFalse(Files.exists(target), "nothing visible before commit");
      Files.createDirectories(w.resolve("sub"));
      Files.writeString(w.resolve("sub/a.txt"), "a");
      Files.writeString(w.resolve("run.json"), "{}");
      out.commit();
      assertTrue(out.isCommitted());
      assertThrows(IllegalStateException.class, out::path);
    }
    assertEquals("a", Files.readString(target.resolve("sub/a.txt")));
    assertEquals(List.of("run1"), listing(), "temp folder gone");
  }

  @Test
  void failedRunLeavesNeitherFinalNorTempFolder() throws Exception {
    Path target = tmp.resolve("run2");
    RuntimeException boom = assertThrows(RuntimeException.class, () -> {
      try (AtomicOutputDir out = AtomicOutputDir.create(target)) {
        Files.createDirectories(out.path().resolve("deep/er"));
        Files.writeString(out.path().resolve("deep/er/partial.parquet"), "half");
        throw new RuntimeException("simulated failure");
      }
    });
    assertEquals("simulated failure", boom.getMessage());
    assertEquals(List.of(), listing());
  }

  @Test
  void existingNonEmptyTargetIsRefusedBeforeAnyWork() throws Exception {
    Path target = tmp.resolve("old");
    Files.createDirectories(target);
    Files.writeString(target.resolve("legs.parquet"), "previous results");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicOutputDir.create(target));
    assertEquals("output folder " + target.toAbsolutePath()
        + " already exists and is not empty; choose a new output folder or delete the old results first", e.getMessage());
    assertEquals(List.of("old"), listing(), "no temp folder created");
    assertEquals("previous results", Files.readString(target.resolve("legs.parquet")));
  }

  @Test
  void existingEmptyTargetIsReplacedAndMissingParentsCreated() throws Exception {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    try (AtomicOutputDir out = AtomicOutputDir.create(empty)) {
      Files.writeString(out.path().resolve("x"), "1");
      out.commit();
    }
    assertEquals("1", Files.readString(empty.resolve("x")));

    Path nested = tmp.resolve("a/b/run");
    try (AtomicOutputDir out = AtomicOutputDir.create(nested)) {
      Files.writeString(out.path().resolve("y"), "2");
      out.commit();
    }
    assertEquals("2", Files.readString(nested.resolve("y")));
  }

  @Test
  void targetFilledMeanwhileMakesCommitFailAndCleansUp() throws Exception {
    Path target = tmp.resolve("race");
    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutputDir out = AtomicOutputDir.create(target)) {
        Files.writeString(out.path().resolve("mine"), "m");
        Files.createDirectories(target);
        Files.writeString(target.resolve("theirs"), "t");
        out.commit();
      }
    });
    assertEquals(List.of("race"), listing());
    try (Stream<Path> s = Files.list(target)) {
      assertEquals(List.of("theirs"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    }
  }
}
