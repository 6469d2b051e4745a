package de.bochumtwin.cli;

import de.bochumtwin.scenarios.io.InputException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Decides whether a failure is the user's input (exit 2, message only) or a bug (exit 1, stack trace). */
final class Failures {
  private Failures() {}

  static int exitCode(Throwable e) {
    if (e instanceof InputException || e instanceof IllegalArgumentException || e instanceof UsageException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e.getClass().getSimpleName().equals("UnreachableDestinationException")) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.INTERNAL;
  }
}
