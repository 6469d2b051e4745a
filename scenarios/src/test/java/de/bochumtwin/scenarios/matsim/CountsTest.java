package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.matsim.TestData.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountsTest {
  @TempDir Path tmp;

  @Test
  void readsEquilCounts() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    Path f = TestData.example("equil/counts100.xml");
    Counts c = CountsReader.read(f, net);
    assertEquals("equilCounts", c.name());
    assertEquals(2008, c.year());
    assertTrue(c.description().startsWith("hand made values"));
    assertEquals(TestData.count(TestData.text(f), "<count "), c.size());
    CountStation s = c.stationsOnLink(net.getLinkIndex("14")).get(0);
    assertEquals("handmade_01", s.stationId());
    assertEquals(11.1, s.volume_vph(6)); // h="7" is 06:00-07:00
    assertEquals(0.0, s.volume_vph(0));
    assertEquals(0.0, s.volume_vph(23));
    assertFalse(s.hasCoord());
    assertEquals(TestData.count(TestData.text(f), "<volume "), c.stations().stream()
        .mapToLong(x -> java.util.stream.IntStream.range(0, 24).filter(x::hasVolume).count()).sum());
  }

  @Test
  void roundTrip() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    Counts a = CountsReader.read(TestData.example("equil/counts100.xml"), net);
    double[] partial = new double[24];
    java.util.Arrays.fill(partial, Double.NaN);
    partial[7] = 123.25;
    java.util.List<CountStation> stations = new java.util.ArrayList<>(a.stations());
    stations.add(CountStation.of("with<coord>", net.getLinkIndex("20"), partial, 2500.5, -1.0));
    Counts withExtra = Counts.of(a.name(), a.year(), a.description(), stations);
    Path out = tmp.resolve("counts.xml.gz");
    CountsWriter.write(withExtra, net, out);
    Counts b = CountsReader.read(out, net);
    assertEquals(withExtra.name(), b.name());
    assertEquals(withExtra.year(), b.year());
    assertEquals(withExtra.description(), b.description());
    assertEquals(withExtra.stations(), b.stations());
    assertFalse(b.stations().get(b.size() - 1).hasVolume(0));
  }

  @Test
  void unknownLinkIsReported() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    Path f = TestData.write(tmp, "bad-counts.xml", """
        <counts name="x" year="2020">
          <count loc_id="999" cs_id="s1">
            <volume h="1" val="3"/>
          </count>
        </counts>
        """);
    assertInputError(f, 2, "loc_id '999' of <count> is not a link of the network",
        "use the network the counts were made for", () -> CountsReader.read(f, net));
  }

  @Test
  void hourOutOfRangeIsReported() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    Path f = TestData.write(tmp, "bad-hour.xml", """
        <counts name="x" year="2020">
          <count loc_id="1" cs_id="s1">
            <volume h="0" val="3"/>
          </count>
        </counts>
        """);
    assertInputError(f, 3, "not a whole number from 1 to 24", "use h=\"1\" for 00:00-01:00", () -> CountsReader.read(f, net));
  }
}
