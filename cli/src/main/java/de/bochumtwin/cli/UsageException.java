package de.bochumtwin.cli;

/** A command was called with options that don't fit together; the message says what to change. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
