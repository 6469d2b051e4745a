package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test: on seeded random grids with random FIFO time-dependent travel times, ALT must
 * find paths of exactly the reference Dijkstra's cost (up to floating-point rounding), return null
 * exactly when Dijkstra does, and settle fewer nodes. Reproduce a failure with the seed in its message.
 */
class D01_AltVersusDijkstraTest {
  static final int QUERIES = 300;

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261126L})
  void travelTimeCost(long seed) {
    Network net = TestNetworks.randomGrid(seed, 22, 22);
    BinnedTravelTimes tt = TestNetworks.randomBinned(net, seed + 1, 12);
    Landmarks lm = Landmarks.compute(net, net.modes().bit("car"), FreespeedTravelTimes.mobsim(net));
    LeastCostPathCalculator alt = AltPathCalculator.factory(net, lm, tt).create();
    DijkstraReference ref = new DijkstraReference(net, net.modes().bit("car"), tt);
    compare(seed, net, net.modes().bit("car"), tt, TravelDisutility.ofTravelTime(tt), alt, ref, QUERIES, 0.5);
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 99L})
  void timeAndDistanceCostForBikes(long seed) {
    Network net = TestNetworks.randomGrid(seed, 18, 18);
    int bike = net.modes().bit("bike");
    BinnedTravelTimes tt = TestNetworks.randomBinned(net, seed + 1, 8);
    TravelDisutility dis = TravelDisutility.ofTimeAndDistance(tt, net, 6.0 / 3600, 0.0002);
    Landmarks lm = Landmarks.compute(net, bike, 8, dis, seed);
    LeastCostPathCalculator alt = AltPathCalculator.factory(net, lm, tt, dis, 3).create();
    DijkstraReference ref = new DijkstraReference(net, bike, tt, dis);
    compare(seed, net, bike, tt, dis, alt, ref, 150, 0.5);
  }

  static void compare(long seed, Network net, int modeBit, TravelTimes tt, TravelDisutility dis, LeastCostPathCalculator alt,
      DijkstraReference ref, int queries, double maxSettledRatio) {
    SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
    long altSettled = 0;
    long refSettled = 0;
    int found = 0;
    for (int q = 0; q < queries; q++) {
      int from = rnd.nextInt(net.nodeCount());
      int to = rnd.nextInt(net.nodeCount());
      double dep = rnd.nextDouble(0, 12 * 900);
      String where = "seed " + seed + ", query " + q + ": " + net.nodeId(from) + " -> " + net.nodeId(to) + " at " + dep + " s";
      Path expected = ref.calcPath(from, to, dep);
      Path actual = alt.calcPath(from, to, dep);
      altSettled += alt.settledNodes();
      refSettled += ref.settledNodes();
      if (expected == null) {
        assertNull(actual, where);
        continue;
      }
      found++;
      assertNotNull(actual, where);
      assertEquals(expected.cost(), actual.cost(), 1e-6 * Math.max(1, expected.cost()), where);
      checkPath(net, modeBit, tt, dis, from, to, dep, actual, where);
    }
    assertTrue(found > queries / 2, "seed " + seed + ": only " + found + " reachable pairs");
    double ratio = (double) altSettled / refSettled;
    System.out.printf("seed %d: %d queries, ALT settled %d, Dijkstra %d (ratio %.3f)%n", seed, queries, altSettled, refSettled, ratio);
    assertTrue(ratio < maxSettledRatio, "seed " + seed + ": ALT settled " + altSettled + " nodes, Dijkstra " + refSettled);
  }

  /** The path is connected, allowed for the mode, and its travel time and cost add up when re-driven. */
  static void checkPath(Network net, int modeBit, TravelTimes tt, TravelDisutility dis, int from, int to, double dep, Path p, String where) {
    int node = from;
    double t = dep;
    double cost = 0;
    for (int i = 0; i < p.linkCount(); i++) {
      int l = p.linkAt(i);
      assertEquals(node, net.fromNode(l), where + ": path not connected at link " + i);
      assertTrue(net.allowsMode(l, modeBit), where + ": link " + net.linkId(l) + " does not allow the mode");
      double x = tt.travelTime_s(l, t);
      cost += dis.linkDisutility(l, t, x);
      t += x;
      node = net.toNode(l);
    }
    assertEquals(to, node, where + ": path ends elsewhere");
    assertEquals(p.travelTime_s(), t - dep, 1e-6, where);
    assertEquals(p.cost(), cost, 1e-6, where);
  }
}
