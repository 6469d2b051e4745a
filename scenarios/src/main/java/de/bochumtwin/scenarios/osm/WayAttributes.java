package de.bochumtwin.scenarios.osm;

import java.util.Map;

/**
 * What one OSM way means for the network, per direction of travel (forward = the way's node order):
 * allowed modes, lanes, free speed and capacity. Derived from the tags once, in the first pass, so the
 * importer never keeps the tags themselves. Immutable.
 */
public final class WayAttributes {
  private final HighwayClass highway;
  private final int forwardModes;
  private final int backwardModes;
  private final double forwardLanes;
  private final double backwardLanes;
  private final double forwardSpeed_mps;
  private final double backwardSpeed_mps;

  WayAttributes(HighwayClass highway, int forwardModes, int backwardModes, double forwardLanes,
      double backwardLanes, double forwardSpeed_mps, double backwardSpeed_mps) {
    this.highway = highway;
    this.forwardModes = forwardModes;
    this.backwardModes = backwardModes;
    this.forwardLanes = forwardLanes;
    this.backwardLanes = backwardLanes;
    this.forwardSpeed_mps = forwardSpeed_mps;
    this.backwardSpeed_mps = backwardSpeed_mps;
  }

  /** Derives the attributes, or returns null when the way is not part of the network. */
  public static WayAttributes of(Map<String, String> tags) {
    return OsmTagRules.derive(tags);
  }

  public HighwayClass highway() {
    return highway;
  }

  /** Mode mask ({@link OsmModes}) for travel along the way's node order; 0 when nothing may. */
  public int forwardModes() {
    return forwardModes;
  }

  /** Mode mask for travel against the way's node order; 0 for a one-way road without bike exception. */
  public int backwardModes() {
    return backwardModes;
  }

  public double forwardLanes() {
    return forwardLanes;
  }

  public double backwardLanes() {
    return backwardLanes;
  }

  public double forwardSpeed_mps() {
    return forwardSpeed_mps;
  }

  public double backwardSpeed_mps() {
    return backwardSpeed_mps;
  }

  /** Capacity along the way: lanes times the class's capacity per lane. */
  public double forwardCapacity_vph() {
    return forwardLanes * highway.laneCapacity_vph();
  }

  public double backwardCapacity_vph() {
    return backwardLanes * highway.laneCapacity_vph();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WayAttributes)) {
      return false;
    }
    WayAttributes a = (WayAttributes) o;
    return highway == a.highway && forwardModes == a.forwardModes && backwardModes == a.backwardModes
        && forwardLanes == a.forwardLanes && backwardLanes == a.backwardLanes
        && forwardSpeed_mps == a.forwardSpeed_mps && backwardSpeed_mps == a.backwardSpeed_mps;
  }

  @Override
  public int hashCode() {
    int h = highway.hashCode();
    h = 31 * h + forwardModes * 4 + backwardModes;
    h = 31 * h + Double.hashCode(forwardLanes) + 7 * Double.hashCode(backwardLanes);
    return 31 * h + Double.hashCode(forwardSpeed_mps) + 7 * Double.hashCode(backwardSpeed_mps);
  }

  @Override
  public String toString() {
    return highway.tag() + " fwd[" + String.join(",", OsmModes.names(forwardModes)) + " " + forwardLanes + " lanes "
        + Math.round(forwardSpeed_mps * 3.6) + " km/h] bwd[" + String.join(",", OsmModes.names(backwardModes)) + " "
        + backwardLanes + " lanes " + Math.round(backwardSpeed_mps * 3.6) + " km/h]";
  }
}
