package de.bochumtwin.scenarios.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MATSim chargers XML, the CSV form and GeoJSON: reading, writing and round trips. */
class ChargersFilesTest {
  static final Network NET = net();

  static Network net() {
    NetworkBuilder b = new NetworkBuilder().withName("t").withCrs("EPSG:25832");
    b.addNode("1", 0, 0);
    b.addNode("2", 1000, 0);
    b.addNode("3", 1000, 1000);
    b.addLink("95", "1", "2", 1000, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("96", "2", "3", 1000, 10, 1000, 1, List.of("car"), null, null);
    return b.build();
  }

  @Test
  void readsMatsimChargersFile(@TempDir Path dir) throws Exception {
    // the example from matsim-example-project (evDetour/chargers_2.xml) plus defaults and attributes
    Path f = dir.resolve("chargers.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE chargers SYSTEM "http://matsim.org/files/dtd/chargers_v1.dtd">
        <chargers>
          <charger id="charger1" link="95" plug_power="100.0" plug_count="5"/>
          <charger id="c2" link="96" plug_power="11">
            <attributes>
              <attribute name="operator" class="java.lang.String">Stadtwerke &amp; Co</attribute>
              <attribute name="public" class="java.lang.Boolean">false</attribute>
            </attributes>
          </charger>
        </chargers>
        """);
    Chargers c = ChargersXml.read(f, NET);
    assertEquals(2, c.size());
    assertEquals(0, c.link(0));
    assertEquals(100.0, c.plugPower_kW(0), 0);
    assertEquals(5, c.plugCount(0));
    assertEquals("default", c.type(0));
    assertEquals(500.0, c.x_m(0), 0, "midpoint of link 95");
    assertTrue(c.isPublic(0));
    assertEquals(1, c.plugCount(1));
    assertEquals("Stadtwerke & Co", c.operator(1));
    assertEquals(false, c.isPublic(1));

    Path out = dir.resolve("out.xml");
    ChargersXml.write(c, NET, out);
    Chargers back = ChargersXml.read(out, NET);
    for (int i = 0; i < 2; i++) {
      assertEquals(c.id(i), back.id(i));
      assertEquals(c.link(i), back.link(i));
      assertEquals(c.plugPower_kW(i), back.plugPower_kW(i), 0);
      assertEquals(c.plugCount(i), back.plugCount(i));
      assertEquals(c.operator(i), back.operator(i));
      assertEquals(c.isPublic(i), back.isPublic(i));
    }
  }

  @Test
  void unknownLinkNamesTheChargerAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.xml");
    Files.writeString(f, "<chargers>\n  <charger id=\"x\" link=\"nope\" plug_power=\"22\"/>\n</chargers>\n");
    InputException e = assertThrows(InputException.class, () -> ChargersXml.read(f, NET));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("charger 'x'"), e.getMessage());
  }

  @Test
  void csvRoundTripAndNearestLinkFill(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("chargers.csv");
    Files.writeString(f, ChargersCsv.HEADER + "\n"
        + "a;95;400;10;22;2;AC;\"Ops; Inc\";true\n"
        + "b;;990;700;150;4;DC;Fast;false\n");
    Chargers c = ChargersCsv.read(f, NET);
    assertEquals("Ops; Inc", c.operator(0));
    assertEquals(NET.getLinkIndex("96"), c.link(1), "(990, 700) is 10 m from link 96 and 700 m from 95");
    Path out = dir.resolve("out.csv");
    ChargersCsv.write(c, NET, out);
    Chargers back = ChargersCsv.read(out, NET);
    assertEquals(c.link(1), back.link(1));
    assertEquals(150.0, back.plugPower_kW(1), 0);
    assertEquals("DC", back.type(1));
    assertEquals(false, back.isPublic(1));

    Path geo = dir.resolve("chargers.geojson");
    ChargersCsv.writeGeoJson(c, NET, geo);
    String json = Files.readString(geo);
    assertTrue(json.contains("\"coordinates\":[400,10]"), json);
    assertTrue(json.contains("urn:ogc:def:crs:EPSG::25832"), json);
    assertTrue(json.contains("\"operator\":\"Ops; Inc\""), json);
  }
}
