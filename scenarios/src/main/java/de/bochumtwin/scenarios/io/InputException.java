package de.bochumtwin.scenarios.io;

import java.nio.file.Path;

/**
 * A problem in an input file that the user must fix: it names the file, the line (when known) and,
 * in its message, both the problem and the fix, e.g.
 * {@code plans.xml:12: link '99' in <route> is not in the network; fix the route or use the matching network file}.
 *
 * <p>Readers throw only this exception for bad or unreadable input, never {@code IOException} or an
 * {@code IllegalArgumentException} from the model; the CLI maps it to exit code 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String problem;

  /**
   * @param file the input file (may be null only for input that has no file)
   * @param line 1-based line number, or a value {@code <= 0} when the line is unknown
   * @param message what is wrong and how to fix it
   */
  public InputException(Path file, int line, String message) {
    this(file, line, message, null);
  }

  public InputException(Path file, int line, String message, Throwable cause) {
    super(compose(file, line, message), cause);
    this.file = file;
    this.line = line > 0 ? line : 0;
    this.problem = message;
  }

  private static String compose(Path file, int line, String message) {
    String where = file == null ? "<input>" : file.toString();
    return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The message without the file and line prefix. */
  public String problem() {
    return problem;
  }
}
