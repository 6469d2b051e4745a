package de.bochumtwin.core.emissions;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable warm (hot) emission factor table, average or detailed: for each (vehicle category,
 * road type, traffic situation, emission class attributes, pollutant) a factor in g/km and the
 * situation's average speed in km/h (HBEFA's {@code EFA}/{@code V}, or {@code EFA_weighted}/
 * {@code V_weighted} for the average table). Average tables use {@code average;average;average}
 * as attributes. Gradient 0 % only. Built with {@link Builder}; never used in the event loop (the
 * {@link EmissionModel} copies what it needs into dense arrays).
 */
public final class WarmFactorTable {
  private final Map<String, double[]> entries;
  private final Map<String, double[]> speeds;
  private final Set<Pollutant> pollutants;
  private final String source;

  private WarmFactorTable(Builder b) {
    this.entries = Map.copyOf(b.entries);
    this.speeds = Map.copyOf(b.speeds);
    this.pollutants = Collections.unmodifiableSet(EnumSet.copyOf(b.pollutants.isEmpty()
        ? EnumSet.noneOf(Pollutant.class) : b.pollutants));
    this.source = b.source;
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  static String key(VehicleCategory c, String roadType, TrafficSituation s, String attributes, Pollutant p) {
    return c.name() + "|" + roadType + "|" + s.name() + "|" + attributes + "|" + p.name();
  }

  static String speedKey(VehicleCategory c, String roadType) {
    return c.name() + "|" + roadType;
  }

  /** Factor (g/km) and speed (km/h) for the key, or null when the table has no such row. */
  double[] find(VehicleCategory c, String roadType, TrafficSituation s, EmissionClass e, Pollutant p) {
    return entries.get(key(c, roadType, s, e.attributesKey(), p));
  }

  /**
   * Speeds (km/h) per traffic situation (index = ordinal, NaN = absent) for a road type and
   * category; MATSim keeps the last row read for each, so does this table. Null when none.
   */
  double[] situationSpeeds_kmh(VehicleCategory c, String roadType) {
    return speeds.get(speedKey(c, roadType));
  }

  /** The pollutants that occur in the table. */
  public Set<Pollutant> pollutants() {
    return pollutants;
  }

  public int size() {
    return entries.size();
  }

  /** Where the table came from (file name or resource), for error messages. */
  public String source() {
    return source;
  }

  /** Collects rows; {@link #add} reports duplicates instead of overwriting them. */
  public static final class Builder {
    private final Map<String, double[]> entries = new HashMap<>();
    private final Map<String, double[]> speeds = new HashMap<>();
    private final Set<Pollutant> pollutants = EnumSet.noneOf(Pollutant.class);
    private final String source;

    private Builder(String source) {
      this.source = source;
    }

    /**
     * Adds a row. Returns false (and keeps the first row) when the key is already present: the
     * reader turns that into an error naming both lines.
     */
    public boolean add(VehicleCategory c, String roadType, TrafficSituation s, EmissionClass attributes,
        Pollutant p, double factor_gpkm, double speed_kmh) {
      String k = key(c, roadType, s, attributes.attributesKey(), p);
      if (entries.containsKey(k)) {
        return false;
      }
      entries.put(k, new double[] {factor_gpkm, speed_kmh});
      pollutants.add(p);
      double[] sp = speeds.computeIfAbsent(speedKey(c, roadType), x -> {
        double[] a = new double[TrafficSituation.values().length];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
      });
      sp[s.ordinal()] = speed_kmh;
      return true;
    }

    public WarmFactorTable build() {
      return new WarmFactorTable(this);
    }
  }
}
