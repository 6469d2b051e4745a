package de.bochumtwin.scenarios.bochum;

/**
 * A point where a motorway or main road leaves the city: in-commuters start and end their day here,
 * out-commuters work "here" (the place stands for everything beyond it in that direction). Counts are
 * persons at 100 % (see docs/data-sources.md for how the directions were split). Immutable.
 */
public final class Gateway {
  private final String id;
  private final String road;
  private final String towards;
  private final double x_m;
  private final double y_m;
  private final int inLink;
  private final int outLink;
  private final int inCommuters;
  private final int outCommuters;

  Gateway(String id, String road, String towards, double x_m, double y_m, int inLink, int outLink, int inCommuters,
      int outCommuters) {
    this.id = id;
    this.road = road;
    this.towards = towards;
    this.x_m = x_m;
    this.y_m = y_m;
    this.inLink = inLink;
    this.outLink = outLink;
    this.inCommuters = inCommuters;
    this.outCommuters = outCommuters;
  }

  /** The id of the boundary node, e.g. {@code GW_A40_W}. */
  public String id() {
    return id;
  }

  public String road() {
    return road;
  }

  /** The places beyond the boundary in this direction, e.g. "Essen; Gelsenkirchen". */
  public String towards() {
    return towards;
  }

  public double x_m() {
    return x_m;
  }

  public double y_m() {
    return y_m;
  }

  /** Network index of the link entering the city from this boundary node. */
  public int inLink() {
    return inLink;
  }

  /** Network index of the link leaving the city to this boundary node. */
  public int outLink() {
    return outLink;
  }

  /** Persons living beyond this boundary and working in Bochum (100 %). */
  public int inCommuters() {
    return inCommuters;
  }

  /** Bochum residents working beyond this boundary (100 %). */
  public int outCommuters() {
    return outCommuters;
  }
}
