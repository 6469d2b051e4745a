package de.bochumtwin.scenarios.fleet;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.VehicleCategory;
import java.util.List;

/**
 * Gives each car (vehicle id = person id, as in runs without a vehicles file) an HBEFA emission class
 * drawn from {@link FleetShares}: {@code u = hash(seed, id)} in [0, 1) picks petrol, diesel,
 * battery-electric or "other" by the cumulative shares. The hash (SplitMix64 finaliser over the id's
 * UTF-16 chars) is fixed, so the draw is the same in every run, online and offline, and independent of
 * the order in which vehicles appear. "other" (plug-in hybrids, fuel cells) gets the category's fleet
 * average class; petrol and diesel get {@code petrol (4S)} and {@code diesel} (HBEFA 4 technology
 * names), battery-electric {@code electricity}.
 */
public final class FleetDraw {
  /** Type indices of {@link #classes()}. */
  public static final int PETROL = 0;
  public static final int DIESEL = 1;
  public static final int BEV = 2;
  public static final int OTHER = 3;

  private static final List<EmissionClass> CLASSES = List.of(
      EmissionClass.of(VehicleCategory.PASSENGER_CAR, "petrol (4S)", EmissionClass.AVERAGE, EmissionClass.AVERAGE),
      EmissionClass.of(VehicleCategory.PASSENGER_CAR, "diesel", EmissionClass.AVERAGE, EmissionClass.AVERAGE),
      EmissionClass.of(VehicleCategory.PASSENGER_CAR, "electricity", EmissionClass.AVERAGE, EmissionClass.AVERAGE),
      EmissionClass.average(VehicleCategory.PASSENGER_CAR));

  private final FleetShares shares;
  private final long seed;
  private final double cumPetrol;
  private final double cumDiesel;
  private final double cumBev;

  public FleetDraw(FleetShares shares, long seed) {
    this.shares = shares;
    this.seed = seed;
    double sum = shares.petrol() + shares.diesel() + shares.bev() + shares.other();
    this.cumPetrol = shares.petrol() / sum;
    this.cumDiesel = (shares.petrol() + shares.diesel()) / sum;
    this.cumBev = (shares.petrol() + shares.diesel() + shares.bev()) / sum;
  }

  /** The default draw: the bundled shares of the latest register year, seed 0. */
  public static FleetDraw bochumLatest() {
    return new FleetDraw(FleetShares.bochumLatest(), 0);
  }

  public FleetShares shares() {
    return shares;
  }

  public long seed() {
    return seed;
  }

  /** The emission classes; the list index is the type index {@link #classOf} returns. */
  public List<EmissionClass> classes() {
    return CLASSES;
  }

  /** Type index for a vehicle id; never -1 (every vehicle is a car). */
  public int classOf(String vehicleId) {
    double u = uniform(vehicleId);
    return u < cumPetrol ? PETROL : u < cumDiesel ? DIESEL : u < cumBev ? BEV : OTHER;
  }

  /** The id's uniform number in [0, 1). */
  double uniform(String id) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < id.length(); i++) {
      h = mix(h + id.charAt(i));
    }
    return (mix(h) >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
