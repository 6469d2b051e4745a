package de.bochumtwin.scenarios.tntp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.assignment.AssignmentNetwork;
import de.bochumtwin.core.assignment.OdMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format corners of the TNTP readers, on tiny files written by the test. */
class TntpReadersTest {
  @TempDir
  Path dir;

  private static final String NET = String.join("\n",
      "<NUMBER OF ZONES> 2",
      "<NUMBER OF NODES> 4",
      "<FIRST THRU NODE> 3",
      "<NUMBER OF LINKS> 3",
      "<TOLL FACTOR> 0.5",
      "<DISTANCE FACTOR> 0.25",
      "<END OF METADATA>",
      "",
      "~ init term cap len fft b power speed toll type ;",
      "\t1\t3\t100\t2\t10\t0.15\t4\t0\t4\t1\t;",
      "3 4 200 1 5 0.15 4 0 0 2 ;",
      "~ a comment between links",
      "4\t2\t300\t1\t5\t0.15\t4;",
      "");

  @Test
  void networkMetadataZonesThroughNodesAndCostWeights() throws Exception {
    Path f = dir.resolve("t_net.tntp");
    Files.writeString(f, NET);
    AssignmentNetwork n = TntpNetworkReader.read(f);
    assertEquals(4, n.nodeCount());
    assertEquals(3, n.linkCount());
    assertEquals(2, n.zoneCount());
    assertFalse(n.isThrough(0));
    assertFalse(n.isThrough(1));
    assertTrue(n.isThrough(2));
    assertEquals(0.5, n.tollFactor());
    // generalized free-flow cost of link 1-3: 10 + 0.5 * toll 4 + 0.25 * length 2 = 12.5
    assertEquals(12.5, n.cost(0, 0), 1e-12);
    assertEquals(10, n.travelTime(0, 0), 1e-12);
    assertEquals(2, n.linkType(1));
    assertEquals(0, n.toll(2), 0);
    assertEquals("4", n.nodeId(n.to(1)));
  }

  @Test
  void tripsWithSeveralPairsPerLineAndRepeatedOrigins() throws Exception {
    Path f = dir.resolve("t_trips.tntp");
    Files.writeString(f, String.join("\n",
        "<NUMBER OF ZONES> 3", "<TOTAL OD FLOW> 60.0", "<END OF METADATA>", "",
        "Origin \t1 ", "    1 :      0.0;     2 :    10.0;     3:5;", "",
        "~ comment", "Origin 3", "1 : 20.5; 2 : 4.5;", "Origin 1", "3 : 20;", ""));
    OdMatrix od = TntpTripsReader.read(f, 3);
    assertEquals(60, od.total(), 1e-12);
    assertEquals(4, od.pairCount());
    // origin 1 (index 0): destination 3 appears twice, 5 + 20 = 25
    assertEquals(2, od.destination(od.start(0) + 1));
    assertEquals(25, od.volume(od.start(0) + 1), 0);
    assertEquals(2, od.origin(od.start(2)));
  }

  @Test
  void errorsNameFileAndLine() throws Exception {
    Path f = dir.resolve("bad_net.tntp");
    Files.writeString(f, NET.replace("3 4 200 1 5", "3 4 2x0 1 5"));
    TntpFormatException e = assertThrows(TntpFormatException.class, () -> TntpNetworkReader.read(f));
    assertEquals(11, e.line());
    assertEquals(f + ":11: capacity must be a finite number, got '2x0'", e.getMessage());

    Path t = dir.resolve("bad_trips.tntp");
    Files.writeString(t, "<NUMBER OF ZONES> 2\n<END OF METADATA>\nOrigin 1\n2 : 5; 3 : 1;\n");
    e = assertThrows(TntpFormatException.class, () -> TntpTripsReader.read(t, 2));
    assertEquals(t + ":4: destination zone 3 is outside 1..2 (<NUMBER OF ZONES>)", e.getMessage());

    Path missing = dir.resolve("short_net.tntp");
    Files.writeString(missing, NET.replace("<NUMBER OF LINKS> 3", "<NUMBER OF LINKS> 4"));
    e = assertThrows(TntpFormatException.class, () -> TntpNetworkReader.read(missing));
    assertTrue(e.getMessage().contains("<NUMBER OF LINKS> says 4 but the file has 3 link lines"), e.getMessage());
  }

  @Test
  void odCsvUsesZoneNodeIds() throws Exception {
    Path n = dir.resolve("t_net.tntp");
    Files.writeString(n, NET);
    Path c = dir.resolve("od.csv");
    Files.writeString(c, "volume,origin,destination\n7.5,1,2\n1,2,1\n");
    OdMatrix od = OdMatrixCsvReader.read(c, TntpNetworkReader.read(n));
    assertEquals(8.5, od.total(), 0);
    Files.writeString(c, "origin,destination,volume\n1,9,1\n");
    TntpFormatException e = assertThrows(TntpFormatException.class, () -> OdMatrixCsvReader.read(c, TntpNetworkReader.read(n)));
    assertEquals(c + ":2: destination '9' is not a zone of the network; use the node id of a zone", e.getMessage());
  }
}
