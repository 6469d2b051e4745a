package de.bochumtwin.core.emissions;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable settings of the emission model.
 *
 * @param lookupBehavior MATSim's {@code detailedVsAverageLookupBehavior}
 * @param capHighAverageSpeeds MATSim's {@code handleHighAverageSpeeds}: when a traversal's average
 *     speed exceeds the link's free speed by more than 1 km/h (integer-second event times make this
 *     common on short links), use the free speed (true; counted) or abort (false)
 * @param negativeCold what to do with a negative cold-start factor or a negative second-kilometre
 *     increment ({@code EF(1-2km) - EF(0-1km)}), which real HBEFA exports contain (e.g. diesel NOx)
 * @param ignoreUnknownVehicles MATSim's {@code nonScenarioVehicles}: false = abort on a vehicle the
 *     fleet does not know, true = skip it (counted)
 * @param pollutants the pollutants to compute; empty = every pollutant that occurs in the tables
 */
public record EmissionSettings(
    LookupBehavior lookupBehavior,
    boolean capHighAverageSpeeds,
    NegativeColdPolicy negativeCold,
    boolean ignoreUnknownVehicles,
    Set<Pollutant> pollutants) {

  /** MATSim assumes this parking time before a vehicle's first start of the day: 12 h. */
  public static final int FIRST_START_PARKING_S = 43_200;

  /** What to do with negative cold-start factors. */
  public enum NegativeColdPolicy {
    /** Report every negative factor (all at once) and refuse to run. */
    REJECT,
    /** Replace each negative contribution by zero and count it (reported in the summary). */
    CLAMP_TO_ZERO
  }

  public EmissionSettings {
    Objects.requireNonNull(lookupBehavior, "lookupBehavior");
    Objects.requireNonNull(negativeCold, "negativeCold");
    pollutants = pollutants == null || pollutants.isEmpty()
        ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(pollutants));
  }

  /**
   * Defaults: technology-average then average-table lookup, high speeds capped, negative cold factors
   * rejected, unknown vehicles abort, every pollutant in the tables.
   */
  public static EmissionSettings defaults() {
    return new EmissionSettings(LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable, true,
        NegativeColdPolicy.REJECT, false, Set.of());
  }

  public EmissionSettings withLookupBehavior(LookupBehavior b) {
    return new EmissionSettings(b, capHighAverageSpeeds, negativeCold, ignoreUnknownVehicles, pollutants);
  }

  public EmissionSettings withCapHighAverageSpeeds(boolean cap) {
    return new EmissionSettings(lookupBehavior, cap, negativeCold, ignoreUnknownVehicles, pollutants);
  }

  public EmissionSettings withNegativeCold(NegativeColdPolicy p) {
    return new EmissionSettings(lookupBehavior, capHighAverageSpeeds, p, ignoreUnknownVehicles, pollutants);
  }

  public EmissionSettings withIgnoreUnknownVehicles(boolean ignore) {
    return new EmissionSettings(lookupBehavior, capHighAverageSpeeds, negativeCold, ignore, pollutants);
  }

  public EmissionSettings withPollutants(Set<Pollutant> p) {
    return new EmissionSettings(lookupBehavior, capHighAverageSpeeds, negativeCold, ignoreUnknownVehicles, p);
  }
}
