package de.bochumtwin.scenarios.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens input files for the readers: plain or gzip-compressed (detected by the gzip magic bytes, so a
 * compressed file without {@code .gz} and a plain file named {@code .gz} both work), and turns every
 * way a file can be unusable into an {@link InputException} that names the file and the fix.
 */
public final class InputFiles {
  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Opens {@code file} for reading, decompressing it when it starts with the gzip magic bytes.
   * Errors from a truncated or corrupt gzip stream that occur later, while reading, surface as an
   * {@link InputException} from {@code read} (an unchecked exception that passes through parsers).
   *
   * @throws InputException when the file is missing, unreadable, empty, or not a valid gzip header
   */
  public static InputStream open(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file, 0, "file not found; check the path");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, 0, "is a directory, not a file; give the path of the file itself");
    }
    InputStream raw;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, "file not found; check the path", e);
    } catch (AccessDeniedException e) {
      throw new InputException(file, 0, "file cannot be read (access denied); check its permissions", e);
    } catch (IOException e) {
      throw new InputException(file, 0, "file cannot be opened (" + e + "); check the path and permissions", e);
    }
    try {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      if (b0 < 0) {
        raw.close();
        throw new InputException(file, 0, "file is empty; write the file again or point to the right one");
      }
      if (b0 == 0x1f && b1 == 0x8b) {
        return new Guarded(new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER), file);
      }
      return new Guarded(raw, file);
    } catch (EOFException | ZipException e) {
      closeQuietly(raw);
      throw corrupt(file, e);
    } catch (IOException e) {
      closeQuietly(raw);
      throw new InputException(file, 0, "file cannot be read (" + e + "); check the disk and permissions", e);
    }
  }

  static InputException corrupt(Path file, IOException e) {
    String what = e instanceof EOFException ? "ends early (truncated)" : "is corrupt (" + e.getMessage() + ")";
    return new InputException(file, 0, "gzip-compressed file " + what
        + "; copy or download the file again, or check it with 'gzip -t'", e);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the InputException being thrown is the relevant error
    }
  }

  /** Rethrows decompression and read failures as InputException so that parsers cannot hide them. */
  private static final class Guarded extends FilterInputStream {
    private final Path file;

    Guarded(InputStream in, Path file) {
      super(in);
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (EOFException | ZipException e) {
        throw corrupt(file, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException | ZipException e) {
        throw corrupt(file, e);
      }
    }
  }
}
