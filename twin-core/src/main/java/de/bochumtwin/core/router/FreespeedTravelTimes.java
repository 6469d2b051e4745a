package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;

/**
 * Free-flow link travel times, independent of the time of day, in two flavours:
 *
 * <ul>
 *   <li>{@link #exact}: {@code length_m / freespeed_mps} (MATSim's FreeSpeedTravelTime);
 *   <li>{@link #mobsim}: {@code floor(length_m / freespeed_mps)} whole seconds, minimum 0: the time after
 *       which the queue mobsim moves a vehicle that entered the link to the link end.
 * </ul>
 *
 * <p>{@link #minTravelTime_s} is the floored value in both flavours, so landmarks computed from either
 * one are valid for both, and for measured travel times of the mobsim, which are never shorter.
 * Immutable; the per-link values are precomputed into two {@code double[]}.
 */
public final class FreespeedTravelTimes implements TravelTimes {
  private final double[] travelTime_s;
  private final double[] minTravelTime_s;

  private FreespeedTravelTimes(Network network, boolean floored) {
    int n = network.linkCount();
    this.travelTime_s = new double[n];
    this.minTravelTime_s = new double[n];
    for (int l = 0; l < n; l++) {
      double exact = network.length_m(l) / network.freespeed_mps(l);
      double floor = Math.max(0.0, Math.floor(exact));
      travelTime_s[l] = floored ? floor : exact;
      minTravelTime_s[l] = floor;
    }
  }

  /** {@code length / freespeed}, not rounded. */
  public static FreespeedTravelTimes exact(Network network) {
    return new FreespeedTravelTimes(network, false);
  }

  /** {@code floor(length / freespeed)}: the mobsim's free-flow link time in whole seconds. */
  public static FreespeedTravelTimes mobsim(Network network) {
    return new FreespeedTravelTimes(network, true);
  }

  @Override
  public double travelTime_s(int link, double enterTime_s) {
    return travelTime_s[link];
  }

  @Override
  public double minTravelTime_s(int link) {
    return minTravelTime_s[link];
  }
}
