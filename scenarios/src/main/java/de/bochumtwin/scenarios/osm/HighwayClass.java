package de.bochumtwin.scenarios.osm;

import java.util.Locale;

/**
 * The OSM {@code highway=*} values the importer turns into links, with the defaults used when a
 * way has no usable {@code lanes} or {@code maxspeed} tag.
 *
 * <p>Source of the motor-vehicle numbers (lanes per direction, free speed, capacity per lane and
 * implied oneway): the default table of MATSim's {@code OsmNetworkReader} (matsim-libs,
 * {@code org.matsim.core.utils.io.OsmNetworkReader}, constructor with {@code useHighwayDefaults=true},
 * without the "VSP adjustments"), the de-facto reference for OSM-built MATSim networks. Its urban
 * speeds are deliberately low (e.g. 15 km/h residential) to stand in for intersection delays that a
 * queue model does not see; a tagged {@code maxspeed} always wins. {@code cycleway} is our own
 * addition for the {@code bike} mode (not in MATSim's table). See docs/osm-import.md.
 */
public enum HighwayClass {
  MOTORWAY("motorway", 2, 120, 2000, true, true, false),
  MOTORWAY_LINK("motorway_link", 1, 80, 1500, true, true, false),
  TRUNK("trunk", 1, 80, 2000, false, true, false),
  TRUNK_LINK("trunk_link", 1, 50, 1500, false, true, false),
  PRIMARY("primary", 1, 80, 1500, false, true, true),
  PRIMARY_LINK("primary_link", 1, 60, 1500, false, true, true),
  SECONDARY("secondary", 1, 30, 1000, false, true, true),
  SECONDARY_LINK("secondary_link", 1, 30, 1000, false, true, true),
  TERTIARY("tertiary", 1, 25, 600, false, true, true),
  TERTIARY_LINK("tertiary_link", 1, 25, 600, false, true, true),
  UNCLASSIFIED("unclassified", 1, 15, 600, false, true, true),
  RESIDENTIAL("residential", 1, 15, 600, false, true, true),
  LIVING_STREET("living_street", 1, 10, 300, false, true, true),
  CYCLEWAY("cycleway", 1, 15, 600, false, false, true);

  private static final HighwayClass[] VALUES = values();

  private final String tag;
  private final double lanesPerDirection;
  private final double speed_kmh;
  private final double laneCapacity_vph;
  private final boolean impliedOneway;
  private final boolean carByDefault;
  private final boolean bikeByDefault;

  HighwayClass(String tag, double lanesPerDirection, double speed_kmh, double laneCapacity_vph,
      boolean impliedOneway, boolean carByDefault, boolean bikeByDefault) {
    this.tag = tag;
    this.lanesPerDirection = lanesPerDirection;
    this.speed_kmh = speed_kmh;
    this.laneCapacity_vph = laneCapacity_vph;
    this.impliedOneway = impliedOneway;
    this.carByDefault = carByDefault;
    this.bikeByDefault = bikeByDefault;
  }

  /** The class for a {@code highway} tag value, or null when the importer does not use that value. */
  public static HighwayClass of(String highwayTag) {
    if (highwayTag == null) {
      return null;
    }
    String v = highwayTag.trim().toLowerCase(Locale.ROOT);
    for (HighwayClass c : VALUES) {
      if (c.tag.equals(v)) {
        return c;
      }
    }
    return null;
  }

  public String tag() {
    return tag;
  }

  public double lanesPerDirection() {
    return lanesPerDirection;
  }

  public double speed_kmh() {
    return speed_kmh;
  }

  public double laneCapacity_vph() {
    return laneCapacity_vph;
  }

  /** True for classes that are one-way unless tagged otherwise ({@code motorway}, {@code motorway_link}). */
  public boolean impliedOneway() {
    return impliedOneway;
  }

  public boolean carByDefault() {
    return carByDefault;
  }

  public boolean bikeByDefault() {
    return bikeByDefault;
  }
}
