package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Farthest landmark selection on a two-way line n0 - n1 - ... - n9, 100 m at 10 m/s = 10 s per link. */
class E01_LandmarksTest {
  static final Network LINE = line(10);

  static Network line(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("node n").append(i).append(' ').append(i * 100).append(" 0\n");
    }
    for (int i = 0; i + 1 < n; i++) {
      sb.append("link f").append(i).append(" n").append(i).append(" n").append(i + 1).append(" 100 10 car\n");
      sb.append("link b").append(i).append(" n").append(i + 1).append(" n").append(i).append(" 100 10 car\n");
    }
    return TestNetworks.parse(sb.toString());
  }

  int[] nodes(Landmarks lm) {
    int[] out = new int[lm.count()];
    for (int i = 0; i < out.length; i++) {
      out[i] = lm.node(i);
    }
    return out;
  }

  @Test
  void farthestSelectionPicksBothEndsThenTheMiddle() {
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(LINE);
    int car = LINE.modes().bit("car");
    for (long seed = 0; seed < 20; seed++) {
      int[] chosen = nodes(Landmarks.compute(LINE, car, 3, tt::minTravelTime_s, seed));
      int[] ends = Arrays.copyOf(chosen, 2);
      Arrays.sort(ends);
      assertArrayEquals(new int[] {0, 9}, ends, "seed " + seed);
      // n4 and n5 are both 40 s from the nearest end; the tie goes to the lower index
      assertEquals(4, chosen[2], "seed " + seed);
    }
  }

  @Test
  void boundsAreTheFreeFlowDistancesAndCountIsCappedByTheNodes() {
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(LINE);
    Landmarks lm = Landmarks.compute(LINE, LINE.modes().bit("car"), 16, tt);
    assertEquals(10, lm.count());
    int i = 0;
    int l0 = lm.node(i);
    for (int v = 0; v < 10; v++) {
      assertEquals(10.0 * Math.abs(v - l0), lm.fromLandmark(i, v), 1e-9);
      assertEquals(10.0 * Math.abs(v - l0), lm.toLandmark(i, v), 1e-9);
    }
  }

  @Test
  void oneWayLineHasInfiniteBoundsAgainstTheDirection() {
    Network oneWay = TestNetworks.parse("""
        node a 0 0
        node b 100 0
        node c 200 0
        link ab a b 100 10 car
        link bc b c 100 10 car
        """);
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(oneWay);
    Landmarks lm = Landmarks.compute(oneWay, oneWay.modes().bit("car"), 1, tt);
    int l = lm.node(0);
    int a = oneWay.nodeIndexOrMinusOne("a");
    int c = oneWay.nodeIndexOrMinusOne("c");
    // the single landmark is one of the ends; from c nothing is reachable, a reaches everything
    assertEquals(true, l == a || l == c);
    assertEquals(Double.POSITIVE_INFINITY, l == a ? lm.toLandmark(0, c) : lm.fromLandmark(0, a));
    assertEquals(20.0, l == a ? lm.fromLandmark(0, c) : lm.toLandmark(0, a), 1e-9);
    // and the search uses that to reject c -> a without settling anything
    LeastCostPathCalculator calc = AltPathCalculator.factory(oneWay, lm, tt).create();
    assertEquals(null, calc.calcPath(c, a, 0));
    assertEquals(0, calc.settledNodes());
  }
}
