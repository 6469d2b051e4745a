package de.bochumtwin.cli.configure;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.RoutePolicy;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.results.run.RunManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An optional model that rides along a {@code twin run} (emissions, e-mobility, ...): it gets event
 * sinks for the mobsim, may adjust the executed scores, and writes its own outputs and counters into
 * the run folder. Extensions are created by the CLI from options and passed to {@link RunService};
 * they run in the order given. Keep them deterministic: the same seed must give the same outputs.
 */
public interface RunExtension {
  /** A short name for logs and run.json, e.g. "emissions". */
  String name();

  /** Sinks for the mobsim of {@code iteration} (e.g. only in the last iteration). */
  default List<SimEventSink> sinksFor(int iteration, boolean lastIteration, Population population) {
    return List.of();
  }

  /**
   * Tolls and link bans the router must respect (what-if policy measures), or null for none; called once
   * before the loop with the run's scoring and population. At most one extension may return a policy.
   */
  default RoutePolicy routePolicy(ScoringParameters scoring, Population population) {
    return null;
  }

  /** Adds to the executed scores of {@code iteration} (index = person), before they enter the plans. */
  default void adjustScores(int iteration, double[] executedScores) {}

  /**
   * Writes the state this extension carries from one iteration to the next (e.g. the EVs' state of charge)
   * into the checkpoint folder {@code dir}, so that a resumed run equals an uninterrupted one. Files must be
   * named after {@link #name()}. Stateless extensions write nothing.
   */
  default void saveCheckpoint(Path dir) throws IOException {}

  /** Restores what {@link #saveCheckpoint} wrote; called once before a resumed run's first iteration. */
  default void restoreCheckpoint(Path dir) throws IOException {}

  /** Called once after the last iteration: write files into {@code runDir}, add counters/settings to the manifest. */
  default void finish(Path runDir, RunManifest.Builder manifest) throws IOException {}
}
