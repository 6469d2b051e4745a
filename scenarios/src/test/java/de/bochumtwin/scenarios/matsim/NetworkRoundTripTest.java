package de.bochumtwin.scenarios.matsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class NetworkRoundTripTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {
    "equil/network.xml",
    "siouxfalls-matsim-network/network.xml",
    "siouxfalls-2014/Siouxfalls_network_PT.xml",
    "emissions-sampleScenario/sample_network.xml",
    "ev-detour-test/1pctNetwork.xml"
  })
  void writtenV2NetworkReadsBackIdentically(String example) throws Exception {
    Network a = NetworkReader.read(TestData.example(example));
    Path out = tmp.resolve("net.xml.gz");
    NetworkWriter.write(a, out);
    Network b = NetworkReader.read(out);
    assertSame(a, b);
    // the written file is a real v2 file: capacities per hour
    Path plain = tmp.resolve("net.xml");
    NetworkWriter.write(a, plain);
    String text = TestData.text(plain);
    assertEquals(1, TestData.count(text, "network_v2\\.dtd"));
    assertEquals(1, TestData.count(text, "capperiod=\"01:00:00\""));
    assertSame(a, NetworkReader.read(plain));
  }

  static void assertSame(Network a, Network b) {
    assertEquals(a.name(), b.name());
    assertEquals(a.crs(), b.crs());
    assertEquals(a.nodeCount(), b.nodeCount());
    assertEquals(a.linkCount(), b.linkCount());
    for (int n = 0; n < a.nodeCount(); n++) {
      assertEquals(a.nodeId(n), b.nodeId(n));
      assertEquals(a.nodeX_m(n), b.nodeX_m(n));
      assertEquals(a.nodeY_m(n), b.nodeY_m(n));
    }
    for (int l = 0; l < a.linkCount(); l++) {
      String id = a.linkId(l);
      assertEquals(id, b.linkId(l));
      assertEquals(a.fromNode(l), b.fromNode(l), id);
      assertEquals(a.toNode(l), b.toNode(l), id);
      assertEquals(a.length_m(l), b.length_m(l), id);
      assertEquals(a.freespeed_mps(l), b.freespeed_mps(l), id);
      assertEquals(a.capacity_vph(l), b.capacity_vph(l), id);
      assertEquals(a.lanes(l), b.lanes(l), id);
      assertEquals(Set.copyOf(a.allowedModes(l)), Set.copyOf(b.allowedModes(l)), id);
      assertEquals(a.linkType(l), b.linkType(l), id);
      assertEquals(a.linkOrigId(l), b.linkOrigId(l), id);
    }
  }
}
