package de.bochumtwin.scenarios.osm;

import java.util.List;

/** The transport modes the importer assigns to links, as bits of a small mask. */
public final class OsmModes {
  /** MATSim's mode name {@code car}. */
  public static final int CAR = 1;
  /** MATSim's mode name {@code bike}. */
  public static final int BIKE = 2;
  /** All modes, in bit order. */
  public static final List<String> NAMES = List.of("car", "bike");

  private OsmModes() {}

  /** Mode names of a mask, in bit order. */
  public static List<String> names(int mask) {
    if (mask == CAR) {
      return List.of("car");
    }
    if (mask == BIKE) {
      return List.of("bike");
    }
    if (mask == (CAR | BIKE)) {
      return NAMES;
    }
    return List.of();
  }
}
