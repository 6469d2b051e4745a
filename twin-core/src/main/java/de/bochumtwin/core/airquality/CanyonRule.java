package de.bochumtwin.core.airquality;

import java.util.Locale;

/**
 * Which links are built-up street canyons, and how wide: the network has no building data, so a
 * documented rule stands in. A link is a canyon when its type is {@code primary}, {@code secondary}
 * or {@code tertiary} (OSM highway classes, also with {@code _link}) and its free speed is at most
 * 50 km/h (13.9 m/s, plus rounding): urban main streets, which in German cities are mostly lined by
 * buildings. Width from building front to building front: {@code 10 m + 2 x 3.5 m x lanes} (the link's
 * lanes in one direction, both directions assumed alike, plus 5 m pavement on each side); e.g. 2 lanes
 * per direction give 24 m. Motorways, trunk roads, faster roads, zone connectors and untyped links are
 * open roads.
 */
public final class CanyonRule {
  public static final double MAX_SPEED_MPS = 50 / 3.6 + 0.05;
  public static final double PAVEMENTS_M = 10;
  public static final double LANE_M = 3.5;

  private CanyonRule() {}

  /** Canyon width in metres, or 0 for an open road. */
  public static double width_m(String type, double freespeed_mps, double lanes) {
    if (type == null || freespeed_mps > MAX_SPEED_MPS) {
      return 0;
    }
    String t = type.toLowerCase(Locale.ROOT);
    if (t.endsWith("_link")) {
      t = t.substring(0, t.length() - 5);
    }
    if (!(t.equals("primary") || t.equals("secondary") || t.equals("tertiary"))) {
      return 0;
    }
    return PAVEMENTS_M + 2 * LANE_M * Math.max(1, lanes);
  }
}
