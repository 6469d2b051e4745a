package de.bochumtwin.core.mobsim;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A queue spills back: bottleneck c (180 veh/h, 15 m: storage 2) fills, then b (30 m, 1 lane:
 * storage 30/7.5 = 4 vehicles) fills, then vehicles wait in a's buffer. As in MATSim, the one-vehicle
 * buffer at a link's end is not part of its storage, so b holds at most 4 + 1 vehicles.
 */
class A03_SpillbackTest {
  static final Network NET = network("""
      a 1 2 100 10 1000000 1
      b 2 3 30 10 3600 1
      c 3 4 15 10 180 1
      d 4 5 100 10 1000000 1
      """);

  static Population twenty() {
    Population pop = new Population();
    for (int i = 0; i < 20; i++) {
      pop.add(carCommuter(NET, "p" + i, 0, "a b c d"));
    }
    return pop;
  }

  @Test
  void fullDownstreamLinkBlocksUpstream() {
    QueueSimulation sim = new QueueSimulation(NET, MobsimSettings.builder().withStuckTime_s(100_000).build());
    assertEquals(4.0, sim.storageCapacity(NET.getLinkIndex("b")), 1e-9);
    assertEquals(2.0, sim.storageCapacity(NET.getLinkIndex("c")), 1e-9);
    RecordingSink rec = new RecordingSink();
    MobsimResult r = sim.run(twenty(), rec, MobsimProgress.NONE);
    assertEquals(20, r.arrivals());
    assertEquals(0, r.stuckForcedMoves());
    assertEquals(4 + 1, rec.maxOccupancy("b"));
    assertEquals(2 + 1, rec.maxOccupancy("c"));
    // c discharges one vehicle per 20 s, so the last vehicle leaves a late: it waited for spillback
    List<Integer> leaveA = rec.leaveTimes("a");
    List<Integer> leaveC = rec.leaveTimes("c");
    assertEquals(20, leaveC.size());
    for (int i = 1; i < 20; i++) {
      assertEquals(20, leaveC.get(i) - leaveC.get(i - 1), "bottleneck headway");
    }
    // vehicle 20 can enter b only when b has room: 8 vehicles (5 on b, 3 on c) are ahead of it
    assertTrue(leaveA.get(19) >= leaveC.get(19 - 8 - 1), "last vehicle held upstream until space freed: " + leaveA);
    assertTrue(leaveA.get(19) > 200, "without spillback it would leave a at t=1: " + leaveA);
  }

  @Test
  void stuckRulePushesWaitingVehiclesAfterStuckTime() {
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(NET, MobsimSettings.builder().build()).run(twenty(), rec, MobsimProgress.NONE);
    assertTrue(r.stuckForcedMoves() > 0, "with the default 10 s stuck time, waiting vehicles are pushed on");
    assertTrue(rec.maxOccupancy("b") > 5 || rec.maxOccupancy("c") > 3, "forced vehicles exceed storage, as in MATSim");
    assertEquals(20, r.arrivals());
  }

  @Test
  void removeStuckVehiclesAbortsThem() {
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(NET, MobsimSettings.builder().withRemoveStuckVehicles(true).build())
        .run(twenty(), rec, MobsimProgress.NONE);
    assertTrue(r.stuckAborted() > 0);
    assertEquals(20, r.arrivals() + r.stuckAborted());
    assertEquals(r.stuckAborted(), rec.lines.stream().filter(l -> l.contains(" stuck ")).count());
  }
}
