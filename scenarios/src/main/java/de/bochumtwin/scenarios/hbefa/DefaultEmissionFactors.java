package de.bochumtwin.scenarios.hbefa;

import de.bochumtwin.core.emissions.EmissionFactorTables;
import java.io.InputStream;

/**
 * The open default factor set bundled with the twin (four tables in the HBEFA export layout, built
 * by {@code scenarios/tools/make_default_emission_factors.py}; sources and simplifications in
 * docs/emissions.md). Use it with
 * {@link de.bochumtwin.core.emissions.LookupBehavior#tryDetailedThenTechnologyAverageThenAverageTable}:
 * battery-electric vehicles (technology {@code electricity}) are found in the detailed tables, every
 * other vehicle falls back to its category's fleet average.
 */
public final class DefaultEmissionFactors {
  private static final String DIR = "/de/bochumtwin/scenarios/hbefa/";

  private DefaultEmissionFactors() {}

  public static EmissionFactorTables load() {
    return EmissionFactorTables.of(
        HbefaTableReader.readWarm("default_warm_average.csv", resource("default_warm_average.csv")).table(),
        HbefaTableReader.readWarm("default_warm_detailed.csv", resource("default_warm_detailed.csv")).table(),
        HbefaTableReader.readCold("default_cold_average.csv", resource("default_cold_average.csv")).table(),
        HbefaTableReader.readCold("default_cold_detailed.csv", resource("default_cold_detailed.csv")).table());
  }

  private static InputStream resource(String name) {
    InputStream in = DefaultEmissionFactors.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + DIR + name + " is missing from the jar");
    }
    return in;
  }
}
