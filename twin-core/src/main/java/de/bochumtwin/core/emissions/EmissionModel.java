package de.bochumtwin.core.emissions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The factor tables resolved for one scenario: every (vehicle emission class, road type, traffic
 * situation, pollutant) the fleet and the network can produce is looked up once, following the
 * {@link LookupBehavior}, into flat arrays. All missing keys are collected and thrown together as an
 * {@link EmissionFactorLookupException}; nothing falls back silently.
 *
 * <p>Layout: {@code warm_gpkm[((type * roads + road) * SITUATIONS + situation) * P + p]},
 * {@code speed_kmh[(type * roads + road) * SITUATIONS + situation]} (NaN when the table has no such
 * situation), {@code coldFirst_g[(type * 13 + parkingClass - 1) * P + p]} (the start, distance class
 * 1) and {@code coldSecond_g} (after 1 km: {@code EF(1-2km) - EF(0-1km)}, MATSim's increment).
 * Pollutant columns {@code p} follow {@link #pollutants()}. A few thousand doubles for a city: the
 * event loop reads them with index arithmetic only.
 *
 * <p>Traffic situation (MATSim's AverageSpeed method): start with free flow and move to heavy,
 * saturated, stop&go and heavy stop&go in turn whenever the traversal's average speed is at most that
 * situation's table speed (situations absent from the table are skipped). Unlike MATSim at the
 * studied version, heavy stop&go ({@code St+Go2}) is included (MATSim leaves it commented out, marked
 * as unfinished), and MATSim's special case that keeps the previous situation when the average speed equals
 * the free-flow table speed exactly is not reproduced.
 */
public final class EmissionModel {
  static final int SITUATIONS = TrafficSituation.values().length;
  static final int PARKING = ColdFactorTable.PARKING_CLASSES;

  private final EmissionSettings settings;
  private final List<EmissionClass> types;
  private final String[] roadTypeNames;
  private final Pollutant[] pollutants;
  private final boolean[] warmPollutant;
  private final boolean[] coldPollutant;
  private final boolean hasCold;
  final int roads;
  final int P;
  final int[] linkRoad;
  final double[] warm_gpkm;
  final double[] speed_kmh;
  final double[] coldFirst_g;
  final double[] coldSecond_g;
  private int clampedColdFactors;

  private EmissionModel(EmissionFactorTables tables, EmissionSettings settings, List<EmissionClass> types,
      String[] linkRoadType) {
    this.settings = settings;
    this.types = List.copyOf(types);
    Map<String, Integer> roadIndex = new HashMap<>();
    List<String> roadNames = new ArrayList<>();
    this.linkRoad = new int[linkRoadType.length];
    for (int l = 0; l < linkRoadType.length; l++) {
      Integer r = roadIndex.get(linkRoadType[l]);
      if (r == null) {
        r = roadNames.size();
        roadIndex.put(linkRoadType[l], r);
        roadNames.add(linkRoadType[l]);
      }
      linkRoad[l] = r;
    }
    this.roadTypeNames = roadNames.toArray(new String[0]);
    this.roads = roadTypeNames.length;

    List<String> problems = new ArrayList<>();
    Set<Pollutant> warmIn = EnumSet.noneOf(Pollutant.class);
    tables.averageWarm().ifPresent(t -> warmIn.addAll(t.pollutants()));
    tables.detailedWarm().ifPresent(t -> warmIn.addAll(t.pollutants()));
    Set<Pollutant> coldIn = EnumSet.noneOf(Pollutant.class);
    tables.averageCold().ifPresent(t -> coldIn.addAll(t.pollutants()));
    tables.detailedCold().ifPresent(t -> coldIn.addAll(t.pollutants()));
    Set<Pollutant> chosen = EnumSet.noneOf(Pollutant.class);
    if (settings.pollutants().isEmpty()) {
      chosen.addAll(warmIn);
      chosen.addAll(coldIn);
    } else {
      chosen.addAll(settings.pollutants());
      for (Pollutant p : settings.pollutants()) {
        if (!warmIn.contains(p) && !coldIn.contains(p)) {
          problems.add("pollutant " + p + " was requested but occurs in none of the tables");
        }
      }
    }
    this.pollutants = chosen.toArray(new Pollutant[0]);
    this.P = pollutants.length;
    this.warmPollutant = new boolean[P];
    this.coldPollutant = new boolean[P];
    for (int p = 0; p < P; p++) {
      warmPollutant[p] = warmIn.contains(pollutants[p]);
      coldPollutant[p] = coldIn.contains(pollutants[p]);
    }
    this.hasCold = tables.hasCold();
    LookupBehavior b = settings.lookupBehavior();
    if (b.triesDetailed() && tables.detailedWarm().isEmpty()) {
      problems.add("lookup behaviour " + b + " needs a detailed warm table, but none was given");
    }
    if (!b.triesDetailed() && tables.averageWarm().isEmpty()) {
      problems.add("lookup behaviour " + b + " needs an average warm table, but none was given");
    }
    int nt = types.size();
    this.warm_gpkm = new double[nt * roads * SITUATIONS * P];
    this.speed_kmh = new double[nt * roads * SITUATIONS];
    Arrays.fill(speed_kmh, Double.NaN);
    this.coldFirst_g = new double[nt * PARKING * P];
    this.coldSecond_g = new double[nt * PARKING * P];
    if (problems.isEmpty()) {
      FactorLookup lookup = new FactorLookup(tables, b);
      for (int t = 0; t < nt; t++) {
        for (int r = 0; r < roads; r++) {
          resolveWarm(lookup, t, r, problems);
        }
        if (hasCold) {
          resolveCold(lookup, t, problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EmissionFactorLookupException(problems);
    }
  }

  /**
   * Resolves the tables for a fleet and a network.
   *
   * @param types the distinct emission classes of the fleet; the list index is the type index the
   *     {@link EmissionHandler} is given per vehicle
   * @param linkRoadType HBEFA road type per link index (see {@link RoadTypes#resolve})
   * @throws EmissionFactorLookupException listing every missing or rejected factor
   */
  public static EmissionModel resolve(EmissionFactorTables tables, EmissionSettings settings,
      List<EmissionClass> types, String[] linkRoadType) {
    return new EmissionModel(tables, settings, types, linkRoadType);
  }

  private void resolveWarm(FactorLookup lookup, int t, int r, List<String> problems) {
    EmissionClass e = types.get(t);
    if (e.category() == VehicleCategory.NON_HBEFA_VEHICLE) {
      return; // MATSim: zero emissions for vehicles outside HBEFA
    }
    String road = roadTypeNames[r];
    double[] sp = lookup.situationSpeeds(e.category(), road);
    if (sp == null || Double.isNaN(sp[TrafficSituation.FREEFLOW.ordinal()])) {
      problems.add("warm: no " + road + "/Freeflow row for vehicle category " + e.category().hbefaName()
          + " (every road type and category needs at least the free-flow situation)");
      return;
    }
    int base = (t * roads + r) * SITUATIONS;
    for (TrafficSituation s : TrafficSituation.values()) {
      if (Double.isNaN(sp[s.ordinal()])) {
        continue;
      }
      speed_kmh[base + s.ordinal()] = sp[s.ordinal()];
      List<String> missing = new ArrayList<>();
      for (int p = 0; p < P; p++) {
        if (!warmPollutant[p]) {
          continue;
        }
        double[] f = lookup.warm(e, road, s, pollutants[p]);
        if (f == null) {
          missing.add(pollutants[p].hbefaComponent());
        } else if (f[0] < 0) {
          problems.add("warm: negative factor " + f[0] + " g/km for " + e + ", " + road + "/" + s.hbefaSuffix()
              + ", " + pollutants[p].hbefaComponent());
        } else {
          warm_gpkm[(base + s.ordinal()) * P + p] = f[0];
        }
      }
      if (!missing.isEmpty()) {
        problems.add("warm: " + e + ", " + road + "/" + s.hbefaSuffix() + ": no factor for " + missing
            + " (tried " + lookup.describeWarmTries(e) + ")");
      }
    }
  }

  private void resolveCold(FactorLookup lookup, int t, List<String> problems) {
    EmissionClass e = types.get(t);
    if (e.category() == VehicleCategory.NON_HBEFA_VEHICLE) {
      return;
    }
    for (int p = 0; p < P; p++) {
      if (!coldPollutant[p]) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (int pc = 1; pc <= PARKING; pc++) {
        Double first = lookup.cold(e, pollutants[p], pc, 1);
        Double second = lookup.cold(e, pollutants[p], pc, 2);
        if (first == null || second == null) {
          missing.add(parkingLabel(pc) + (first == null ? ",0-1km" : ",1-2km"));
          continue;
        }
        double inc = second - first;
        int i = (t * PARKING + pc - 1) * P + p;
        coldFirst_g[i] = checkCold(first, e, pollutants[p], parkingLabel(pc) + ",0-1km", problems);
        coldSecond_g[i] = checkCold(inc, e, pollutants[p], parkingLabel(pc) + ", 1-2km minus 0-1km", problems);
      }
      if (!missing.isEmpty()) {
        problems.add("cold: " + e + ", " + pollutants[p].hbefaComponent() + ": no factor for " + missing
            + " (tried " + lookup.describeColdTries(e) + ")");
      }
    }
  }

  private double checkCold(double v, EmissionClass e, Pollutant p, String what, List<String> problems) {
    if (v >= 0) {
      return v;
    }
    if (settings.negativeCold() == EmissionSettings.NegativeColdPolicy.CLAMP_TO_ZERO) {
      clampedColdFactors++;
      return 0;
    }
    problems.add("cold: negative value " + v + " g for " + e + ", " + p.hbefaComponent() + ", " + what
        + " (choose negative-cold policy CLAMP_TO_ZERO to count and zero such values)");
    return 0;
  }

  static String parkingLabel(int pc) {
    return pc == PARKING ? ">12h" : (pc - 1) + "-" + pc + "h";
  }

  /** MATSim's parking-time class: max(1, floor(hours)), and 13 ("&gt;12h") from 12 h on. */
  public static int parkingClass(int parking_s) {
    int h = Math.max(1, parking_s / 3600);
    return h >= 12 ? PARKING : h;
  }

  /** The traffic situation for an average speed on a link of road index {@code road}. */
  public TrafficSituation situation(int type, int road, double averageSpeed_kmh) {
    return TrafficSituation.values()[situationIndex(type, road, averageSpeed_kmh)];
  }

  int situationIndex(int type, int road, double v_kmh) {
    int base = (type * roads + road) * SITUATIONS;
    int s = 0;
    for (int k = 1; k < SITUATIONS; k++) {
      double threshold = speed_kmh[base + k];
      if (v_kmh <= threshold) { // false for NaN (situation absent)
        s = k;
      }
    }
    return s;
  }

  public List<Pollutant> pollutants() {
    return List.of(pollutants);
  }

  /** Whether pollutant column {@code p} has warm factors (it then appears in warm emission events). */
  public boolean isWarm(int p) {
    return warmPollutant[p];
  }

  /** Whether pollutant column {@code p} has cold-start factors. */
  public boolean isCold(int p) {
    return coldPollutant[p] && hasCold;
  }

  public boolean hasCold() {
    return hasCold;
  }

  public List<EmissionClass> types() {
    return types;
  }

  public EmissionSettings settings() {
    return settings;
  }

  public int linkCount() {
    return linkRoad.length;
  }

  public String roadTypeOfLink(int link) {
    return roadTypeNames[linkRoad[link]];
  }

  /** Number of negative cold factors or increments set to zero under CLAMP_TO_ZERO. */
  public int clampedColdFactors() {
    return clampedColdFactors;
  }

  /** Warm factor in g/km resolved for a vehicle type, link road type, situation and pollutant column. */
  public double warmFactor_gpkm(int type, int link, TrafficSituation s, int p) {
    return warm_gpkm[((type * roads + linkRoad[link]) * SITUATIONS + s.ordinal()) * P + p];
  }
}
