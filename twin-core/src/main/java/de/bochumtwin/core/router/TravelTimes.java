package de.bochumtwin.core.router;

/**
 * Link travel times that may depend on the time a vehicle enters the link.
 *
 * <p>Contract: implementations are immutable and thread-safe; {@link #travelTime_s} is FIFO
 * ({@code t + travelTime_s(l, t)} never decreases in {@code t}) so that label-setting search is exact;
 * {@link #minTravelTime_s} is a lower bound of {@link #travelTime_s} at every enter time. The router's
 * landmark heuristic relies on that bound: a bound that is too high makes routes suboptimal.
 */
public interface TravelTimes {
  /** Seconds needed to traverse {@code link} when entering it at {@code enterTime_s}; finite and {@code >= 0}. */
  double travelTime_s(int link, double enterTime_s);

  /** A lower bound of {@link #travelTime_s(int, double)} valid at every enter time. */
  double minTravelTime_s(int link);
}
