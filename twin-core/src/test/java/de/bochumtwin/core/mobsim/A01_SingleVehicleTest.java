package de.bochumtwin.core.mobsim;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static de.bochumtwin.core.testing.TestScenarios.population;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.testing.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One car on an empty network: the exact MATSim event sequence and timing (a link takes
 * floor(length/speed) s in the queue plus 1 s through buffer and node), checked against MATSim's own
 * events for equil person 3 (notes/matsim-semantics.md 3.3: departure 21510, arrival 22410).
 */
class A01_SingleVehicleTest {
  static final Network EQUIL_PATH = network("""
      1 1 2 10000 27.78 36000 1
      6 2 7 10000 27.78 3600 1
      15 7 12 5000 27.78 1000 1
      20 12 13 10000 27.78 36000 1
      """);

  @Test
  void equilPersonThreeTimingMatchesMatsim() {
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(EQUIL_PATH, MobsimSettings.builder().build())
        .run(population(carCommuter(EQUIL_PATH, "3", 21510, "1 6 15 20")), rec, MobsimProgress.NONE);
    assertEquals(List.of(
        "21510 actend 3 1 h",
        "21510 departure 3 1 car",
        "21510 enterstraffic 3 1",
        "21511 left 3 1",
        "21511 entered 3 6",
        "21871 left 3 6",
        "21871 entered 3 15",
        "22051 left 3 15",
        "22051 entered 3 20",
        "22410 leavestraffic 3 20",
        "22410 arrival 3 20 car",
        "22410 actstart 3 20 w"), rec.lines);
    assertEquals(1, r.departures());
    assertEquals(1, r.arrivals());
    assertEquals(6, r.linkEvents());
  }

  @Test
  void legOnOneLinkArrivesAtOnce() {
    RecordingSink rec = new RecordingSink();
    new QueueSimulation(EQUIL_PATH, MobsimSettings.builder().build())
        .run(population(carCommuter(EQUIL_PATH, "x", 100, "6")), rec, MobsimProgress.NONE);
    assertEquals(List.of("100 actend x 6 h", "100 departure x 6 car", "100 enterstraffic x 6",
        "100 leavestraffic x 6", "100 arrival x 6 car", "100 actstart x 6 w"), rec.lines);
  }
}
