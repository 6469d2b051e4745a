package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.calibration.feeds.SensorStation;
import de.bochumtwin.calibration.matching.MatchReport;
import de.bochumtwin.calibration.matching.SensorMatcher;
import de.bochumtwin.calibration.matching.StationMatch;
import de.bochumtwin.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sensor-to-link matching on the 10 x 10 synthetic grid (400 m): a sensor 5 m north of the middle of
 * the street n3_1 - n3_2 matches the eastbound link with bearing 90, the westbound one with 270, is
 * ambiguous without a bearing (both directions equally near) and unmatched 200 m away from any street
 * with a 50 m radius.
 */
class M01_SensorMatcherTest {
  private final Network net = SyntheticSetup.city(10).network();
  private final SensorMatcher matcher = new SensorMatcher(net, SensorMatcher.Settings.defaults());

  private SensorStation at(String id, double dx, double dy, double bearing) {
    int l = net.getLinkIndex("n3_1-n3_2");
    double x = (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l))) / 2 + dx;
    double y = (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l))) / 2 + dy;
    return new SensorStation(id, x, y, null, null, bearing);
  }

  @Test
  void matchesByDirectionAndReportsAmbiguousAndUnmatched() {
    MatchReport r = matcher.match(List.of(at("east", 0, 5, 90), at("west", 0, 5, 270), at("both", 0, 5, Double.NaN),
        at("field", 0, 200, 90), new SensorStation("byId", Double.NaN, Double.NaN, "n5_5-n5_6", null, Double.NaN),
        new SensorStation("badId", Double.NaN, Double.NaN, "nope", null, Double.NaN)));
    List<StationMatch> m = r.matches();
    assertEquals("n3_1-n3_2", net.linkId(m.get(0).link()));
    assertEquals(5.0, m.get(0).distance_m(), 1e-9);
    assertEquals(StationMatch.Method.NEAREST, m.get(0).method());
    assertEquals("n3_2-n3_1", net.linkId(m.get(1).link()));
    assertEquals(StationMatch.Status.AMBIGUOUS, m.get(2).status());
    assertEquals(StationMatch.Status.UNMATCHED, m.get(3).status());
    assertEquals("n5_5-n5_6", net.linkId(m.get(4).link()));
    assertEquals(StationMatch.Method.LINK_ID, m.get(4).method());
    assertEquals(StationMatch.Status.UNMATCHED, m.get(5).status());
    assertEquals(3, r.problems().size());
    assertEquals(90.0, matcher.bearing_deg(net.getLinkIndex("n3_1-n3_2")), 1e-9, "east");
    assertEquals(0.0, matcher.bearing_deg(net.getLinkIndex("n3_1-n4_1")), 1e-9, "north: rows grow northwards");
  }
}
