package de.bochumtwin.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestLinkIndexTest {
  private static Network randomNetwork(Random rnd, int nodes, int links, double extent_m) {
    NetworkBuilder b = new NetworkBuilder();
    double[] xs = new double[nodes];
    double[] ys = new double[nodes];
    for (int i = 0; i < nodes; i++) {
      xs[i] = Math.floor(rnd.nextDouble() * extent_m);
      ys[i] = Math.floor(rnd.nextDouble() * extent_m * 0.5);
      b.addNode("n" + i, xs[i], ys[i]);
    }
    for (int i = 0; i < links; i++) {
      int f = rnd.nextInt(nodes);
      // mostly short links to a node near a random point close by (like roads), some long ones
      int t = rnd.nextInt(10) == 0 ? rnd.nextInt(nodes)
          : nearest(xs, ys, xs[f] + (rnd.nextDouble() - 0.5) * extent_m / 5, ys[f] + (rnd.nextDouble() - 0.5) * extent_m / 5);
      List<String> modes = rnd.nextInt(4) == 0 ? List.of("bike") : List.of("car");
      b.addLink("l" + i, "n" + f, "n" + t, 100, 10, 1000, 1, modes, null, null);
      if (rnd.nextInt(3) == 0) {
        // the opposite direction gives exact distance ties
        b.addLink("r" + i, "n" + t, "n" + f, 100, 10, 1000, 1, modes, null, null);
      }
    }
    return b.build();
  }

  private static int nearest(double[] xs, double[] ys, double x, double y) {
    int best = 0;
    for (int i = 1; i < xs.length; i++) {
      if (Math.hypot(xs[i] - x, ys[i] - y) < Math.hypot(xs[best] - x, ys[best] - y)) {
        best = i;
      }
    }
    return best;
  }

  private static int bruteForce(Network net, NearestLinkIndex idx, int modeBit, double x, double y) {
    int best = -1;
    double bestD = Double.POSITIVE_INFINITY;
    for (int l = 0; l < net.linkCount(); l++) {
      if ((net.modeMask(l) & modeBit) == 0) {
        continue;
      }
      double d = idx.distanceSq(l, x, y);
      if (d < bestD) {
        bestD = d;
        best = l;
      }
    }
    return best;
  }

  @Test
  void matchesBruteForceOnRandomNetworks() {
    long seed = 20261126L;
    Random rnd = new Random(seed);
    for (int round = 0; round < 20; round++) {
      Network net = randomNetwork(rnd, 5 + rnd.nextInt(200), 1 + rnd.nextInt(400), 100 + rnd.nextDouble() * 20000);
      NearestLinkIndex idx = NearestLinkIndex.forMode(net, "car");
      int car = net.modes().bit("car");
      for (int q = 0; q < 200; q++) {
        // include points well outside the network's bounding box
        double x = (rnd.nextDouble() * 1.6 - 0.3) * 20000;
        double y = (rnd.nextDouble() * 1.6 - 0.3) * 10000;
        assertEquals(bruteForce(net, idx, car, x, y), idx.nearestLink(x, y),
            "seed " + seed + " round " + round + " query (" + x + ", " + y + ")");
      }
    }
  }

  @Test
  void handComputedSegmentDistanceAndTieBreak() {
    NetworkBuilder b = new NetworkBuilder();
    b.addNode("a", 0, 0);
    b.addNode("b", 100, 0);
    b.addNode("c", 100, 100);
    b.addLink("ba", "b", "a", 100, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("ab", "a", "b", 100, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("bc", "b", "c", 100, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("walk", "a", "c", 141, 10, 1000, 1, List.of("walk"), null, null);
    Network net = b.build();
    NearestLinkIndex idx = NearestLinkIndex.forMode(net, "car");
    assertEquals(3, idx.size());
    // (40, 30): 30 m from a-b (both directions, tie -> lower index "ba"), 60 m from b-c; the walk link is ignored
    assertEquals(net.getLinkIndex("ba"), idx.nearestLink(40, 30));
    assertEquals(900.0, idx.distanceSq(net.getLinkIndex("ab"), 40, 30), 1e-9);
    // (130, 80): 30 m from b-c
    assertEquals(net.getLinkIndex("bc"), idx.nearestLink(130, 80));
    // beyond the end of a-b: distance to the end point a, sqrt(50^2 + 0) = 50
    assertEquals(2500.0, idx.distanceSq(net.getLinkIndex("ab"), -50, 0), 1e-9);
    assertEquals(-1, NearestLinkIndex.forMode(net, "tram").nearestLink(0, 0));
  }
}
