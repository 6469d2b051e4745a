package de.bochumtwin.scenarios.airquality;

import java.util.List;

/**
 * Puts a traffic station's receptor at the kerb of the road it measures. The Bochum network is
 * schematic (straight links between junctions), so a station's true position can lie 100 m from the
 * modelled line of its road (DENW204: 114 m north of the Riemke junction node). Rule: take the link of
 * the station's road ({@code origId} starting with {@code roadKey + ":"}) nearest to the station; the
 * foot point of the station on it, kept at least {@link #JUNCTION_CLEARANCE_M} from the link's ends
 * (junctions are not where kerbside stations stand); then move perpendicular to the station's side by
 * the carriageway half-width ({@code lanes x 3.5 m}, lanes per direction, both directions alike) plus
 * {@link #INLET_BEYOND_KERB_M} (the inlet stands at the kerb, within the EU directive's 10 m).
 */
public final class StationPlacement {
  public static final double JUNCTION_CLEARANCE_M = 50;
  public static final double INLET_BEYOND_KERB_M = 1;

  /** A link's straight geometry with its origId and lanes (per direction). */
  public record LinkShape(String id, String origId, double x0, double y0, double x1, double y1, double lanes) {}

  private StationPlacement() {}

  /** The kerbside position {x, y}, or null when no link of the road exists. */
  public static double[] kerbside(double sx, double sy, String roadKey, List<LinkShape> links) {
    LinkShape best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (LinkShape l : links) {
      if (l.origId() == null || !l.origId().startsWith(roadKey + ":")) {
        continue;
      }
      double d = Math.hypot(sx - foot(sx, sy, l, 0)[0], sy - foot(sx, sy, l, 0)[1]);
      if (d < bestD) {
        bestD = d;
        best = l;
      }
    }
    if (best == null) {
      return null;
    }
    double len = Math.hypot(best.x1() - best.x0(), best.y1() - best.y0());
    double clear = Math.min(JUNCTION_CLEARANCE_M, 0.5 * len);
    double[] f = foot(sx, sy, best, clear);
    double ux = (best.x1() - best.x0()) / len;
    double uy = (best.y1() - best.y0()) / len;
    double side = Math.signum(-(sx - best.x0()) * uy + (sy - best.y0()) * ux);
    if (side == 0) {
      side = 1;
    }
    double off = best.lanes() * 3.5 + INLET_BEYOND_KERB_M;
    // left normal of (ux, uy) is (-uy, ux)
    return new double[] {f[0] - side * uy * off, f[1] + side * ux * off};
  }

  private static double[] foot(double px, double py, LinkShape l, double clear) {
    double dx = l.x1() - l.x0();
    double dy = l.y1() - l.y0();
    double len = Math.hypot(dx, dy);
    if (len == 0) {
      return new double[] {l.x0(), l.y0()};
    }
    double t = ((px - l.x0()) * dx + (py - l.y0()) * dy) / len;
    t = Math.max(clear, Math.min(len - clear, t));
    return new double[] {l.x0() + t * dx / len, l.y0() + t * dy / len};
  }
}
