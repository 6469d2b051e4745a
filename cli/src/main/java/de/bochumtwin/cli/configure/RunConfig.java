package de.bochumtwin.cli.configure;

import de.bochumtwin.core.controller.ControllerSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run needs besides its inputs' contents: the input files (null when the bundled default is
 * used), the loop settings and the options of a MATSim config that we do not support (listed in the
 * log and in run.json, never silently ignored).
 */
public record RunConfig(Path networkFile, Path plansFile, ControllerSettings controller, List<String> unsupported,
    boolean scoringFromConfig) {
  public RunConfig {
    unsupported = List.copyOf(unsupported);
  }

  public RunConfig withController(ControllerSettings c) {
    return new RunConfig(networkFile, plansFile, c, unsupported, scoringFromConfig);
  }
}
