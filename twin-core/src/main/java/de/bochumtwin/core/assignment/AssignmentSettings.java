package de.bochumtwin.core.assignment;

import java.util.Locale;

/**
 * What {@link StaticAssignment} should do.
 *
 * @param algorithm     solution method
 * @param targetGap     stop as soon as the relative gap {@code (TSTT - SPTT) / TSTT} is at most this
 * @param maxIterations stop after this many iterations even if the gap was not reached
 * @param threads       worker threads for the shortest-path searches (results do not depend on it)
 */
public record AssignmentSettings(Algorithm algorithm, double targetGap, int maxIterations, int threads) {

  public AssignmentSettings {
    if (algorithm == null) {
      throw new IllegalArgumentException("algorithm must be given (fw, cfw, bfw or path-based)");
    }
    if (!(targetGap >= 0) || Double.isInfinite(targetGap)) {
      throw new IllegalArgumentException("target gap must be finite and >= 0, got " + targetGap);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /** Solution methods; {@link #cliName()} is the name used on the command line. */
  public enum Algorithm {
    /** Frank-Wolfe (link-based, linear convergence near equilibrium). */
    FRANK_WOLFE("fw"),
    /** Conjugate Frank-Wolfe (Mitradjieva and Lindberg 2013). */
    CONJUGATE_FRANK_WOLFE("cfw"),
    /** Bi-conjugate Frank-Wolfe (Mitradjieva and Lindberg 2013). */
    BICONJUGATE_FRANK_WOLFE("bfw"),
    /** Path-based gradient projection (Jayakrishnan et al. 1994); reaches gaps of 1e-10 and below. */
    PATH_BASED("path-based");

    private final String cliName;

    Algorithm(String cliName) {
      this.cliName = cliName;
    }

    public String cliName() {
      return cliName;
    }

    /** Parses a command-line name (case-insensitive). */
    public static Algorithm fromCliName(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      for (Algorithm a : values()) {
        if (a.cliName.equals(n)) {
          return a;
        }
      }
      throw new IllegalArgumentException("unknown algorithm '" + name + "'; use fw, cfw, bfw or path-based");
    }
  }
}
