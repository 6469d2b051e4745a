package de.bochumtwin.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.assignment.AssignmentSettings.Algorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Hand-solvable networks: two parallel routes, Braess's network and a zone that is not a through node. */
class TwoRouteEquilibriumTest {

  /** Node A (zone 0), node B (zone 1), two parallel links A->B. */
  private static AssignmentNetwork twoLinks(double fft1, double cap1, double alpha1, double beta1,
      double fft2, double cap2, double alpha2, double beta2) {
    AssignmentNetwork.Builder b = AssignmentNetwork.builder();
    int a = b.addNode("A", true);
    int z = b.addNode("B", true);
    b.addZone(a);
    b.addZone(z);
    b.addLink(a, z, cap1, 1, fft1, alpha1, beta1, 0, 1);
    b.addLink(a, z, cap2, 1, fft2, alpha2, beta2, 0, 1);
    return b.build();
  }

  private static AssignmentResult solve(AssignmentNetwork net, OdMatrix od, Algorithm alg, double gap) {
    return StaticAssignment.run(net, od, new AssignmentSettings(alg, gap, 10_000, 1), AssignmentListener.NONE);
  }

  /**
   * Linear costs t1 = 10 + 0.1 x1 (fft 10, alpha 1, beta 1, capacity 100) and t2 = 15 + 0.05 x2
   * (fft 15, alpha 1, beta 1, capacity 300), demand 1000. Wardrop: 10 + 0.1 x1 = 15 + 0.05 (1000 - x1)
   * gives 0.15 x1 = 55, so x1 = 366.667, x2 = 633.333, and both routes cost 46.667.
   */
  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void linearCostsMeetWardropByHand(Algorithm alg) {
    AssignmentNetwork net = twoLinks(10, 100, 1, 1, 15, 300, 1, 1);
    OdMatrix od = OdMatrix.builder(2).add(0, 1, 1000).build();
    AssignmentResult r = solve(net, od, alg, 1e-10);
    assertTrue(r.converged(), alg + " gap " + r.relativeGap());
    assertEquals(1100.0 / 3, r.flow(0), 1e-5);
    assertEquals(1900.0 / 3, r.flow(1), 1e-5);
    LinkFlowTable t = r.linkFlowTable();
    assertEquals(140.0 / 3, t.cost(0), 1e-6);
    assertEquals(140.0 / 3, t.cost(1), 1e-6);
    assertEquals("A", t.fromNodeId(1));
    assertEquals("B", t.toNodeId(1));
  }

  /**
   * BPR with power 4 and equal free-flow times 10 on both links, capacities 1000 and 3000, demand
   * 2000: the costs are equal when x1/1000 = x2/3000, so x1 = 500 and x2 = 1500, and each costs
   * 10 (1 + 0.15 * 0.5^4) = 10.09375.
   */
  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void bprPowerFourSplitsByCapacity(Algorithm alg) {
    AssignmentNetwork net = twoLinks(10, 1000, 0.15, 4, 10, 3000, 0.15, 4);
    OdMatrix od = OdMatrix.builder(2).add(0, 1, 2000).build();
    AssignmentResult r = solve(net, od, alg, 1e-9);
    assertTrue(r.converged(), alg + " gap " + r.relativeGap());
    assertEquals(500, r.flow(0), 0.05);
    assertEquals(1500, r.flow(1), 0.05);
    assertEquals(10.09375, r.linkFlowTable().cost(0), 1e-5);
  }

  /**
   * Braess's network (as in TNTP's Braess-Example): demand 6 from node 1 to 2; links 1-3: 10x,
   * 1-4: 50+x, 3-2: 50+x, 3-4: 10+x, 4-2: 10x. With 2 on each of the three routes, link flows are
   * 4, 2, 2, 2, 4 and every route costs 40 + 52 = 92 (1-3-4-2: 40 + 12 + 40).
   */
  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void braessParadoxEquilibrium(Algorithm alg) {
    AssignmentNetwork.Builder b = AssignmentNetwork.builder();
    for (int i = 1; i <= 4; i++) {
      b.addNode(Integer.toString(i), true);
    }
    b.addZone(0);
    b.addZone(1);
    b.addLink(0, 2, 1, 1, 1e-8, 1e9, 1, 0, 1);
    b.addLink(0, 3, 1, 1, 50, 0.02, 1, 0, 1);
    b.addLink(2, 1, 1, 1, 50, 0.02, 1, 0, 1);
    b.addLink(2, 3, 1, 1, 10, 0.1, 1, 0, 1);
    b.addLink(3, 1, 1, 1, 1e-8, 1e9, 1, 0, 1);
    AssignmentResult r = solve(b.build(), OdMatrix.builder(2).add(0, 1, 6).build(), alg, 1e-10);
    double[] expected = {4, 2, 2, 2, 4};
    for (int a = 0; a < 5; a++) {
      assertEquals(expected[a], r.flow(a), 1e-4, alg + " link " + a);
    }
    assertEquals(92, r.linkFlowTable().cost(0) + r.linkFlowTable().cost(2), 1e-3);
  }

  /**
   * Zone node 3 is not a through node: the cheap detour 1-3-2 (cost 2) is forbidden, so all 5
   * vehicles take the direct link 1-2 (cost 10), while demand 1 -> 3 may still end at node 3.
   */
  @Test
  void zonesThatAreNotThroughNodesAreNotPassed() {
    AssignmentNetwork.Builder b = AssignmentNetwork.builder();
    int n1 = b.addNode("1", false);
    int n2 = b.addNode("2", false);
    int n3 = b.addNode("3", false);
    b.addZone(n1);
    b.addZone(n2);
    b.addZone(n3);
    b.addLink(n1, n3, 1, 1, 1, 0, 1, 0, 1);
    b.addLink(n3, n2, 1, 1, 1, 0, 1, 0, 1);
    b.addLink(n1, n2, 1, 1, 10, 0, 1, 0, 1);
    OdMatrix od = OdMatrix.builder(3).add(0, 1, 5).add(0, 2, 2).build();
    AssignmentResult r = solve(b.build(), od, Algorithm.FRANK_WOLFE, 1e-9);
    assertEquals(2, r.flow(0), 0);
    assertEquals(0, r.flow(1), 0);
    assertEquals(5, r.flow(2), 0);
  }

  @Test
  void unreachableDemandIsAClearError() {
    AssignmentNetwork net = twoLinks(10, 100, 1, 1, 15, 300, 1, 1);
    OdMatrix od = OdMatrix.builder(2).add(1, 0, 5).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> solve(net, od, Algorithm.PATH_BASED, 1e-6));
    assertTrue(e.getMessage().contains("no path from zone node B to zone node A"), e.getMessage());
  }
}
