package de.bochumtwin.core.emissions;

import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic situation of a warm traversal chosen from its integer travel time alone, without a
 * division or a table search: per (speed group, link) the handler keeps the travel times at which the
 * situation changes.
 *
 * <p>Why this is exact: the reference rule computes {@code v = (length_m / 1000) / (tt / 3600)} in
 * doubles (infinite for {@code tt <= 0}), caps it to the free speed {@code vFree} when
 * {@code v - vFree > 1} and picks the last situation {@code k} whose table speed satisfies
 * {@code v <= speed_k}. IEEE division and subtraction are correctly rounded and therefore monotone, so
 * {@code v} never increases with {@code tt}: "capped" holds exactly for {@code tt <= capMax} and
 * {@code v <= speed_k} exactly for {@code tt >= minTt_k}. Both bounds are found once per link by
 * binary search on the very same double expression ({@link #speed_kmh}), so the situation is
 * bit-for-bit the reference's. Travel times outside {@code [1, LIMIT)} take the reference path.
 *
 * <p>A speed group is a set of vehicle types with identical situation speeds on every road type (in
 * practice one per HBEFA vehicle category). Layout: {@code data[((group * links) + link) * W + f]}.
 */
final class TravelTimeSituations {
  /** Travel times at or above this (about 34 years) use the reference formula. */
  static final int LIMIT = 1 << 30;
  /** Bit set in the result of {@link #situation} when the average speed was capped. */
  static final int CAPPED = 8;
  private static final int W = 6;
  private static final int CAP_MAX = 0;
  private static final int CAP_SITUATION = 1;
  private static final int MIN_TT = 2; // MIN_TT + k - 1 for situation k = 1..4

  private final EmissionModel model;
  private final int links;
  private final int[] groupOfType;
  private final int[] typeOfGroup;
  private final int[] data;
  private final double[] length_m;
  private final double[] freeSpeed_kmh;

  TravelTimeSituations(EmissionModel model, Network network) {
    if (EmissionModel.SITUATIONS != 5) {
      throw new IllegalStateException("situation() is unrolled for 5 traffic situations");
    }
    this.model = model;
    this.links = network.linkCount();
    this.length_m = new double[links];
    this.freeSpeed_kmh = new double[links];
    for (int l = 0; l < links; l++) {
      length_m[l] = network.length_m(l);
      freeSpeed_kmh[l] = network.freespeed_mps(l) * 3.6;
    }
    int nt = model.types().size();
    int rowLength = model.roads * EmissionModel.SITUATIONS;
    this.groupOfType = new int[nt];
    Map<List<Double>, Integer> groups = new HashMap<>();
    List<Integer> reps = new ArrayList<>();
    for (int t = 0; t < nt; t++) {
      double[] row = Arrays.copyOfRange(model.speed_kmh, t * rowLength, (t + 1) * rowLength);
      List<Double> key = new ArrayList<>(row.length);
      for (double d : row) {
        key.add(d);
      }
      Integer g = groups.get(key);
      if (g == null) {
        g = reps.size();
        groups.put(key, g);
        reps.add(t);
      }
      groupOfType[t] = g;
    }
    this.typeOfGroup = reps.stream().mapToInt(Integer::intValue).toArray();
    this.data = new int[typeOfGroup.length * links * W];
    for (int g = 0; g < typeOfGroup.length; g++) {
      int type = typeOfGroup[g];
      for (int l = 0; l < links; l++) {
        fill(g, type, l);
      }
    }
  }

  private void fill(int g, int type, int l) {
    int b = (g * links + l) * W;
    double len = length_m[l];
    double vFree = freeSpeed_kmh[l];
    int road = model.linkRoad[l];
    // capped exactly for tt <= the last tt in [1, LIMIT) with v(tt) - vFree > 1 (0 when none)
    data[b + CAP_MAX] = firstTrue(tt -> !(speed_kmh(len, tt) - vFree > 1.0), len * 3.6 / (vFree + 1.0)) - 1;
    data[b + CAP_SITUATION] = model.situationIndex(type, road, vFree);
    int base = (type * model.roads + road) * EmissionModel.SITUATIONS;
    for (int k = 1; k < EmissionModel.SITUATIONS; k++) {
      double threshold = model.speed_kmh[base + k];
      // first tt in [1, LIMIT) with v(tt) <= threshold; LIMIT when none (NaN = situation absent)
      data[b + MIN_TT + k - 1] = firstTrue(tt -> speed_kmh(len, tt) <= threshold, len * 3.6 / threshold);
    }
  }

  /**
   * The smallest {@code tt} in {@code [1, LIMIT)} for which the monotone (false, then true) predicate
   * holds, or {@link #LIMIT} when it never does; {@code estimate} (the real-valued crossing, possibly
   * not finite) narrows the search to a few evaluations, and the full range is searched when the
   * bracket around it does not hold.
   */
  private static int firstTrue(java.util.function.IntPredicate holds, double estimate) {
    int lo = 0; // holds(lo) is taken as false
    int hi = LIMIT; // holds(hi) is taken as true
    if (estimate >= 0 && estimate < LIMIT - 4) {
      int a = Math.max(0, (int) estimate - 2);
      int c = (int) estimate + 3;
      if ((a == 0 || !holds.test(a)) && holds.test(c)) {
        lo = a;
        hi = c;
      }
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (holds.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** The reference average speed of a traversal in km/h; infinite for a travel time of 0 or less. */
  static double speed_kmh(double length_m, int travelTime_s) {
    return travelTime_s > 0 ? (length_m / 1000.0) / (travelTime_s / 3600.0) : Double.POSITIVE_INFINITY;
  }

  /** Free speed of a link in km/h, as the reference rule computes it. */
  double freeSpeed_kmh(int link) {
    return freeSpeed_kmh[link];
  }

  /** Speed group of a type index. */
  int group(int type) {
    return groupOfType[type];
  }

  int groups() {
    return typeOfGroup.length;
  }

  /**
   * Situation index of a traversal of {@code link} in {@code travelTime_s} by a vehicle of speed group
   * {@code group}, plus {@link #CAPPED} when the speed was capped to the free speed (the caller has
   * already rejected capping when it is switched off).
   */
  int situation(int group, int link, int travelTime_s) {
    if (travelTime_s < 1 || travelTime_s >= LIMIT) {
      return reference(typeOfGroup[group], link, travelTime_s);
    }
    int b = (group * links + link) * W;
    if (travelTime_s <= data[b + CAP_MAX]) {
      return data[b + CAP_SITUATION] | CAPPED;
    }
    int s = 0;
    if (travelTime_s >= data[b + MIN_TT]) {
      s = 1;
    }
    if (travelTime_s >= data[b + MIN_TT + 1]) {
      s = 2;
    }
    if (travelTime_s >= data[b + MIN_TT + 2]) {
      s = 3;
    }
    if (travelTime_s >= data[b + MIN_TT + 3]) {
      s = 4;
    }
    return s;
  }

  /** The rule with divisions, as the handler computed it per traversal before the thresholds. */
  int reference(int type, int link, int travelTime_s) {
    double v = speed_kmh(length_m[link], travelTime_s);
    double vFree = freeSpeed_kmh[link];
    if (v - vFree > 1.0) {
      return model.situationIndex(type, model.linkRoad[link], vFree) | CAPPED;
    }
    return model.situationIndex(type, model.linkRoad[link], v);
  }
}
