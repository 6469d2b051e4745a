package de.bochumtwin.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.NetworkRoute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grid routes: hand-traced examples for each staircase variant, then every link pair of a small grid. */
class GridRouteBuilderTest {
  // 5 x 5 nodes, arterial rows and columns 0 and 3, no ring
  private final SyntheticGrid grid = SyntheticGrid.build(
      SyntheticCitySpec.builder().withGridSize(5).withArterialEvery(3).withRingRoad(false).withAgents(0).build());
  private final Network net = grid.network();
  private final GridRouteBuilder routes = new GridRouteBuilder(grid, 3);

  private String route(String start, String end) {
    NetworkRoute r = routes.route(net.getLinkIndex(start), net.getLinkIndex(end));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      ids.add(net.linkId(r.linkAt(i)));
    }
    return String.join(" ", ids) + " | " + r.distance_m();
  }

  @Test
  void viaArterialRowWhenOneLiesBetween() {
    // a = n4_4, b = n1_0: rows 4 -> 1 contain arterial row 3 (nearest to a): down to row 3, west, down
    assertEquals("n4_3-n4_4 n4_4-n3_4 n3_4-n3_3 n3_3-n3_2 n3_2-n3_1 n3_1-n3_0 n3_0-n2_0 n2_0-n1_0 n1_0-n0_0 | 1600.0",
        route("n4_3-n4_4", "n1_0-n0_0"));
  }

  @Test
  void viaArterialColumnWhenNoArterialRowLiesBetween() {
    // a = n1_1, b = n2_4: rows 1..2 have no arterial, columns 1..4 contain arterial column 3
    assertEquals("n1_0-n1_1 n1_1-n1_2 n1_2-n1_3 n1_3-n2_3 n2_3-n2_4 n2_4-n3_4 | 1000.0",
        route("n1_0-n1_1", "n2_4-n3_4"));
  }

  @Test
  void lShapeRowFirstWithoutArterials() {
    // a = n1_1, b = n2_2: no arterial in rows 1..2 or columns 1..2
    assertEquals("n0_1-n1_1 n1_1-n1_2 n1_2-n2_2 n2_2-n2_1 | 600.0", route("n0_1-n1_1", "n2_2-n2_1"));
  }

  @Test
  void uTurnAndAdjacentLinks() {
    assertEquals("n0_0-n0_1 n0_1-n0_0 n0_0-n1_0 | 400.0", route("n0_0-n0_1", "n0_0-n1_0"));
    assertEquals("n0_0-n0_1 n0_1-n0_2 | 200.0", route("n0_0-n0_1", "n0_1-n0_2"));
  }

  @Test
  void arterialBetweenPicksTheLineNearestToTheStart() {
    assertEquals(3, routes.arterialBetween(1, 4));
    assertEquals(3, routes.arterialBetween(4, 1));
    assertEquals(0, routes.arterialBetween(0, 2));
    assertEquals(0, routes.arterialBetween(2, 0));
    assertEquals(-1, routes.arterialBetween(1, 2));
    assertEquals(-1, routes.arterialBetween(2, 2));
    assertEquals(3, routes.arterialBetween(3, 3));
  }

  @Test
  void everyLinkPairGivesAConnectedShortestRouteWithoutRepeatedLinks() {
    SyntheticGrid g = SyntheticGrid.build(SyntheticCitySpec.builder().withGridSize(6).withArterialEvery(2)
        .withRingInset(1).withAgents(0).build());
    Network n = g.network();
    GridRouteBuilder b = new GridRouteBuilder(g, 2);
    int pairs = 0;
    for (int s = 0; s < n.linkCount(); s++) {
      for (int e = 0; e < n.linkCount(); e++) {
        if (s == e) {
          continue;
        }
        NetworkRoute r = b.route(s, e);
        String what = "route " + n.linkId(s) + " -> " + n.linkId(e);
        assertEquals(s, r.startLink(), what);
        assertEquals(e, r.endLink(), what);
        int a = n.toNode(s);
        int z = n.fromNode(e);
        int manhattan = Math.abs(g.row(a) - g.row(z)) + Math.abs(g.col(a) - g.col(z));
        assertEquals(2 + manhattan, r.size(), what);
        Set<Integer> seen = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < r.size(); i++) {
          assertTrue(seen.add(r.linkAt(i)), what + " repeats link " + n.linkId(r.linkAt(i)));
          if (i > 0) {
            assertEquals(n.toNode(r.linkAt(i - 1)), n.fromNode(r.linkAt(i)), what + " is broken at position " + i);
            sum += n.length_m(r.linkAt(i));
          }
        }
        assertEquals(sum, r.distance_m(), 0.0, what);
        pairs++;
      }
    }
    assertEquals(120 * 119, pairs); // 4 * 6 * 5 = 120 links
  }
}
