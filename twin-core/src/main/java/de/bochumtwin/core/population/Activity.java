package de.bochumtwin.core.population;

import java.util.Objects;

/**
 * An activity of a plan: a type (e.g. {@code h}, {@code w}) at a network link and/or a coordinate,
 * ending at an end time or after a maximum duration (MATSim's "tryEndTimeThenDuration": the end
 * time wins when both are given). Immutable.
 *
 * <p>Units: times in seconds since scenario start ({@link Time#UNDEFINED} when absent), coordinates
 * in metres of the scenario CRS ({@code NaN} when absent), link as a network index (-1 when absent).
 */
public final class Activity implements PlanElement {
  private final String type;
  private final int linkIndex;
  private final double x_m;
  private final double y_m;
  private final int startTime_s;
  private final int endTime_s;
  private final int maxDuration_s;

  private Activity(String type, int linkIndex, double x_m, double y_m, int startTime_s, int endTime_s, int maxDuration_s) {
    this.type = Objects.requireNonNull(type, "activity type");
    if (type.isEmpty()) {
      throw new IllegalArgumentException("activity type must not be empty");
    }
    if (linkIndex < -1) {
      throw new IllegalArgumentException("link index " + linkIndex);
    }
    if (linkIndex < 0 && (Double.isNaN(x_m) || Double.isNaN(y_m))) {
      throw new IllegalArgumentException("activity '" + type + "' needs a link or a coordinate");
    }
    if (Time.isDefined(maxDuration_s) && maxDuration_s < 0) {
      throw new IllegalArgumentException("activity '" + type + "': negative max duration " + maxDuration_s + " s");
    }
    this.linkIndex = linkIndex;
    this.x_m = x_m;
    this.y_m = y_m;
    this.startTime_s = startTime_s;
    this.endTime_s = endTime_s;
    this.maxDuration_s = maxDuration_s;
  }

  public static Activity atLink(String type, int linkIndex) {
    return new Activity(type, linkIndex, Double.NaN, Double.NaN, Time.UNDEFINED, Time.UNDEFINED, Time.UNDEFINED);
  }

  public static Activity of(String type, int linkIndex, double x_m, double y_m) {
    return new Activity(type, linkIndex, x_m, y_m, Time.UNDEFINED, Time.UNDEFINED, Time.UNDEFINED);
  }

  public Activity withEndTime(int endTime_s) {
    return new Activity(type, linkIndex, x_m, y_m, startTime_s, endTime_s, maxDuration_s);
  }

  public Activity withMaxDuration(int maxDuration_s) {
    return new Activity(type, linkIndex, x_m, y_m, startTime_s, endTime_s, maxDuration_s);
  }

  public Activity withStartTime(int startTime_s) {
    return new Activity(type, linkIndex, x_m, y_m, startTime_s, endTime_s, maxDuration_s);
  }

  public Activity withLinkIndex(int linkIndex) {
    return new Activity(type, linkIndex, x_m, y_m, startTime_s, endTime_s, maxDuration_s);
  }

  public String type() {
    return type;
  }

  /** Network link index, or -1 when the activity has only a coordinate. */
  public int linkIndex() {
    return linkIndex;
  }

  public boolean hasCoord() {
    return !Double.isNaN(x_m);
  }

  public double x_m() {
    return x_m;
  }

  public double y_m() {
    return y_m;
  }

  public int startTime_s() {
    return startTime_s;
  }

  public int endTime_s() {
    return endTime_s;
  }

  public int maxDuration_s() {
    return maxDuration_s;
  }

  /**
   * The time this activity ends when it started at {@code arrival_s}: the end time if given, else
   * arrival plus maximum duration, else {@link Time#UNDEFINED} (the agent stays).
   */
  public int departureTime_s(int arrival_s) {
    if (Time.isDefined(endTime_s)) {
      return endTime_s;
    }
    if (Time.isDefined(maxDuration_s)) {
      return arrival_s + maxDuration_s;
    }
    return Time.UNDEFINED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Activity a && a.type.equals(type) && a.linkIndex == linkIndex
        && Double.compare(a.x_m, x_m) == 0 && Double.compare(a.y_m, y_m) == 0
        && a.startTime_s == startTime_s && a.endTime_s == endTime_s && a.maxDuration_s == maxDuration_s;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, linkIndex, x_m, y_m, endTime_s, maxDuration_s);
  }

  @Override
  public String toString() {
    return "Activity[" + type + " link=" + linkIndex + " end=" + Time.format(endTime_s) + " dur=" + Time.format(maxDuration_s) + "]";
  }
}
