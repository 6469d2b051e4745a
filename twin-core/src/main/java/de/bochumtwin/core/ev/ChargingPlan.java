package de.bochumtwin.core.ev;

import java.util.Arrays;

/**
 * Where each vehicle plans to charge during the day: a list of stops, each at one activity of the
 * person's selected plan (0-based activity index) with up to {@code 1 + maxAlternatives} candidate
 * chargers, nearest first. The {@link ChargingHandler} picks among them at arrival (nearest free plug,
 * else fewest queued per plug) and after giving up tries the best untried one. Home charging is not listed here: it follows from the fleet's home-charging flag and the
 * activity type.
 *
 * <p>Layout (CSR): stops of vehicle {@code v} are {@code stopStart[v] .. stopStart[v+1]}; candidates of
 * stop {@code s} are {@code candStart[s] .. candStart[s+1]} in {@code cand}. Immutable; build with
 * {@link #builder(int)} (the planner does) or by hand in tests.
 */
public final class ChargingPlan {
  /** A stop during an activity at a charger within walking distance. */
  public static final int ACTIVITY = 0;
  /** A fast-charging stop because the day would otherwise become critical (larger radius, fast chargers only). */
  public static final int ENROUTE = 1;

  private final int[] stopStart;
  private final int[] stopAct;
  private final int[] stopKind;
  private final int[] candStart;
  private final int[] cand;
  private final int unresolved;

  private ChargingPlan(int[] stopStart, int[] stopAct, int[] stopKind, int[] candStart, int[] cand, int unresolved) {
    this.stopStart = stopStart;
    this.stopAct = stopAct;
    this.stopKind = stopKind;
    this.candStart = candStart;
    this.cand = cand;
    this.unresolved = unresolved;
  }

  public static Builder builder(int vehicles) {
    return new Builder(vehicles);
  }

  /** A plan without any public charging stop. */
  public static ChargingPlan none(int vehicles) {
    return builder(vehicles).build();
  }

  public int vehicleCount() {
    return stopStart.length - 1;
  }

  public int stopCount() {
    return stopAct.length;
  }

  /** The stop of vehicle {@code v} at activity {@code act}, or -1. Scans the vehicle's few stops. */
  public int findStop(int v, int act) {
    if (v >= stopStart.length - 1) {
      return -1;
    }
    for (int s = stopStart[v]; s < stopStart[v + 1]; s++) {
      if (stopAct[s] == act) {
        return s;
      }
    }
    return -1;
  }

  public int stopActivity(int s) {
    return stopAct[s];
  }

  public int stopKind(int s) {
    return stopKind[s];
  }

  public int candidateCount(int s) {
    return candStart[s + 1] - candStart[s];
  }

  /** The {@code i}-th candidate charger of stop {@code s} (0 = nearest). */
  public int candidate(int s, int i) {
    return cand[candStart[s] + i];
  }

  public int stopsOf(int v) {
    return stopStart[v + 1] - stopStart[v];
  }

  /** Vehicles whose estimated day stays critical because no usable charger was found. */
  public int unresolvedVehicles() {
    return unresolved;
  }

  @Override
  public String toString() {
    return "ChargingPlan[" + vehicleCount() + " vehicles, " + stopCount() + " stops, " + unresolved + " unresolved]";
  }

  /** Stops must be added vehicle by vehicle in increasing vehicle order. */
  public static final class Builder {
    private final int vehicles;
    private final int[] stopStart;
    private int[] act = new int[16];
    private int[] kind = new int[16];
    private int[] candStart = new int[17];
    private int[] cand = new int[32];
    private int stops;
    private int cands;
    private int lastVehicle = -1;
    private int unresolved;

    private Builder(int vehicles) {
      this.vehicles = vehicles;
      this.stopStart = new int[vehicles + 1];
    }

    /** Adds a stop of vehicle {@code v} at activity {@code activity} with candidate chargers, nearest first. */
    public Builder add(int v, int activity, int kind, int... chargers) {
      if (v < lastVehicle || v >= vehicles) {
        throw new IllegalArgumentException("stops must be added in vehicle order within [0, " + vehicles + "), got " + v);
      }
      if (chargers.length == 0) {
        throw new IllegalArgumentException("vehicle " + v + ", activity " + activity + ": a stop needs at least one charger");
      }
      for (int w = lastVehicle + 1; w <= v; w++) {
        stopStart[w] = stops;
      }
      lastVehicle = v;
      if (stops == act.length) {
        act = Arrays.copyOf(act, 2 * stops);
        this.kind = Arrays.copyOf(this.kind, 2 * stops);
        candStart = Arrays.copyOf(candStart, 2 * stops + 1);
      }
      while (cands + chargers.length > cand.length) {
        cand = Arrays.copyOf(cand, 2 * cand.length);
      }
      act[stops] = activity;
      this.kind[stops] = kind;
      candStart[stops] = cands;
      System.arraycopy(chargers, 0, cand, cands, chargers.length);
      cands += chargers.length;
      stops++;
      candStart[stops] = cands;
      return this;
    }

    public Builder countUnresolved() {
      unresolved++;
      return this;
    }

    public ChargingPlan build() {
      for (int w = lastVehicle + 1; w <= vehicles; w++) {
        stopStart[w] = stops;
      }
      int[] cs = Arrays.copyOf(candStart, stops + 1);
      cs[stops] = cands;
      return new ChargingPlan(stopStart.clone(), Arrays.copyOf(act, stops), Arrays.copyOf(kind, stops), cs,
          Arrays.copyOf(cand, cands), unresolved);
    }
  }
}
