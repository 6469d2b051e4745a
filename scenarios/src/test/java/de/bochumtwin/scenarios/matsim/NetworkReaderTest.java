package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.matsim.TestData.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.bochumtwin.core.network.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkReaderTest {
  @TempDir Path tmp;

  @Test
  void readsEquilNetworkV1() {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    assertEquals(15, net.nodeCount());
    assertEquals(23, net.linkCount());
    assertEquals("equil test network", net.name());
    int l1 = net.getLinkIndex("1");
    assertEquals(36000.0, net.capacity_vph(l1));
    assertEquals(10000.0, net.length_m(l1));
    assertEquals(27.78, net.freespeed_mps(l1));
    assertEquals(1.0, net.lanes(l1));
    assertEquals("1", net.nodeId(net.fromNode(l1)));
    assertEquals("2", net.nodeId(net.toNode(l1)));
    assertEquals(-20000.0, net.nodeX_m(net.fromNode(l1)));
    // no modes attribute: MATSim's default is car
    assertEquals(List.of("car"), net.allowedModes(l1));
    assertEquals(35000.0, net.length_m(net.getLinkIndex("22")));
    assertEquals(1000.0, net.capacity_vph(net.getLinkIndex("15")));
    assertNull(net.crs());
  }

  @Test
  void convertsTwelveHourCapperiodOfSiouxFallsToVehiclesPerHour() throws Exception {
    Path f = TestData.example("siouxfalls-matsim-network/network.xml");
    String text = TestData.text(f);
    Network net = NetworkReader.read(f);
    assertEquals(TestData.count(text, "<node "), net.nodeCount());
    assertEquals(TestData.count(text, "<link "), net.linkCount());
    // <links capperiod="12:00:00">, link 1 capacity="25900.20064" per 12 h
    int l1 = net.getLinkIndex("1");
    assertEquals(25900.20064 / 12, net.capacity_vph(l1), 1e-9);
    assertEquals(5440.0, net.length_m(l1));
    assertEquals("1", net.linkOrigId(l1));
  }

  @Test
  void readsSiouxFallsPtNetworkWithModes() throws Exception {
    Path f = TestData.example("siouxfalls-2014/Siouxfalls_network_PT.xml");
    String text = TestData.text(f);
    Network net = NetworkReader.read(f);
    assertEquals(TestData.count(text, "<node "), net.nodeCount());
    assertEquals(TestData.count(text, "<link "), net.linkCount());
    int busLinks = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.allowedModes(l).contains("bus")) {
        busLinks++;
      }
    }
    assertEquals(TestData.count(text, "modes=\"[^\"]*bus"), busLinks);
    int l = net.getLinkIndex("10_1");
    assertEquals(1964.0, net.capacity_vph(l));
    assertEquals(2.0, net.lanes(l));
    assertEquals(13.9, net.freespeed_mps(l));
    assertEquals(Set.of("car"), Set.copyOf(net.allowedModes(l)));
  }

  @Test
  void readsV2AttributesAndCrs() throws Exception {
    Path f = TestData.example("emissions-sampleScenario/sample_network.xml");
    Network net = NetworkReader.read(f);
    assertEquals("Atlantis", net.crs());
    assertEquals(TestData.count(TestData.text(f), "<link "), net.linkCount());
    // capperiod 16:00:00; link12 capacity 8400 per 16 h
    assertEquals(8400.0 / 16, net.capacity_vph(net.getLinkIndex("link12")), 1e-12);
  }

  @Test
  void keepsTypeAndOrigIdFromV2Attributes() throws Exception {
    Path f = TestData.write(tmp, "v2.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE network SYSTEM "http://www.matsim.org/files/dtd/network_v2.dtd">
        <network name="tiny">
          <attributes><attribute name="coordinateReferenceSystem" class="java.lang.String">EPSG:25832</attribute></attributes>
          <nodes><node id="a" x="0" y="0"/><node id="b" x="100" y="0"/></nodes>
          <links capperiod="00:30:00">
            <link id="ab" from="a" to="b" length="100" freespeed="13.9" capacity="900" permlanes="2" modes="car,bike">
              <attributes>
                <attribute name="osm:way:highway" class="java.lang.String">residential</attribute>
                <attribute name="origid" class="java.lang.String">4711</attribute>
              </attributes>
            </link>
          </links>
        </network>
        """);
    Network net = NetworkReader.read(f);
    assertEquals("EPSG:25832", net.crs());
    assertEquals("residential", net.linkType(0));
    assertEquals("4711", net.linkOrigId(0));
    assertEquals(1800.0, net.capacity_vph(0));
    assertEquals(Set.of("car", "bike"), Set.copyOf(net.allowedModes(0)));
  }

  private Path tinyNetwork(String linkAttributes) throws Exception {
    return TestData.write(tmp, "bad-network.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <network>
          <nodes>
            <node id="a" x="0" y="0"/>
            <node id="b" x="100" y="0"/>
          </nodes>
          <links>
            <link id="ok" from="a" to="b" length="100" freespeed="10" capacity="1000" permlanes="1"/>
            <link id="bad" %s/>
          </links>
        </network>
        """.formatted(linkAttributes));
  }

  @Test
  void negativeCapacityIsReportedWithLinkLine() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" length=\"100\" freespeed=\"10\" capacity=\"-5\" permlanes=\"1\"");
    assertInputError(f, 9, "capacity must be a finite number >= 0", "correct the value", () -> NetworkReader.read(f));
  }

  @Test
  void nanCapacityIsReported() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" length=\"100\" freespeed=\"10\" capacity=\"NaN\" permlanes=\"1\"");
    assertInputError(f, 9, "capacity", "correct the value", () -> NetworkReader.read(f));
  }

  @Test
  void negativeLengthIsReported() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" length=\"-100\" freespeed=\"10\" capacity=\"100\" permlanes=\"1\"");
    assertInputError(f, 9, "length must be a finite number > 0", "correct the value", () -> NetworkReader.read(f));
  }

  @Test
  void nanLengthIsReported() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" length=\"NaN\" freespeed=\"10\" capacity=\"100\" permlanes=\"1\"");
    assertInputError(f, 9, "length must be a finite number > 0", "correct the value", () -> NetworkReader.read(f));
  }

  @Test
  void missingAttributeIsNamed() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" freespeed=\"10\" capacity=\"100\" permlanes=\"1\"");
    assertInputError(f, 9, "<link> has no 'length' attribute", "add length=", () -> NetworkReader.read(f));
  }

  @Test
  void nonNumericValueIsReported() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"b\" length=\"ten\" freespeed=\"10\" capacity=\"100\" permlanes=\"1\"");
    assertInputError(f, 9, "'length' of <link> is 'ten', not a number", "write a decimal number", () -> NetworkReader.read(f));
  }

  @Test
  void unknownNodeIsReported() throws Exception {
    Path f = tinyNetwork("from=\"a\" to=\"zz\" length=\"100\" freespeed=\"10\" capacity=\"100\" permlanes=\"1\"");
    assertInputError(f, 9, "to-node 'zz' is not defined", "add the node or fix the id", () -> NetworkReader.read(f));
  }

  @Test
  void malformedXmlIsReportedWithLine() throws Exception {
    Path f = TestData.write(tmp, "broken.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <network>
          <nodes>
            <node id="a" x="0" y="0">
          </nodes>
        </network>
        """);
    assertInputError(f, 5, "malformed XML", "fix the XML syntax", () -> NetworkReader.read(f));
  }

  @Test
  void wrongRootElementIsReported() throws Exception {
    Path f = TestData.example("equil/counts100.xml");
    // StAX reports the line where the start tag ends: <counts ...> spans lines 3-5
    assertInputError(f, 5, "expected <network>", "pass a MATSim network file", () -> NetworkReader.read(f));
  }
}
