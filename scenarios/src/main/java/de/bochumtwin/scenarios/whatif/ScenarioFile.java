package de.bochumtwin.scenarios.whatif;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed scenario file: its name, its base (the bundled Bochum default, or a MATSim network/plans
 * pair with paths resolved against the file's folder) and its measures in file order. Immutable.
 *
 * @param networkFile base network, or null for the Bochum default
 * @param plansFile base plans, or null for the Bochum default
 * @param problems problems found while parsing (empty from {@link ScenarioFileReader#read}; a lenient
 *     read keeps them so that {@link MeasureResolver} reports them together with the resolve problems)
 * @param baseUsable false when the {@code base} entry itself has a problem (nothing can be loaded)
 */
public record ScenarioFile(Path file, String name, Path networkFile, Path plansFile, List<Measure> measures,
    List<ScenarioProblem> problems, boolean baseUsable) {
  public ScenarioFile {
    measures = List.copyOf(measures);
    problems = List.copyOf(problems);
  }

  /** True when the base is the bundled Bochum default scenario. */
  public boolean isBochumDefault() {
    return networkFile == null;
  }

  /** The measures, one {@link Measure#describe()} line each. */
  public List<String> describeMeasures() {
    return measures.stream().map(Measure::describe).toList();
  }
}
