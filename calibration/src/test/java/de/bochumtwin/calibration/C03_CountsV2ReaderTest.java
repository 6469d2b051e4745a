package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.feeds.CountsV2Reader;
import de.bochumtwin.calibration.feeds.FeedIssue;
import de.bochumtwin.calibration.feeds.HourlyCounts;
import de.bochumtwin.calibration.feeds.SensorFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MATSim counts v2: two locations, car and truck measurements per location (vehicle-class selection),
 * quarter-hour values summed to the hour, a daily value (not hourly), a missing val and a velocity
 * measurement (reported, not used); a v1 file is told apart.
 */
class C03_CountsV2ReaderTest {
  @TempDir
  Path tmp;

  @Test
  void readsModesAsVehicleClassesAndReportsProblems() throws IOException {
    Path f = tmp.resolve("counts_v2.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <counts xmlns="http://www.matsim.org/files/dtd" year="2024" source="test">
          <location id="L1" name="Castroper Str." x="376000" y="5705000">
            <measurements type="volumes" mode="car" interval="3600">
              <value t="25200" val="400"/>
              <value t="28800" val="500"/>
              <value t="32400"/>
            </measurements>
            <measurements type="volumes" mode="truck" interval="900">
              <value t="25200" val="10"/>
              <value t="26100" val="12"/>
              <value t="27000" val="8"/>
              <value t="27900" val="-3"/>
            </measurements>
            <measurements type="velocities" mode="car" interval="3600">
              <value t="25200" val="13.9"/>
            </measurements>
          </location>
          <location id="L2">
            <measurements type="volumes" mode="car" interval="86400">
              <value t="0" val="12000"/>
            </measurements>
          </location>
        </counts>
        """);
    assertTrue(CountsV2Reader.isV2(f));
    ZoneId zone = ZoneId.of("Europe/Berlin");
    SensorFeed feed = CountsV2Reader.read(f, zone);
    assertEquals(Set.of("L1", "L2"), feed.stations().keySet());
    assertEquals("L1", feed.stations().get("L1").linkId(), "the location id is the link id");
    assertEquals(376000, feed.stations().get("L1").x_m());
    assertEquals(1, feed.issues(FeedIssue.Kind.MISSING_VALUE).size(), "t=32400 without val");
    assertEquals(2, feed.issues(FeedIssue.Kind.MALFORMED).size(), "val=-3 and the velocity measurement");
    assertEquals("counts_v2.xml:13", feed.issues(FeedIssue.Kind.MALFORMED).get(0).id());

    HourlyCounts car = feed.hourly(zone, Set.of("car"));
    assertEquals(400, car.station("L1")[7]);
    assertEquals(500, car.station("L1")[8]);
    assertTrue(Double.isNaN(car.station("L1")[9]), "missing is not 0");
    assertEquals(1, car.issues().size(), "the daily value of L2 is reported as not hourly");
    HourlyCounts truck = feed.hourly(zone, Set.of("truck"));
    assertEquals(30, truck.station("L1")[7], "10 + 12 + 8 quarter hours; the negative one skipped");
    assertTrue(Double.isNaN(truck.station("L1")[8]));
    assertEquals(430, feed.hourly(zone, Set.of("car", "truck")).station("L1")[7], "car + truck");
  }

  @Test
  void tellsV1FromV2() throws IOException {
    Path f = tmp.resolve("counts_v1.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <counts name="x" year="2024">
          <count loc_id="L1" cs_id="S1"><volume h="8" val="400"/></count>
        </counts>
        """);
    assertFalse(CountsV2Reader.isV2(f));
  }
}
