package de.bochumtwin.core.counts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One counting station on a network link with hourly observed volumes. Immutable.
 *
 * <p>Units: volumes in vehicles per hour for hour-of-day slots 0..23, slot {@code h} covering
 * {@code h:00} to {@code (h+1):00} (MATSim counts v1 {@code h="1"} is slot 0); {@code NaN} marks an
 * hour without a measurement (not the same as a measured 0). Coordinates in metres of the scenario
 * CRS, {@code NaN} when the source gave none.
 */
public final class CountStation {
  /** Number of hourly slots in a day. */
  public static final int HOURS = 24;

  private final String stationId;
  private final int linkIndex;
  private final double[] volumes_vph;
  private final double x_m;
  private final double y_m;

  private CountStation(String stationId, int linkIndex, double[] volumes_vph, double x_m, double y_m) {
    this.stationId = Objects.requireNonNull(stationId, "station id");
    if (linkIndex < 0) {
      throw new IllegalArgumentException("count station '" + stationId + "': link index must be >= 0, got " + linkIndex);
    }
    if (volumes_vph.length != HOURS) {
      throw new IllegalArgumentException("count station '" + stationId + "': need " + HOURS + " hourly slots, got " + volumes_vph.length);
    }
    for (int h = 0; h < HOURS; h++) {
      double v = volumes_vph[h];
      if (!Double.isNaN(v) && (v < 0 || Double.isInfinite(v))) {
        throw new IllegalArgumentException("count station '" + stationId + "': volume of hour " + h + " must be finite and >= 0, got " + v);
      }
    }
    this.linkIndex = linkIndex;
    this.volumes_vph = volumes_vph;
    this.x_m = x_m;
    this.y_m = y_m;
  }

  /**
   * A station; {@code volumes_vph} (copied) must have 24 entries, NaN for hours without a value.
   *
   * @throws IllegalArgumentException for a negative link index, a wrong array length or a negative volume
   */
  public static CountStation of(String stationId, int linkIndex, double[] volumes_vph, double x_m, double y_m) {
    return new CountStation(stationId, linkIndex, volumes_vph.clone(), x_m, y_m);
  }

  /** The station id ({@code cs_id} in MATSim counts). */
  public String stationId() {
    return stationId;
  }

  /** The network link the station counts. */
  public int linkIndex() {
    return linkIndex;
  }

  /** Observed volume of hour-of-day slot {@code hour} (0..23), NaN when not measured. */
  public double volume_vph(int hour) {
    return volumes_vph[hour];
  }

  public boolean hasVolume(int hour) {
    return !Double.isNaN(volumes_vph[hour]);
  }

  /** A copy of all 24 hourly volumes. */
  public double[] volumes_vph() {
    return volumes_vph.clone();
  }

  /** Sum of the measured hours (NaN slots skipped). */
  public double dailyVolume() {
    double s = 0;
    for (double v : volumes_vph) {
      if (!Double.isNaN(v)) {
        s += v;
      }
    }
    return s;
  }

  public boolean hasCoord() {
    return !Double.isNaN(x_m) && !Double.isNaN(y_m);
  }

  public double x_m() {
    return x_m;
  }

  public double y_m() {
    return y_m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountStation c && c.stationId.equals(stationId) && c.linkIndex == linkIndex
        && Arrays.equals(c.volumes_vph, volumes_vph) && Double.compare(c.x_m, x_m) == 0 && Double.compare(c.y_m, y_m) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(stationId, linkIndex, Arrays.hashCode(volumes_vph));
  }

  @Override
  public String toString() {
    return "CountStation[" + stationId + " link=" + linkIndex + "]";
  }
}
