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
    // free speed (km/h) and lanes -> road type; <= 50 km/h is doubled before the thresholds
    String[][] cases = {
      {"14", "1", "URB/Access/30"},      // 28 km/h
      {"15", "1", "URB/Access/40"},      // 30/3.6 = 8.333333333333334 m/s > 8.333333333
      {"19", "1", "URB/Access/40"},      // 38
      {"24", "1", "URB/Local/50"},       // 48
      {"24", "2", "URB/Distr/50"},
      {"24", "3", "URB/Trunk-City/50"},
      {"30", "1", "URB/Local/60"},       // 60
      {"30", "2", "URB/Trunk-City/60"},
      {"30", "3", "URB/MW-City/60"},
      {"50", "1", "RUR/MW/>130"},        // 100 km/h after doubling: the quirk
      {"60", "1", "URB/Local/60"},       // not doubled
      {"65", "1", "URB/MW-City/70"},
      {"70", "1", "URB/MW-Nat./80"},     // as in MATSim's VspHbefaRoadTypeMappingTest
      {"80", "1", "RUR/MW/>130"},
    };
    for (String[] c : cases) {
      assertEquals(c[2], RoadTypes.vspRoadType(Double.parseDouble(c[0]) / 3.6, Double.parseDouble(c[1])),
          c[0] + " km/h, " + c[1] + " lanes");
    }
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
