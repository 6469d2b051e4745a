package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real OSM data: MATSim's central-Zurich extract of big roads, as PBF and as gzipped XML (the same
 * data). The reference numbers for the uncleaned network (621 directed links, 132,531.9 m summed
 * ellipsoidal length on GRS80 by Vincenty's formula) come from an independent Python script that
 * re-implements the tag rules and the split-at-shared-nodes simplification with
 * {@code xml.etree}, plus a Kosaraju SCC for the cleaned network; it is described in docs/osm-import.md.
 */
class ZurichOsmImportTest {
  private static final Path DIR = Paths.get(System.getProperty("twin.shared.data", "../shared/data"))
      .resolve("matsim-examples/osm-zurich-center-bigroads");
  private static final Path PBF = DIR.resolve("zrh-center-bigroads.osm.pbf");
  private static final Path XML = DIR.resolve("zrh-center-bigroads.osm.gz");

  @BeforeAll
  static void requireData() {
    Assumptions.assumeTrue(Files.isRegularFile(PBF) && Files.isRegularFile(XML),
        "shared data not found at " + DIR + ": skipping");
  }

  @Test
  void pbfAndXmlGiveTheSameNetwork() {
    OsmNetworkImporter.Result pbf = OsmNetworkImporter.read(PBF, OsmImportSettings.defaults());
    OsmNetworkImporter.Result xml = OsmNetworkImporter.read(XML, OsmImportSettings.defaults());
    Network a = pbf.network();
    Network b = xml.network();
    System.out.println("PBF: " + pbf.report());
    System.out.println("XML: " + xml.report());
    assertEquals(a.nodeCount(), b.nodeCount());
    assertEquals(a.linkCount(), b.linkCount());
    for (int n = 0; n < a.nodeCount(); n++) {
      assertEquals(a.nodeId(n), b.nodeId(n));
      assertEquals(a.nodeX_m(n), b.nodeX_m(n), 0.0);
      assertEquals(a.nodeY_m(n), b.nodeY_m(n), 0.0);
    }
    for (int l = 0; l < a.linkCount(); l++) {
      String id = a.linkId(l);
      assertEquals(id, b.linkId(l));
      assertEquals(a.nodeId(a.fromNode(l)), b.nodeId(b.fromNode(l)), id);
      assertEquals(a.nodeId(a.toNode(l)), b.nodeId(b.toNode(l)), id);
      assertEquals(a.length_m(l), b.length_m(l), 0.0, id);
      assertEquals(a.freespeed_mps(l), b.freespeed_mps(l), 0.0, id);
      assertEquals(a.capacity_vph(l), b.capacity_vph(l), 0.0, id);
      assertEquals(a.lanes(l), b.lanes(l), 0.0, id);
      assertEquals(a.allowedModes(l), b.allowedModes(l), id);
      assertEquals(a.linkType(l), b.linkType(l), id);
      assertEquals(a.linkOrigId(l), b.linkOrigId(l), id);
    }
    assertEquals(pbf.report().nodesRead(), xml.report().nodesRead());
    assertEquals(6004, pbf.report().nodesRead(), "nodes in the file (grep -c '<node' on the XML)");
    assertEquals(560, pbf.report().waysRead(), "ways in the file (grep -c '<way' on the XML)");
  }

  @Test
  void uncleanedNetworkMatchesTheIndependentReference() {
    Network net = OsmNetworkImporter.read(PBF, OsmImportSettings.defaults().withLargestComponentsOnly(false)).network();
    assertEquals(621, net.linkCount());
    double total = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      total += net.length_m(l);
    }
    // UTM grid lengths are ellipsoidal lengths times the scale factor: 0.9996 on the central meridian
    // (9 E), about 0.99961 at Zurich (8.5 E, ~34 km west of it).
    double scale = total / 132_531.9;
    assertTrue(scale > 0.99955 && scale < 0.99970, "grid/ellipsoid length ratio " + scale);
  }

  @Test
  void cleanedNetworkIsStronglyConnectedAndKeepsWayIds() {
    Network net = OsmNetworkImporter.read(PBF, OsmImportSettings.defaults()).network();
    assertEquals("EPSG:25832", net.crs());
    int car = net.modes().bit("car");
    // The extract is a bounding box cut through one-way motorway carriageways: almost every link
    // leads out of the box without a way back. The independent script's Kosaraju SCC agrees: the
    // largest strongly connected car component has 4 nodes and 6 links.
    assertEquals(6, net.linkCount());
    assertEquals(4, net.nodeCount());
    assertTrue(ConnectivityCheck.isStronglyConnected(net, car), "car network is strongly connected");
    for (int l = 0; l < net.linkCount(); l++) {
      String id = net.linkId(l);
      String way = net.linkOrigId(l);
      assertTrue(id.startsWith(way + "_"), id + " carries its way id " + way);
      assertTrue(net.linkType(l).startsWith("motorway") || net.linkType(l).startsWith("trunk")
          || net.linkType(l).startsWith("primary"), net.linkType(l));
    }
    // every node lies within the file's <bounds> (8.546..8.819 E, 47.346..47.501 N), projected
    double[] sw = new double[2];
    double[] ne = new double[2];
    TransverseMercator.forCrs("EPSG:25832").project(47.346, 8.546, sw);
    TransverseMercator.forCrs("EPSG:25832").project(47.501, 8.819, ne);
    for (int n = 0; n < net.nodeCount(); n++) {
      assertTrue(net.nodeX_m(n) > sw[0] - 1000 && net.nodeX_m(n) < ne[0] + 1000, "x " + net.nodeX_m(n));
      assertTrue(net.nodeY_m(n) > sw[1] - 1000 && net.nodeY_m(n) < ne[1] + 1000, "y " + net.nodeY_m(n));
    }
  }
}
