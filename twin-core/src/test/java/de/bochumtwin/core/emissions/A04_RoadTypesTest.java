package de.bochumtwin.core.emissions;

import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import org.junit.jupiter.api.Test;

/** MATSim's VspHbefaRoadTypeMapping (free speed in m/s; at most 50 km/h is doubled first). */
class A04_RoadTypesTest {
  @Test
  void vspMapping() {
    assertEquals("URB/Access/30", RoadTypes.vspRoadType(14 / 3.6, 1));  // 14 -> 28 km/h
    // 15 km/h doubles to 30/3.6 = 8.333333333333334 m/s, just above MATSim's 8.333333333 threshold
    assertEquals("URB/Access/40", RoadTypes.vspRoadType(15 / 3.6, 1));
    assertEquals("URB/Access/40", RoadTypes.vspRoadType(20 / 3.6, 1));  // 20 -> 40
    assertEquals("URB/Local/60", RoadTypes.vspRoadType(30 / 3.6, 1));   // 30 -> 60 (the doubling quirk)
    assertEquals("URB/Trunk-City/60", RoadTypes.vspRoadType(30 / 3.6, 2));
    assertEquals("URB/MW-City/60", RoadTypes.vspRoadType(30 / 3.6, 3));
    assertEquals("URB/MW-City/70", RoadTypes.vspRoadType(50 / 3.6, 1)); // 50 -> 100 km/h!
    assertEquals("URB/MW-City/70", RoadTypes.vspRoadType(70 / 3.6, 1));
    assertEquals("URB/MW-Nat./80", RoadTypes.vspRoadType(80 / 3.6, 1)); // MATSim's own test: 70 km/h link
    assertEquals("RUR/MW/>130", RoadTypes.vspRoadType(100 / 3.6, 2));
  }

  @Test
  void linkAttributeWins() {
    Network net = network("""
        a 1 2 100 8.33 1000 1
        b 2 3 100 8.33 1000 1
        """);
    assertArrayEquals(new String[] {"URB/Local/50", "URB/Local/60"},
        RoadTypes.resolve(net, new String[] {"URB/Local/50", null}));
  }
}
