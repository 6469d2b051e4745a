package de.bochumtwin.cli;

/** Exit codes of every twin command. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** An internal error (a bug): the message says so and asks for a report. */
  public static final int INTERNAL = 1;
  /** Bad usage or bad input: the message names the file, line and fix. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
