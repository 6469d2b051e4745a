package de.bochumtwin.scenarios.tntp;

import java.nio.file.Path;

/**
 * Bad input in a TNTP or OD-matrix CSV file. The message reads {@code <file>:<line>: <what is wrong
 * and how to fix it>}; line 0 means the file as a whole. Same shape as the project's general input
 * exception, so it can become a subclass of it once that exists.
 */
public final class TntpFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  public TntpFormatException(Path file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }
}
