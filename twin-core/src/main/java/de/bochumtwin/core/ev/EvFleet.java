package de.bochumtwin.core.ev;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which vehicles are electric, of which {@link EvType}, with which initial state of charge and whether
 * they can charge at home. Indexed by the mobsim's vehicle index (one vehicle per person, same index);
 * {@code typeIndex(v) == -1} marks a vehicle that is not electric and is ignored by the EV model.
 *
 * <p>Immutable. {@link #withInitialSoc} gives the fleet of the next iteration with the day's end SoC
 * carried over (MATSim's {@code initialSocBehavior = UpdateAfterIteration}).
 */
public final class EvFleet {
  private final List<EvType> types;
  private final int[] typeIndex;
  private final double[] initialSoc_kWh;
  private final boolean[] homeCharging;

  private EvFleet(List<EvType> types, int[] typeIndex, double[] initialSoc_kWh, boolean[] homeCharging) {
    this.types = List.copyOf(types);
    this.typeIndex = typeIndex;
    this.initialSoc_kWh = initialSoc_kWh;
    this.homeCharging = homeCharging;
    for (int v = 0; v < typeIndex.length; v++) {
      int t = typeIndex[v];
      if (t < -1 || t >= types.size()) {
        throw new IllegalArgumentException("vehicle " + v + ": type index " + t + " outside the " + types.size() + " types");
      }
      if (t >= 0) {
        double cap = types.get(t).capacity_kWh();
        if (!(initialSoc_kWh[v] >= 0 && initialSoc_kWh[v] <= cap)) {
          throw new IllegalArgumentException("vehicle " + v + ": initial SoC " + initialSoc_kWh[v]
              + " kWh outside [0, " + cap + "] kWh of type '" + types.get(t).id() + "'");
        }
      }
    }
  }

  /**
   * A fleet given vehicle by vehicle.
   *
   * @param typeIndex per vehicle an index into {@code types}, or -1 for a non-electric vehicle
   * @param initialSoc_kWh per vehicle the SoC at the start of the day (ignored for -1)
   * @param homeCharging per vehicle whether a private charger is available at home activities
   */
  public static EvFleet of(List<EvType> types, int[] typeIndex, double[] initialSoc_kWh, boolean[] homeCharging) {
    int n = typeIndex.length;
    if (initialSoc_kWh.length != n || homeCharging.length != n) {
      throw new IllegalArgumentException("fleet arrays differ in length: " + n + ", " + initialSoc_kWh.length + ", " + homeCharging.length);
    }
    return new EvFleet(types, typeIndex.clone(), initialSoc_kWh.clone(), homeCharging.clone());
  }

  /**
   * Draws a fleet for {@code vehicles} vehicles from one seeded {@link SplittableRandom}; vehicle
   * {@code v} uses only the {@code v}-th split, so the first vehicles do not change when the fleet grows.
   * Per vehicle: electric with probability {@code evShare}; type by {@code typeWeights}; initial SoC
   * fraction uniform in [{@code socMin}, {@code socMax}]; home charger with probability {@code homeShare}.
   */
  public static EvFleet draw(int vehicles, double evShare, List<EvType> types, double[] typeWeights, double socMin,
      double socMax, double homeShare, long seed) {
    if (types.size() != typeWeights.length || types.isEmpty()) {
      throw new IllegalArgumentException("need one weight per EV type, got " + typeWeights.length + " for " + types.size());
    }
    if (!(socMin >= 0 && socMin <= socMax && socMax <= 1)) {
      throw new IllegalArgumentException("initial SoC range must satisfy 0 <= min <= max <= 1, got [" + socMin + ", " + socMax + "]");
    }
    double total = Arrays.stream(typeWeights).sum();
    int[] type = new int[vehicles];
    double[] soc = new double[vehicles];
    boolean[] home = new boolean[vehicles];
    SplittableRandom master = new SplittableRandom(seed);
    for (int v = 0; v < vehicles; v++) {
      SplittableRandom r = master.split();
      boolean ev = r.nextDouble() < evShare;
      double u = r.nextDouble() * total;
      int t = 0;
      while (t < typeWeights.length - 1 && u >= typeWeights[t]) {
        u -= typeWeights[t];
        t++;
      }
      double f = socMin + (socMax - socMin) * r.nextDouble();
      boolean h = r.nextDouble() < homeShare;
      type[v] = ev ? t : -1;
      soc[v] = ev ? f * types.get(t).capacity_kWh() : 0;
      home[v] = ev && h;
    }
    return new EvFleet(types, type, soc, home);
  }

  /** The same fleet starting from {@code soc_kWh} (e.g. the previous day's end SoC). */
  public EvFleet withInitialSoc(double[] soc_kWh) {
    if (soc_kWh.length != typeIndex.length) {
      throw new IllegalArgumentException("expected " + typeIndex.length + " SoC values, got " + soc_kWh.length);
    }
    return new EvFleet(types, typeIndex, soc_kWh.clone(), homeCharging);
  }

  public int vehicleCount() {
    return typeIndex.length;
  }

  public List<EvType> types() {
    return types;
  }

  public boolean isEv(int v) {
    return v < typeIndex.length && typeIndex[v] >= 0;
  }

  /** Index into {@link #types()}, -1 if the vehicle is not electric. */
  public int typeIndex(int v) {
    return typeIndex[v];
  }

  /** The vehicle's type; only for electric vehicles. */
  public EvType type(int v) {
    return types.get(typeIndex[v]);
  }

  public double initialSoc_kWh(int v) {
    return initialSoc_kWh[v];
  }

  public boolean hasHomeCharging(int v) {
    return homeCharging[v];
  }

  public int evCount() {
    int n = 0;
    for (int t : typeIndex) {
      n += t >= 0 ? 1 : 0;
    }
    return n;
  }

  @Override
  public String toString() {
    return "EvFleet[" + evCount() + " EVs of " + typeIndex.length + " vehicles, types " + types + "]";
  }
}
