package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made OSM files: a two-way residential street 1-2-3-4 along the central meridian of zone 32
 * (9 E, where grid distance = 0.9996 x ellipsoidal distance), a one-way street 5-7-3 tagged against
 * its node order, a two-way 5-4, and a one-way spur 4-6 into a dead end that the strongly connected
 * component cleaning must remove.
 */
class SyntheticOsmImportTest {
  @TempDir
  Path dir;

  private Path write(String body) throws IOException {
    Path f = dir.resolve("t.osm");
    Files.writeString(f, "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n" + body + "</osm>\n");
    return f;
  }

  private static String node(long id, double lat, double lon) {
    return "<node id=\"" + id + "\" lat=\"" + lat + "\" lon=\"" + lon + "\"/>\n";
  }

  private static String way(long id, String tags, long... refs) {
    StringBuilder s = new StringBuilder("<way id=\"" + id + "\">");
    for (long r : refs) {
      s.append("<nd ref=\"").append(r).append("\"/>");
    }
    return s.append(tags).append("</way>\n").toString();
  }

  @Test
  void simplifiesDegreeTwoNodesSplitsAtJunctionsAndDropsTheDeadEnd() throws IOException {
    Path f = write(node(1, 51.000, 9.0) + node(2, 51.001, 9.0) + node(3, 51.002, 9.0) + node(4, 51.003, 9.0)
        + node(5, 51.002, 9.001) + node(6, 51.004, 9.0) + node(7, 51.0025, 9.0005)
        + way(100, "<tag k=\"highway\" v=\"residential\"/><tag k=\"maxspeed\" v=\"30\"/>", 1, 2, 3, 4)
        + way(200, "<tag k=\"highway\" v=\"residential\"/><tag k=\"oneway\" v=\"-1\"/>", 3, 7, 5)
        + way(300, "<tag k=\"highway\" v=\"residential\"/><tag k=\"oneway\" v=\"yes\"/>", 4, 6)
        + way(400, "<tag k=\"highway\" v=\"residential\"/>", 5, 4)
        + way(500, "<tag k=\"highway\" v=\"footway\"/>", 1, 5));
    OsmNetworkImporter.Result r = OsmNetworkImporter.read(f, OsmImportSettings.defaults());
    Network net = r.network();
    // way 100 splits at 3 (shared with 200) into 100_0 (1-2-3, node 2 simplified away) and 100_1 (3-4);
    // 200 is one-way against its node order: 200_0_r from 5 to 3, node 7 simplified away;
    // 300 (4->6) leads into a dead end and is removed by the SCC cleaning; 1-3 links stay because
    // 100 is two-way; the footway is not a network way.
    assertEquals("[100_0, 100_0_r, 100_1, 100_1_r, 200_0_r, 400_0, 400_0_r]", net.linkIds().toString());
    assertEquals(1, r.report().carLinksRemoved(), "300_0 lost car: " + r.report());
    assertEquals(1, r.report().bikeLinksRemoved(), "300_0 lost bike: " + r.report());
    assertEquals(8, r.report().linksBeforeCleaning());
    int l = net.getLinkIndex("100_0");
    assertEquals("1", net.nodeId(net.fromNode(l)));
    assertEquals("3", net.nodeId(net.toNode(l)));
    // 0.002 degrees of latitude at 51 N: 222.6 m on GRS80 (meridian arc), times k0 = 0.9996
    assertEquals(222.6 * 0.9996, net.length_m(l), 0.2);
    assertEquals(30 / 3.6, net.freespeed_mps(l), 1e-9);
    assertEquals("100", net.linkOrigId(l));
    assertEquals("residential", net.linkType(l));
    int r200 = net.getLinkIndex("200_0_r");
    assertEquals("5", net.nodeId(net.fromNode(r200)));
    assertEquals("3", net.nodeId(net.toNode(r200)));
    assertTrue(net.findNodeIndex("2").isEmpty() && net.findNodeIndex("7").isEmpty() && net.findNodeIndex("6").isEmpty());
    assertTrue(ConnectivityCheck.isStronglyConnected(net, net.modes().bit("car")));
  }

  @Test
  void polygonCutKeepsOnlyNodesInsideAndSplitsWaysAtTheBorder() throws IOException {
    Path f = write(node(1, 51.000, 9.0) + node(2, 51.001, 9.0) + node(3, 51.002, 9.0) + node(4, 51.010, 9.0)
        + way(100, "<tag k=\"highway\" v=\"primary\"/>", 1, 2, 3, 4));
    // a small square around nodes 1-3 (about 330 m of latitude): node 4 is ~900 m outside
    BoundingPolygon square = BoundingPolygon.ofRing("square", new double[] {8.998, 50.999, 9.002, 50.999, 9.002, 51.0025,
        8.998, 51.0025}, 0);
    Network net = OsmNetworkImporter.read(f, OsmImportSettings.defaults().withPolygon(square)).network();
    assertEquals("[100_0, 100_0_r]", net.linkIds().toString());
    assertEquals("3", net.nodeId(net.toNode(0)));
    // a 1 km buffer brings node 4 back
    Network buffered = OsmNetworkImporter.read(f, OsmImportSettings.defaults().withPolygon(square.withBuffer(1000)))
        .network();
    assertEquals("4", buffered.nodeId(buffered.toNode(0)));
  }

  @Test
  void badInputNamesFileLineAndFix() throws IOException {
    Path f = write(node(1, 51.0, 9.0) + "<node id=\"2\" lat=\"north\" lon=\"9\"/>\n"
        + way(100, "<tag k=\"highway\" v=\"primary\"/>", 1, 2));
    InputException e = assertThrows(InputException.class, () -> OsmNetworkImporter.read(f, OsmImportSettings.defaults()));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("lat='north'"), e.getMessage());
    Path notOsm = dir.resolve("x.osm");
    Files.writeString(notOsm, "<html><body>404</body></html>");
    InputException e2 = assertThrows(InputException.class,
        () -> OsmNetworkImporter.read(notOsm, OsmImportSettings.defaults()));
    assertTrue(e2.getMessage().contains("not an OSM XML file"), e2.getMessage());
  }
}
