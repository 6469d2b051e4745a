package de.bochumtwin.core.router;

/**
 * Measured link travel times in time bins (MATSim's TravelTimeCalculator): the travel time of a link
 * entered at {@code t} is the average of the traversals that entered the link in the bin of {@code t}
 * ({@code bin = floor(t / binSize_s)}, times before 0 use bin 0, the last bin is open-ended), or the
 * fallback (free-flow) time when no vehicle entered the link in that bin, after two corrections.
 *
 * <p><b>1. Consolidation (MATSim's {@code consolidateData}).</b> Going forward in time, each bin value
 * is raised to at least the previous bin's value minus one bin width: {@code tt_k >= tt_(k-1) -
 * binSize}. A vehicle entering in bin {@code k} is behind the vehicles that entered at the start of bin
 * {@code k-1}, so it cannot be faster than that. In particular an empty bin right after a long queue
 * is not free flow: without this, the free-flow value of the first empty bin after a rush hour pulled
 * the last congested bins down through the FIFO envelope below (a queue that lasts until 8:30 looked as
 * if it dissolved at 8:15), which made the end of the rush look equally cheap on every congested route
 * and biased the route choice there (docs/loop.md).
 *
 * <p><b>2. FIFO envelope.</b> Bin values are still a step function: if bin {@code k+1} is faster than
 * bin {@code k}, a vehicle entering late in bin {@code k} would leave after one entering at the start of
 * bin {@code k+1}, which a FIFO queue cannot do and which breaks the exactness of the time-dependent
 * router. We use the lower FIFO envelope of the arrival function: {@code arrival(t) = min over t' >= t
 * of (t' + tt(t'))}. Inside bin {@code k} this is {@code min(tt_k, cap_k + (binEnd_k - t))}, where
 * {@code cap_k = min over j > k of (tt_j + start_j - binEnd_k)} is precomputed per bin. After the
 * consolidation {@code cap_k = tt_(k+1)}, so the envelope only acts inside one bin: its value is kept
 * except in the final stretch before a faster bin, where the travel time falls with slope -1 to the
 * next bin's value. The envelope only lowers values, and the minimum over all times equals the smallest
 * consolidated bin value, so {@link #minTravelTime_s} is simply that minimum. MATSim's alternative
 * ("linearinterpolation" between bin centres) is FIFO only when neighbouring bins differ by less than
 * one bin size and changes the values everywhere, which is why we did not choose it (docs/routing.md).
 *
 * <p>Layout: one {@code float[2 x binCount]} per link that saw traffic ({@code [tt_0..tt_n-1,
 * cap_0..cap_n-1]}, empty bins already holding the fallback time), {@code null} for links without any
 * traversal (they use the fallback at every time, costing no memory). Immutable and thread-safe.
 * Building from {@link #binTravelTime_s} values again gives the same travel times (consolidation is
 * idempotent).
 */
public final class BinnedTravelTimes implements TravelTimes {
  private final int binSize_s;
  private final int binCount;
  private final float[][] rows;
  private final double[] min_s;
  private final TravelTimes fallback;

  private BinnedTravelTimes(int binSize_s, int binCount, float[][] rows, double[] min_s, TravelTimes fallback) {
    this.binSize_s = binSize_s;
    this.binCount = binCount;
    this.rows = rows;
    this.min_s = min_s;
    this.fallback = fallback;
  }

  /**
   * Builds travel times from bin averages.
   *
   * @param binSize_s bin width in seconds, {@code >= 1}
   * @param averages per link either {@code null} (no data) or {@code binCount} values, {@code NaN} marking
   *     a bin without data; not retained
   * @param fallback the time-independent free-flow time used for empty bins (e.g.
   *     {@link FreespeedTravelTimes#exact}); its {@code travelTime_s} is read at time 0
   */
  public static BinnedTravelTimes of(int binSize_s, int binCount, float[][] averages, TravelTimes fallback) {
    if (binSize_s < 1) {
      throw new IllegalArgumentException("travel time bin size must be >= 1 s, got " + binSize_s);
    }
    if (binCount < 1) {
      throw new IllegalArgumentException("travel time bin count must be >= 1, got " + binCount);
    }
    float[][] rows = new float[averages.length][];
    double[] min = new double[averages.length];
    for (int l = 0; l < averages.length; l++) {
      double free = fallback.travelTime_s(l, 0.0);
      float[] a = averages[l];
      if (a == null) {
        min[l] = fallback.minTravelTime_s(l);
        continue;
      }
      if (a.length != binCount) {
        throw new IllegalArgumentException("link index " + l + ": " + a.length + " travel time bins, expected " + binCount);
      }
      float[] row = new float[2 * binCount];
      double m = Double.POSITIVE_INFINITY;
      for (int k = 0; k < binCount; k++) {
        float v = Float.isNaN(a[k]) ? (float) free : a[k];
        if (!(v >= 0) || Float.isInfinite(v)) {
          throw new IllegalArgumentException("link index " + l + ", bin " + k + ": travel time must be finite and >= 0 s, got " + v);
        }
        // MATSim's consolidation: a vehicle entering in bin k queues behind those that entered at the
        // start of bin k-1, so tt_k >= tt_{k-1} - binSize (an empty bin after a queue is not free flow)
        if (k > 0 && v < row[k - 1] - (double) binSize_s) {
          v = (float) (row[k - 1] - (double) binSize_s);
        }
        row[k] = v;
        m = Math.min(m, v);
      }
      // cap_k = min over j > k of (tt_j + start_j - end_k) = min(tt_{k+1}, cap_{k+1} + binSize)
      row[2 * binCount - 1] = Float.POSITIVE_INFINITY;
      // computed in double and rounded down to float: a cap rounded up could break FIFO at the bin end
      for (int k = binCount - 2; k >= 0; k--) {
        double cap = Math.min(row[k + 1], row[binCount + k + 1] + (double) binSize_s);
        float f = (float) cap;
        row[binCount + k] = f > cap ? Math.nextDown(f) : f;
      }
      rows[l] = row;
      min[l] = m;
    }
    return new BinnedTravelTimes(binSize_s, binCount, rows, min, fallback);
  }

  public int binSize_s() {
    return binSize_s;
  }

  public int binCount() {
    return binCount;
  }

  /** The bin of an enter time: {@code floor(t / binSize)}, clamped to {@code [0, binCount - 1]}. */
  public int binOf(double time_s) {
    if (!(time_s > 0)) {
      return 0;
    }
    double b = Math.floor(time_s / binSize_s);
    return b >= binCount - 1 ? binCount - 1 : (int) b;
  }

  /** Whether any traversal of {@code link} was recorded (false: the fallback is used at every time). */
  public boolean hasData(int link) {
    return rows[link] != null;
  }

  /**
   * The stored bin value: the average (or the fallback for an empty bin) after the consolidation, before
   * the FIFO envelope.
   */
  public double binTravelTime_s(int link, int bin) {
    float[] row = rows[link];
    return row == null ? fallback.travelTime_s(link, bin * (double) binSize_s) : row[bin];
  }

  @Override
  public double travelTime_s(int link, double enterTime_s) {
    float[] row = rows[link];
    if (row == null) {
      return fallback.travelTime_s(link, enterTime_s);
    }
    int k = binOf(enterTime_s);
    double tt = row[k];
    double untilBinEnd_s = (k + 1) * (double) binSize_s - enterTime_s;
    double capped = row[binCount + k] + untilBinEnd_s;
    return capped < tt ? capped : tt;
  }

  @Override
  public double minTravelTime_s(int link) {
    return min_s[link];
  }
}
