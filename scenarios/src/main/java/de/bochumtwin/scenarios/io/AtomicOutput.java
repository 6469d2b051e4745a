package de.bochumtwin.scenarios.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file so that readers never see a half-written one: the content goes to a temporary file
 * in the target's directory and is moved over the target (atomically where the file system allows)
 * only on {@link #commit()}. {@link #close()} without a commit deletes the temporary file, so a
 * failed or aborted write leaves the old target untouched. The content is UTF-8 and gzip-compressed
 * when the target name ends in {@code .gz}.
 *
 * <p>Typical use: {@code try (AtomicOutput out = AtomicOutput.create(path)) { write(out.writer()); out.commit(); }}
 */
public final class AtomicOutput implements Closeable {
  private static final int BUFFER = 1 << 16;

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean done;

  private AtomicOutput(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Opens a temporary file next to {@code target}; creates missing parent directories. */
  public static AtomicOutput create(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      OutputStream os = Files.newOutputStream(temp);
      if (abs.getFileName().toString().endsWith(".gz")) {
        os = new FastGzip(os);
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), BUFFER);
      return new AtomicOutput(target, temp, w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Writes {@code body} to {@code target} atomically. */
  public static void write(Path target, Body body) throws IOException {
    try (AtomicOutput out = create(target)) {
      body.writeTo(out.writer());
      out.commit();
    }
  }

  public Writer writer() {
    return writer;
  }

  public Path target() {
    return target;
  }

  /** Flushes, closes and moves the temporary file over the target. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    done = true;
    try {
      writer.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Discards the temporary file unless {@link #commit()} succeeded; idempotent. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      writer.close();
    } catch (IOException ignored) {
      // the content is being discarded anyway
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Gzip at a fast level: output files are large and written once per run; speed matters more than size. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, BUFFER);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
