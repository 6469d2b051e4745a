package de.bochumtwin.scenarios.bochum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BochumNetworkTest {
  static BochumScenario scenario;
  static Network net;

  @BeforeAll
  static void load() {
    scenario = BochumScenario.load();
    net = scenario.network();
  }

  @Test
  void strategicSizeAndCrs() {
    assertEquals("EPSG:25832", net.crs());
    assertTrue(net.linkCount() >= 300 && net.linkCount() <= 3000, "links: " + net.linkCount());
    Set<String> types = new HashSet<>();
    for (int l = 0; l < net.linkCount(); l++) {
      types.add(net.linkType(l));
    }
    assertEquals(Set.of("motorway", "trunk", "primary", "secondary", "connector"), types);
  }

  @Test
  void stronglyConnectedForCar() {
    int[] comp = StrongComponents.label(net, "car");
    for (int v = 0; v < net.nodeCount(); v++) {
      assertEquals(0, comp[v], "node " + net.nodeId(v) + " is not in the one strongly connected component");
    }
  }

  @Test
  void kosarajuFindsAOneWayDeadEnd() {
    // the checker itself: a network with a one-way spur must not be reported as strongly connected
    var b = new de.bochumtwin.core.network.NetworkBuilder();
    b.addNode("a", 0, 0);
    b.addNode("b", 100, 0);
    b.addNode("c", 200, 0);
    b.addLink("ab", "a", "b", 100, 10, 1000, 1, java.util.List.of("car"), null, null);
    b.addLink("ba", "b", "a", 100, 10, 1000, 1, java.util.List.of("car"), null, null);
    b.addLink("bc", "b", "c", 100, 10, 1000, 1, java.util.List.of("car"), null, null);
    int[] comp = StrongComponents.label(b.build(), "car");
    assertEquals(comp[0], comp[1]);
    assertTrue(comp[2] != comp[0]);
  }

  @Test
  void everyZoneAndGatewayHasConnectorsIntoTheNetwork() {
    for (Zone z : scenario.zones()) {
      assertEquals(z.id() + "_in", net.linkId(z.activityLink()));
      assertEquals(z.id() + "_out", net.linkId(z.exitLink()));
      assertEquals(net.toNode(z.activityLink()), net.fromNode(z.exitLink()));
      assertEquals("connector", net.linkType(z.activityLink()));
      assertTrue(net.allowsMode(z.activityLink(), net.modes().bit("car")));
    }
    for (Gateway g : scenario.gateways()) {
      assertEquals(g.id(), net.nodeId(net.fromNode(g.inLink())));
      assertEquals(g.id(), net.nodeId(net.toNode(g.outLink())));
    }
  }

  @Test
  void motorwaysAreTheFastestAndStrongestRoads() {
    double minMotorwayCap = Double.MAX_VALUE;
    double minMotorwaySpeed = Double.MAX_VALUE;
    double maxOtherCap = 0;
    double maxOtherSpeed = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      String t = net.linkType(l);
      if (t.equals("motorway")) {
        minMotorwayCap = Math.min(minMotorwayCap, net.capacity_vph(l));
        minMotorwaySpeed = Math.min(minMotorwaySpeed, net.freespeed_mps(l));
      } else if (!t.equals("connector")) {
        maxOtherCap = Math.max(maxOtherCap, net.capacity_vph(l));
        maxOtherSpeed = Math.max(maxOtherSpeed, net.freespeed_mps(l));
      }
    }
    assertTrue(minMotorwayCap > maxOtherCap, minMotorwayCap + " vs " + maxOtherCap);
    assertTrue(minMotorwaySpeed > maxOtherSpeed, minMotorwaySpeed + " vs " + maxOtherSpeed);
    // A40 west of the Kreuz Bochum has three lanes per direction: 6,000 veh/h
    assertEquals(6000, net.capacity_vph(net.getLinkIndex("A40_e_5")), 1e-9);
  }

  @Test
  void readableIdsAndPlausibleLengths() {
    int a40 = net.getLinkIndex("A40_e_1");
    assertEquals("motorway", net.linkType(a40));
    assertEquals("A40:GW_A40_W-AS_A40_wattenscheid_west", net.linkOrigId(a40));
    assertTrue(net.findLinkIndex("A43_s_1").isPresent() && net.findLinkIndex("A448_w_1").isPresent());
    // A40 from the western border to the Kreuz Bochum: about 12 km of motorway in the city
    double len = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.linkId(l).startsWith("A40_e_")) {
        len += net.length_m(l);
      }
    }
    assertTrue(len > 14_000 && len < 19_000, "A40 in Bochum: " + len + " m");
    for (int l = 0; l < net.linkCount(); l++) {
      assertTrue(net.length_m(l) <= 1.2 * BochumNetworkFactory.MAX_PIECE_M, net.linkId(l));
    }
  }

  @Test
  void networkLiesInBochum() {
    // bounding box of Bochum in EPSG:25832 with a margin: 363-387 km east, 5,694-5,714 km north
    for (int v = 0; v < net.nodeCount(); v++) {
      double x = net.nodeX_m(v);
      double y = net.nodeY_m(v);
      assertTrue(x > 363_000 && x < 387_000 && y > 5_694_000 && y < 5_714_000, net.nodeId(v) + " " + x + " " + y);
    }
  }
}
