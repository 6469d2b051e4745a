package de.bochumtwin.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grid's structure, checked against counts computed by hand in the comments. */
class SyntheticGridTest {

  private static Network network(SyntheticCitySpec spec) {
    return SyntheticGrid.build(spec).network();
  }

  private static int[] typeCounts(Network n) {
    int[] c = new int[3];
    for (int l = 0; l < n.linkCount(); l++) {
      switch (n.linkType(l)) {
        case "local" -> c[0]++;
        case "arterial" -> c[1]++;
        case "ring" -> c[2]++;
        default -> throw new AssertionError("unexpected link type " + n.linkType(l));
      }
    }
    return c;
  }

  @Test
  void tenByTenGridHasHandCountedLinksPerType() {
    // arterial lines 0, 3, 6, 9 (4 rows + 4 columns, 9 segments each, 2 directions) = 144 links;
    // ring on lines 2 and 7 from index 2 to 7: 5 segments x 4 sides x 2 directions = 40 links;
    // all links 4 * 10 * 9 = 360, so 360 - 144 - 40 = 176 local links.
    SyntheticCitySpec spec = SyntheticCitySpec.builder().withGridSize(10).withArterialEvery(3).withAgents(0).build();
    Network n = network(spec);
    assertEquals(100, n.nodeCount());
    assertEquals(360, n.linkCount());
    assertEquals(spec.linkCount(), n.linkCount());
    assertEquals(2, spec.ringInset());
    int[] c = typeCounts(n);
    assertEquals(176, c[0], "local");
    assertEquals(144, c[1], "arterial");
    assertEquals(40, c[2], "ring");
  }

  @Test
  void defaultBochumSizedGridHasHandCountedLinksPerType() {
    // N = 60: 4 * 60 * 59 = 14,160 links. Arterial lines 0, 5, ..., 55 = 12 per orientation:
    // 24 lines x 59 segments x 2 = 2,832. Ring inset 60 / 4 = 15, on lines 15 and 44 from 15 to 44:
    // 29 segments x 4 sides x 2 = 232 ring links; line 15 is also an arterial line, and ring wins there:
    // 29 x 2 orientations x 2 directions = 116 fewer arterial links, 2,716. Local: 14,160 - 2,716 - 232.
    Network n = network(SyntheticCitySpec.builder().withAgents(0).build());
    assertEquals(3600, n.nodeCount());
    assertEquals(14_160, n.linkCount());
    int[] c = typeCounts(n);
    assertEquals(11_212, c[0], "local");
    assertEquals(2_716, c[1], "arterial");
    assertEquals(232, c[2], "ring");
  }

  @Test
  void linkAttributesFollowTheirType() {
    Network n = network(SyntheticCitySpec.builder().withGridSize(10).withArterialEvery(3).withRingSpeed_kmh(80).build());
    for (int l = 0; l < n.linkCount(); l++) {
      String t = n.linkType(l);
      switch (t) {
        case "local" -> assertLink(n, l, 30, 1, 600);
        case "arterial" -> assertLink(n, l, 50, 2, 1800);
        default -> assertLink(n, l, 80, 2, 3000);
      }
      assertEquals(200.0, n.length_m(l), "link " + n.linkId(l));
      assertEquals(List.of("car"), n.allowedModes(l));
    }
  }

  private static void assertLink(Network n, int l, double kmh, double lanes, double cap) {
    String id = n.linkId(l);
    assertEquals(kmh, n.freespeed_mps(l) * 3.6, 1e-9, "speed of " + id);
    assertEquals(lanes, n.lanes(l), "lanes of " + id);
    assertEquals(cap, n.capacity_vph(l), "capacity of " + id);
  }

  @Test
  void idsCoordinatesAndCrsMatchTheScheme() {
    SyntheticCitySpec spec = SyntheticCitySpec.builder().withGridSize(5).withSpacing_m(100).withCentre_m(380_200, 5_700_200).build();
    SyntheticGrid grid = SyntheticGrid.build(spec);
    Network n = grid.network();
    assertEquals("EPSG:25832", n.crs());
    // centre (380200, 5700200), 4 x 100 m wide: origin (380000, 5700000)
    assertEquals(380_000.0, n.nodeX_m(0));
    assertEquals(5_700_000.0, n.nodeY_m(0));
    int node = grid.node(3, 1);
    assertEquals("n3_1", n.nodeId(node));
    assertEquals(380_100.0, n.nodeX_m(node));
    assertEquals(5_700_300.0, n.nodeY_m(node));
    int east = grid.outLink(node, SyntheticGrid.EAST);
    assertEquals("n3_1-n3_2", n.linkId(east));
    assertEquals("n4_1", n.nodeId(n.toNode(grid.outLink(node, SyntheticGrid.NORTH))));
    assertEquals(-1, grid.outLink(grid.node(4, 4), SyntheticGrid.NORTH));
    assertEquals(-1, grid.outLink(grid.node(0, 0), SyntheticGrid.WEST));
    Set<String> ids = new HashSet<>(n.linkIds());
    assertEquals(n.linkCount(), ids.size(), "link ids must be unique");
    for (int l = 0; l < n.linkCount(); l++) {
      assertEquals(n.nodeId(n.fromNode(l)) + "-" + n.nodeId(n.toNode(l)), n.linkId(l));
      int reverse = n.findLinkBetween(n.toNode(l), n.fromNode(l));
      assertTrue(reverse >= 0, "street " + n.linkId(l) + " must be bidirectional");
      assertEquals(n.linkType(l), n.linkType(reverse), "both directions of a street share its type");
    }
  }

  @Test
  void withoutRingEveryStreetIsArterialOrLocal() {
    Network n = network(SyntheticCitySpec.builder().withGridSize(10).withArterialEvery(3).withRingRoad(false).build());
    int[] c = typeCounts(n);
    assertEquals(0, c[2]);
    assertEquals(144, c[1]);
    assertEquals(216, c[0]);
  }
}
