package de.bochumtwin.scenarios.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed fleet_shares.csv is the register's derivation; the per-id draw matches the shares. */
class FleetSharesTest {
  static final Path REGISTER = Path.of(System.getProperty("twin.shared.data", "../shared/data"),
      "bochum-opendata", "vehicle_inventory", "bochum_vehicle_inventory.csv");

  @Test
  void bundledTableEqualsTheDerivationFromTheRegister() {
    Assumptions.assumeTrue(Files.isRegularFile(REGISTER), "shared data not found at " + REGISTER + ": skipping");
    List<FleetShares> derived = FleetShares.fromRegister(REGISTER);
    assertEquals(derived, FleetShares.bundled());
    FleetShares latest = FleetShares.bochumLatest();
    assertEquals(2024, latest.year());
    assertEquals("2024-07-31", latest.date());
    // by hand from the 2024-07-31 row: cars 213988, trucks 16048, buses 166, tractors 894,
    // electric 7099, E plates 10425, diesel 61007
    assertEquals(7099.0 / 213988, latest.bev(), 1e-5);
    assertEquals((10425.0 - 7099) / 213988, latest.other(), 1e-5);
    assertEquals((61007.0 - 16048 - 166 - 894) / 213988, latest.diesel(), 1e-5);
    assertEquals(0.74614, latest.petrol(), 1e-5);
  }

  @Test
  void drawMatchesTheSharesAndIsReproducible() {
    FleetShares s = FleetShares.bochum(2024);
    FleetDraw d = new FleetDraw(s, 0);
    int n = 200_000;
    int[] count = new int[4];
    for (int i = 0; i < n; i++) {
      count[d.classOf("person_" + i)]++;
    }
    // binomial standard deviation for p = 0.75, n = 2e5 is 0.1 pp: allow 0.5 pp
    assertEquals(s.petrol(), count[FleetDraw.PETROL] / (double) n, 0.005);
    assertEquals(s.diesel(), count[FleetDraw.DIESEL] / (double) n, 0.005);
    assertEquals(s.bev(), count[FleetDraw.BEV] / (double) n, 0.002);
    assertEquals(s.other(), count[FleetDraw.OTHER] / (double) n, 0.002);
    assertEquals(d.classOf("4711"), new FleetDraw(s, 0).classOf("4711"));
    assertEquals("electricity", d.classes().get(FleetDraw.BEV).technology());
  }

  @Test
  void unknownYearListsTheAvailableOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FleetShares.bochum(1999));
    assertTrue(e.getMessage().contains("2017"), e.getMessage());
  }
}
