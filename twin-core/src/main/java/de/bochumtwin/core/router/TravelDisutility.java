package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;

/**
 * The generalized cost the router minimises. The default ({@link #ofTravelTime}) is the travel time
 * itself; other costs (e.g. a monetary distance rate) plug in here without touching the search.
 *
 * <p>Contract: immutable and thread-safe; costs are {@code >= 0}; {@link #minLinkDisutility} is a
 * lower bound at every time (landmarks are computed from it). Note that exactness of the
 * time-dependent search is guaranteed only for costs proportional to travel time (FIFO); for mixed
 * costs the result is the label-setting approximation MATSim also uses.
 */
public interface TravelDisutility {
  /** Cost of traversing {@code link} entered at {@code enterTime_s}, given its travel time. */
  double linkDisutility(int link, double enterTime_s, double travelTime_s);

  /** A lower bound of {@link #linkDisutility} valid at every enter time. */
  double minLinkDisutility(int link);

  /** Cost = travel time in seconds. */
  static TravelDisutility ofTravelTime(TravelTimes travelTimes) {
    return new TravelDisutility() {
      @Override
      public double linkDisutility(int link, double enterTime_s, double travelTime_s) {
        return travelTime_s;
      }

      @Override
      public double minLinkDisutility(int link) {
        return travelTimes.minTravelTime_s(link);
      }
    };
  }

  /**
   * Cost = {@code costPerSecond x travel time + costPerMetre x link length}, e.g. MATSim's
   * time-and-distance disutility without its randomisation. Both rates must be {@code >= 0}.
   */
  static TravelDisutility ofTimeAndDistance(TravelTimes travelTimes, Network network, double costPerSecond,
      double costPerMetre) {
    if (!(costPerSecond >= 0) || !(costPerMetre >= 0) || Double.isInfinite(costPerSecond) || Double.isInfinite(costPerMetre)) {
      throw new IllegalArgumentException("cost rates must be finite and >= 0, got " + costPerSecond + " per s, " + costPerMetre + " per m");
    }
    return new TravelDisutility() {
      @Override
      public double linkDisutility(int link, double enterTime_s, double travelTime_s) {
        return costPerSecond * travelTime_s + costPerMetre * network.length_m(link);
      }

      @Override
      public double minLinkDisutility(int link) {
        return costPerSecond * travelTimes.minTravelTime_s(link) + costPerMetre * network.length_m(link);
      }
    };
  }
}
