package de.bochumtwin.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkConversionTest {

  /**
   * Link a: 1000 m at 10 m/s = 100 s free flow, 1800 veh/h; link b (bus only) is dropped. With 900
   * veh/h on a the BPR time is 100 (1 + 0.15 * 0.5^4) = 100.9375 s.
   */
  @Test
  void freeFlowTimeIsLengthOverFreespeedAndEveryNodeIsAZone() {
    NetworkBuilder nb = new NetworkBuilder();
    nb.addNode("n1", 0, 0);
    nb.addNode("n2", 1000, 0);
    nb.addLink("a", "n1", "n2", 1000, 10, 1800, 1, List.of("car"), null, null);
    nb.addLink("b", "n2", "n1", 1000, 10, 1800, 1, List.of("bus"), null, null);
    Network net = nb.build();
    AssignmentNetwork an = NetworkConversion.fromNetwork(net, "car", 0.15, 4);
    assertEquals(1, an.linkCount());
    assertEquals(2, an.zoneCount());
    assertEquals("n2", an.nodeId(an.zoneNode(1)));
    assertTrue(an.isThrough(0));
    assertEquals(100, an.freeFlowTime(0), 1e-12);
    assertEquals(1800, an.capacity(0), 0);
    OdMatrix od = OdMatrix.builder(2).add(0, 1, 900).build();
    AssignmentResult r = StaticAssignment.run(an, od,
        new AssignmentSettings(AssignmentSettings.Algorithm.FRANK_WOLFE, 1e-9, 10, 1), AssignmentListener.NONE);
    assertEquals(900, r.flow(0), 0);
    assertEquals(100.9375, r.linkFlowTable().cost(0), 1e-12);
  }
}
