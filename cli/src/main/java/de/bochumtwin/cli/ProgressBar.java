package de.bochumtwin.cli;

import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.population.Time;
import java.io.PrintStream;

/**
 * Shows mobsim progress over the simulated day: a redrawn bar with an ETA on a terminal, or plain log
 * lines (at most one per simulated hour and per 5 s of wall time) when output goes to a file or pipe
 * (batch jobs, CI), so short iterations stay quiet and long ones show they are alive.
 */
final class ProgressBar implements MobsimProgress {
  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private final long startNanos = System.nanoTime();
  private static final double LOG_EVERY_S = 5.0;
  private int lastHourLogged = -1;
  private double lastLogged_s = -LOG_EVERY_S;
  private boolean drawn;

  ProgressBar(PrintStream out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  static ProgressBar forStderr(String label) {
    return new ProgressBar(System.err, System.console() != null, label);
  }

  @Override
  public void update(int time_s, int finishedAgents, int agents, int enRoute) {
    // progress over the simulated day (0-24 h), or the share of agents done if that is further
    double dayFraction = Math.min(1.0, Math.max(0, time_s) / 86_400.0);
    double fraction = agents == 0 ? 1.0 : Math.max(dayFraction, (double) finishedAgents / agents);
    double elapsed_s = (System.nanoTime() - startNanos) / 1e9;
    if (terminal) {
      int width = 30;
      int filled = (int) Math.round(fraction * width);
      String eta = fraction > 0.01 && fraction < 1 ? formatDuration(elapsed_s / fraction - elapsed_s) : "--";
      out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + Time.format(time_s)
          + String.format(" %3.0f%% en route %d, ETA %s   ", fraction * 100, enRoute, eta));
      out.flush();
      drawn = true;
    } else if (time_s / 3600 != lastHourLogged && elapsed_s - lastLogged_s >= LOG_EVERY_S) {
      // batch logs: a line per simulated hour, but not more often than every few seconds of wall time
      lastHourLogged = time_s / 3600;
      lastLogged_s = elapsed_s;
      out.printf("%s %s: %d of %d agents done, %d en route (%.1f s)%n", label, Time.format(time_s), finishedAgents,
          agents, enRoute, elapsed_s);
    }
  }

  /** Ends the bar's line on a terminal. */
  void finish() {
    if (terminal && drawn) {
      out.println();
    }
  }

  static String formatDuration(double s) {
    long t = Math.round(s);
    return t >= 3600 ? String.format("%d:%02d:%02d", t / 3600, (t / 60) % 60, t % 60) : String.format("%d:%02d", t / 60, t % 60);
  }
}
