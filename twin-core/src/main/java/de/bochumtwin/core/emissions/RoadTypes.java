package de.bochumtwin.core.emissions;

import de.bochumtwin.core.network.Network;

/**
 * HBEFA road types of links. A link's {@code hbefa_road_type} attribute wins; otherwise the type is
 * derived from free speed and lanes exactly as MATSim's {@code VspHbefaRoadTypeMapping} does,
 * including its quirk that a free speed of at most 50 km/h (13.888889 m/s) is doubled first (VSP
 * networks store reduced urban free speeds), so e.g. a 30 km/h link maps like a 60 km/h one.
 */
public final class RoadTypes {
  private RoadTypes() {}

  /** The VSP mapping of one link (thresholds in m/s as in MATSim). */
  public static String vspRoadType(double freespeed_mps, double lanes) {
    double v = freespeed_mps <= 13.888889 ? freespeed_mps * 2 : freespeed_mps;
    if (v <= 8.333333333) {
      return "URB/Access/30";
    } else if (v <= 11.111111111) {
      return "URB/Access/40";
    } else if (v <= 13.888888889) {
      return lanes <= 1.0 ? "URB/Local/50" : lanes <= 2.0 ? "URB/Distr/50" : "URB/Trunk-City/50";
    } else if (v <= 16.666666667) {
      return lanes <= 1.0 ? "URB/Local/60" : lanes <= 2.0 ? "URB/Trunk-City/60" : "URB/MW-City/60";
    } else if (v <= 19.444444444) {
      return "URB/MW-City/70";
    } else if (v <= 22.222222222) {
      return "URB/MW-Nat./80";
    }
    return "RUR/MW/>130";
  }

  /**
   * Road type per link index: {@code hbefaRoadTypeAttribute[link]} when non-null and non-blank,
   * else the VSP mapping. {@code hbefaRoadTypeAttribute} may be null (no attributes at all).
   */
  public static String[] resolve(Network network, String[] hbefaRoadTypeAttribute) {
    if (hbefaRoadTypeAttribute != null && hbefaRoadTypeAttribute.length != network.linkCount()) {
      throw new IllegalArgumentException("hbefa_road_type array has " + hbefaRoadTypeAttribute.length
          + " entries but the network has " + network.linkCount() + " links");
    }
    String[] out = new String[network.linkCount()];
    for (int l = 0; l < out.length; l++) {
      String a = hbefaRoadTypeAttribute == null ? null : hbefaRoadTypeAttribute[l];
      out[l] = a != null && !a.isBlank() ? a.strip() : vspRoadType(network.freespeed_mps(l), network.lanes(l));
    }
    return out;
  }
}
