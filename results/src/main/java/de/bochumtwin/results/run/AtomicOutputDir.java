package de.bochumtwin.results.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output folder that appears complete or not at all. Files are written into a hidden temporary
 * sibling {@code .<name>.tmp-<random>} ({@link #path()}); {@link #commit()} renames it to the final name
 * in one step ({@code ATOMIC_MOVE}, a single {@code rename(2)} on the same file system); {@link #close()}
 * deletes the temporary folder if the run did not commit. Use with try-with-resources:
 *
 * <pre>{@code
 * try (AtomicOutputDir out = AtomicOutputDir.create(runDir)) {
 *   LegsParquet.write(out.path().resolve("legs.parquet"), legs);
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>A failed run (exception before commit) leaves neither the final nor the temporary folder. A run
 * killed with SIGKILL can leave a {@code .<name>.tmp-*} folder behind; it is never mistaken for a result
 * and may be deleted. An existing non-empty target is refused at {@link #create} time, before any work;
 * an existing empty folder is replaced. Not thread-safe.
 */
public final class AtomicOutputDir implements AutoCloseable {
  private final Path finalDir;
  private final Path tempDir;
  private boolean committed;
  private boolean closed;

  private AtomicOutputDir(Path finalDir, Path tempDir) {
    this.finalDir = finalDir;
    this.tempDir = tempDir;
  }

  /**
   * Creates the temporary sibling of {@code finalDir} (and missing parent folders).
   *
   * @throws IllegalStateException if {@code finalDir} exists and is a file or a non-empty folder
   */
  public static AtomicOutputDir create(Path finalDir) {
    Path target = finalDir.toAbsolutePath().normalize();
    if (target.getFileName() == null) {
      throw new IllegalArgumentException("output folder must have a name, got " + finalDir);
    }
    checkTargetFree(target);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
      return new AtomicOutputDir(target, Files.createDirectory(tmp));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder next to " + target + ": " + e.getMessage(), e);
    }
  }

  /** The temporary folder to write into; valid until {@link #commit()} or {@link #close()}. */
  public Path path() {
    if (committed || closed) {
      throw new IllegalStateException("output folder already " + (committed ? "committed to " + finalDir : "closed"));
    }
    return tempDir;
  }

  /** The folder the results will have after {@link #commit()}. */
  public Path finalDir() {
    return finalDir;
  }

  public boolean isCommitted() {
    return committed;
  }

  /**
   * Moves the temporary folder to the final name. If the file system cannot rename atomically, falls back
   * to a plain move (same result; only a crash during that move could leave a partial folder).
   *
   * @throws IllegalStateException if the target was filled by someone else meanwhile
   */
  public void commit() {
    path();
    checkTargetFree(finalDir);
    try {
      try {
        Files.move(tempDir, finalDir, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.deleteIfExists(finalDir); // only an empty folder can be here (checked above)
        Files.move(tempDir, finalDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + tempDir + " to " + finalDir + ": " + e.getMessage(), e);
    }
    committed = true;
  }

  /** Deletes the temporary folder and everything in it unless {@link #commit()} succeeded. Idempotent. */
  @Override
  public void close() {
    if (committed || closed) {
      return;
    }
    closed = true;
    deleteRecursively(tempDir);
  }

  private static void checkTargetFree(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalStateException("output folder " + target + " exists and is a file; choose another output path or remove it");
    }
    try (Stream<Path> s = Files.list(target)) {
      if (s.findAny().isPresent()) {
        throw new IllegalStateException("output folder " + target
            + " already exists and is not empty; choose a new output folder or delete the old results first");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          if (exc != null) {
            throw exc;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary output folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
