package de.bochumtwin.calibration.matching;

import de.bochumtwin.calibration.feeds.SensorStation;
import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Assigns sensors to network links: by link id if the feed gives one, else among the links of the
 * OSM way ({@code Network.linkOrigId} equal to the way id), else the nearest link within a radius;
 * in the last two cases only links whose direction is within {@code maxBearingDifference_deg} of the
 * sensor's bearing qualify (a sensor without bearing accepts any direction). A sensor is
 * <em>ambiguous</em> when the second-best candidate is within {@code ambiguityMargin_m} of the best
 * and is not the same road in the same direction (a different from-to node pair); ambiguous and
 * unmatched sensors get no link and are listed with the reason.
 *
 * <p>Only links that allow {@code mode} are candidates. Uses a JTS STR-tree of link envelopes.
 */
public final class SensorMatcher {
  /**
   * @param radius_m search radius around the sensor coordinate
   * @param maxBearingDifference_deg largest accepted angle between link and sensor direction
   * @param ambiguityMargin_m second candidate closer than best + margin makes the sensor ambiguous
   * @param mode only links allowing this mode (e.g. car)
   */
  public record Settings(double radius_m, double maxBearingDifference_deg, double ambiguityMargin_m, String mode) {
    public static Settings defaults() {
      return new Settings(50, 45, 2, "car");
    }
  }

  private final Network net;
  private final Settings settings;
  private final STRtree tree = new STRtree();
  private final Map<String, List<Integer>> linksByOrigId = new HashMap<>();
  private final int modeBit;

  public SensorMatcher(Network net, Settings settings) {
    this.net = net;
    this.settings = settings;
    this.modeBit = net.modes().bit(settings.mode());
    for (int l = 0; l < net.linkCount(); l++) {
      if (!net.allowsMode(l, modeBit)) {
        continue;
      }
      double x0 = net.nodeX_m(net.fromNode(l));
      double y0 = net.nodeY_m(net.fromNode(l));
      double x1 = net.nodeX_m(net.toNode(l));
      double y1 = net.nodeY_m(net.toNode(l));
      tree.insert(new Envelope(x0, x1, y0, y1), l);
      String orig = net.linkOrigId(l);
      if (orig != null) {
        linksByOrigId.computeIfAbsent(orig, k -> new ArrayList<>()).add(l);
      }
    }
    tree.build();
  }

  /** Matches all stations, in the given order. */
  public MatchReport match(Collection<SensorStation> stations) {
    List<StationMatch> out = new ArrayList<>();
    for (SensorStation s : stations) {
      out.add(match(s));
    }
    return new MatchReport(out);
  }

  public StationMatch match(SensorStation s) {
    if (s.linkId() != null) {
      int l = net.linkIndexOrMinusOne(s.linkId());
      return l >= 0 ? StationMatch.matched(s, l, StationMatch.Method.LINK_ID, distance(s, l))
          : StationMatch.failed(s, StationMatch.Status.UNMATCHED, "link id '" + s.linkId() + "' is not in the network");
    }
    if (s.osmWayId() != null) {
      List<Integer> way = linksByOrigId.getOrDefault(s.osmWayId(), List.of());
      if (way.isEmpty()) {
        return StationMatch.failed(s, StationMatch.Status.UNMATCHED, "no link has origId (OSM way) " + s.osmWayId());
      }
      List<Integer> ok = new ArrayList<>();
      for (int l : way) {
        if (directionFits(s, l)) {
          ok.add(l);
        }
      }
      if (ok.isEmpty()) {
        return StationMatch.failed(s, StationMatch.Status.UNMATCHED, "OSM way " + s.osmWayId() + " has no link in direction "
            + s.bearing_deg() + " deg");
      }
      if (!s.hasCoord()) {
        // without a coordinate any link of the way in this direction carries the way's flow: take the longest
        int best = ok.get(0);
        for (int l : ok) {
          best = net.length_m(l) > net.length_m(best) ? l : best;
        }
        return StationMatch.matched(s, best, StationMatch.Method.OSM_WAY, Double.NaN);
      }
      return nearest(s, ok, StationMatch.Method.OSM_WAY);
    }
    if (!s.hasCoord()) {
      return StationMatch.failed(s, StationMatch.Status.UNMATCHED, "neither link id, OSM way id nor coordinate given");
    }
    double r = settings.radius_m();
    List<Integer> cand = new ArrayList<>();
    for (Object o : tree.query(new Envelope(s.x_m() - r, s.x_m() + r, s.y_m() - r, s.y_m() + r))) {
      int l = (Integer) o;
      if (directionFits(s, l) && distance(s, l) <= r) {
        cand.add(l);
      }
    }
    if (cand.isEmpty()) {
      return StationMatch.failed(s, StationMatch.Status.UNMATCHED, "no link " + (s.hasBearing() ? "in direction "
          + s.bearing_deg() + " deg " : "") + "within " + r + " m");
    }
    return nearest(s, cand, StationMatch.Method.NEAREST);
  }

  private StationMatch nearest(SensorStation s, List<Integer> cand, StationMatch.Method method) {
    cand.sort((a, b) -> a.equals(b) ? 0 : Double.compare(distance(s, a), distance(s, b)) != 0
        ? Double.compare(distance(s, a), distance(s, b)) : Integer.compare(a, b));
    int best = cand.get(0);
    double d = distance(s, best);
    for (int i = 1; i < cand.size(); i++) {
      int l = cand.get(i);
      if (distance(s, l) - d > settings.ambiguityMargin_m()) {
        break;
      }
      boolean sameRoad = net.fromNode(l) == net.fromNode(best) && net.toNode(l) == net.toNode(best);
      if (!sameRoad) {
        return StationMatch.failed(s, StationMatch.Status.AMBIGUOUS, "links " + net.linkId(best) + " and " + net.linkId(l)
            + " are both within " + settings.ambiguityMargin_m() + " m of the best distance " + Math.round(d * 10) / 10.0
            + " m; give a bearing, an OSM way id or the link id");
      }
    }
    return StationMatch.matched(s, best, method, d);
  }

  /** Bearing of a link from its from-node to its to-node, degrees clockwise from north. */
  public double bearing_deg(int link) {
    double dx = net.nodeX_m(net.toNode(link)) - net.nodeX_m(net.fromNode(link));
    double dy = net.nodeY_m(net.toNode(link)) - net.nodeY_m(net.fromNode(link));
    double b = Math.toDegrees(Math.atan2(dx, dy));
    return b < 0 ? b + 360 : b;
  }

  private boolean directionFits(SensorStation s, int link) {
    if (!s.hasBearing()) {
      return true;
    }
    double diff = Math.abs(bearing_deg(link) - s.bearing_deg()) % 360;
    return Math.min(diff, 360 - diff) <= settings.maxBearingDifference_deg();
  }

  private double distance(SensorStation s, int link) {
    if (!s.hasCoord()) {
      return Double.NaN;
    }
    LineSegment seg = new LineSegment(net.nodeX_m(net.fromNode(link)), net.nodeY_m(net.fromNode(link)),
        net.nodeX_m(net.toNode(link)), net.nodeY_m(net.toNode(link)));
    return seg.distance(new Coordinate(s.x_m(), s.y_m()));
  }

}
