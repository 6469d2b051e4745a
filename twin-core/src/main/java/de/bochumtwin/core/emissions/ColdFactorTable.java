package de.bochumtwin.core.emissions;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable cold-start factor table, average or detailed: grams per start for each (vehicle
 * category, emission class attributes, pollutant, parking-time class, distance class). Parking-time
 * classes are MATSim's: 1 = "0-1h", ..., 12 = "11-12h", 13 = "&gt;12h" (the upper bound in hours);
 * distance classes 1 = "0-1km" and 2 = "1-2km".
 */
public final class ColdFactorTable {
  /** Number of parking-time classes. */
  public static final int PARKING_CLASSES = 13;

  private final Map<String, Double> entries;
  private final Set<Pollutant> pollutants;
  private final String source;

  private ColdFactorTable(Builder b) {
    this.entries = Map.copyOf(b.entries);
    this.pollutants = Collections.unmodifiableSet(b.pollutants.isEmpty()
        ? EnumSet.noneOf(Pollutant.class) : EnumSet.copyOf(b.pollutants));
    this.source = b.source;
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  static String key(VehicleCategory c, String attributes, Pollutant p, int parkingClass, int distanceClass) {
    return c.name() + "|" + attributes + "|" + p.name() + "|" + parkingClass + "|" + distanceClass;
  }

  /** The factor in grams, or null when absent. */
  Double find(VehicleCategory c, EmissionClass e, Pollutant p, int parkingClass, int distanceClass) {
    return entries.get(key(c, e.attributesKey(), p, parkingClass, distanceClass));
  }

  public Set<Pollutant> pollutants() {
    return pollutants;
  }

  public int size() {
    return entries.size();
  }

  public String source() {
    return source;
  }

  /** Collects rows; {@link #add} reports duplicates instead of overwriting them. */
  public static final class Builder {
    private final Map<String, Double> entries = new HashMap<>();
    private final Set<Pollutant> pollutants = EnumSet.noneOf(Pollutant.class);
    private final String source;

    private Builder(String source) {
      this.source = source;
    }

    /** Adds a row; false when the key is already present (the first row is kept). */
    public boolean add(VehicleCategory c, EmissionClass attributes, Pollutant p, int parkingClass,
        int distanceClass, double factor_g) {
      if (parkingClass < 1 || parkingClass > PARKING_CLASSES || distanceClass < 1 || distanceClass > 2) {
        throw new IllegalArgumentException("parking class must be 1..13 and distance class 1..2, got "
            + parkingClass + ", " + distanceClass);
      }
      String k = key(c, attributes.attributesKey(), p, parkingClass, distanceClass);
      if (entries.containsKey(k)) {
        return false;
      }
      entries.put(k, factor_g);
      pollutants.add(p);
      return true;
    }

    public ColdFactorTable build() {
      return new ColdFactorTable(this);
    }
  }
}
