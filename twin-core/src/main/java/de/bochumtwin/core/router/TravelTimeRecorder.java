package de.bochumtwin.core.router;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;

/**
 * Measures link travel times from mobsim events and freezes them into {@link BinnedTravelTimes}.
 *
 * <p>A traversal is an {@code entered link} followed by a {@code left link} of the same vehicle on the
 * same link; its travel time (leave - enter) counts in the bin of the <em>enter</em> time. A vehicle
 * that {@code leaves traffic} on a link did not traverse it (it parked part-way), so its open
 * traversal is dropped; so is any traversal still open when the vehicle {@code enters traffic} again,
 * and the departure link (left without having been entered) is never counted.
 *
 * <p>Bins: {@code binSize_s} wide (MATSim's default 900 s); enter times at or after {@code maxTime_s}
 * all fall into the last, open-ended bin, so there are {@code ceil(maxTime_s / binSize_s) + 1} bins
 * (MATSim's default maxTime is 30 h). Sums and counts are kept in primitive per-link rows allocated
 * only when a link is first traversed. {@link #begin} starts a new run from empty.
 *
 * <p>Traversals arrive as {@link #linkTraversed} (the recorder keeps no per-vehicle state); an
 * events-file source must wrap the recorder with {@link de.bochumtwin.core.events.EventSinks#withTraversals}.
 *
 * <p>Not thread-safe (a sink is called from the simulation thread only); the snapshots are.
 */
public final class TravelTimeRecorder implements SimEventSink {
  /** MATSim's default travel time bin, 15 min. */
  public static final int DEFAULT_BIN_SIZE_S = 900;
  /** MATSim's default end of the binned period, 30 h. */
  public static final int DEFAULT_MAX_TIME_S = 30 * 3600;

  private final Network network;
  private final int binSize_s;
  private final int binCount;
  private long[][] sum_s;
  private int[][] count;

  /** A recorder with 15-minute bins up to 30 h. */
  public TravelTimeRecorder(Network network) {
    this(network, DEFAULT_BIN_SIZE_S, DEFAULT_MAX_TIME_S);
  }

  public TravelTimeRecorder(Network network, int binSize_s, int maxTime_s) {
    if (binSize_s < 1) {
      throw new IllegalArgumentException("travel time bin size must be >= 1 s, got " + binSize_s);
    }
    if (maxTime_s < 0) {
      throw new IllegalArgumentException("travel time max time must be >= 0 s, got " + maxTime_s);
    }
    this.network = network;
    this.binSize_s = binSize_s;
    this.binCount = (int) ((maxTime_s + (long) binSize_s - 1) / binSize_s) + 1;
    clear();
  }

  private void clear() {
    sum_s = new long[network.linkCount()][];
    count = new int[network.linkCount()][];
  }

  public int binCount() {
    return binCount;
  }

  @Override
  public void begin(EventIds ids) {
    clear();
  }

  @Override
  public void linkTraversed(int time_s, int link, int vehicle, int enter) {
    int bin = enter <= 0 ? 0 : Math.min(enter / binSize_s, binCount - 1);
    if (sum_s[link] == null) {
      sum_s[link] = new long[binCount];
      count[link] = new int[binCount];
    }
    sum_s[link][bin] += time_s - enter;
    count[link][bin]++;
  }

  /** Number of completed traversals recorded on {@code link} in {@code bin}. */
  public int traversals(int link, int bin) {
    return count[link] == null ? 0 : count[link][bin];
  }

  /** An immutable snapshot; empty bins fall back to {@link FreespeedTravelTimes#exact} (MATSim's free speed time). */
  public BinnedTravelTimes snapshot() {
    return snapshot(FreespeedTravelTimes.exact(network));
  }

  /** An immutable snapshot with the given fallback for bins without data. Recording may continue. */
  public BinnedTravelTimes snapshot(TravelTimes fallback) {
    float[][] avg = new float[network.linkCount()][];
    for (int l = 0; l < avg.length; l++) {
      if (sum_s[l] == null) {
        continue;
      }
      float[] a = new float[binCount];
      for (int k = 0; k < binCount; k++) {
        int c = count[l][k];
        a[k] = c == 0 ? Float.NaN : (float) ((double) sum_s[l][k] / c);
      }
      avg[l] = a;
    }
    return BinnedTravelTimes.of(binSize_s, binCount, avg, fallback);
  }
}
