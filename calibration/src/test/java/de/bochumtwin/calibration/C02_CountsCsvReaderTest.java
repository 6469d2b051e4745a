package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.feeds.CountsCsvReader;
import de.bochumtwin.calibration.feeds.FeedIssue;
import de.bochumtwin.calibration.feeds.HourlyCounts;
import de.bochumtwin.calibration.feeds.SensorFeed;
import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Count CSV: local and offset times, quarter hours, direction letters, missing, duplicate and malformed rows. */
class C02_CountsCsvReaderTest {
  @TempDir
  Path tmp;

  @Test
  void readsQuarterHoursAndReportsBadRows() throws IOException {
    Path f = tmp.resolve("counts.csv");
    Files.writeString(f, """
        station_id;x;y;direction;start;end;vehicle_class;value
        S1;376000;5705000;O;2024-05-02T07:00;2024-05-02T07:15;car;100
        S1;376000;5705000;O;2024-05-02T07:15;2024-05-02T07:30;car;110
        S1;376000;5705000;O;2024-05-02T05:30:00Z;2024-05-02T05:45:00Z;car;120
        S1;376000;5705000;O;2024-05-02T07:45;2024-05-02T08:00;car;
        S1;376000;5705000;O;2024-05-02T07:00;2024-05-02T07:15;car;100
        S1;376000;5705000;O;2024-05-02T08:00;2024-05-02T08:15;car;lots
        S1;376000;5705000;O;2024-05-02T09:00;2024-05-02T11:00;car;900
        S1;376000;5705000;O;2024-05-02T07:00;2024-05-02T07:15;truck;7
        """);
    SensorFeed feed = CountsCsvReader.read(f, ZoneId.of("Europe/Berlin"));
    assertEquals(90.0, feed.stations().get("S1").bearing_deg(), "O = Ost = east");
    assertEquals(1, feed.issues(FeedIssue.Kind.MISSING_VALUE).size());
    assertEquals("counts.csv:6", feed.issues(FeedIssue.Kind.DUPLICATE).get(0).id());
    assertEquals("counts.csv:7", feed.issues(FeedIssue.Kind.MALFORMED).get(0).id());
    HourlyCounts h = feed.hourly(ZoneId.of("Europe/Berlin"), Set.of("car"));
    assertEquals(330, h.station("S1")[7], "100 + 110 + 120 (05:30Z = 07:30 CEST); the missing quarter is not 0-filled");
    assertEquals(1, h.issues().size(), "the 2-hour interval is not hourly");
    assertTrue(Double.isNaN(h.station("S1")[9]));
    assertEquals(337, feed.hourly(ZoneId.of("Europe/Berlin"), Set.of()).station("S1")[7], "all classes");
  }

  @Test
  void missingColumnNamesFileAndFix() throws IOException {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, "station,start,end,value\nS1,2024-05-02T07:00,2024-05-02T08:00,1\n");
    InputException e = assertThrows(InputException.class, () -> CountsCsvReader.read(f, ZoneId.of("UTC")));
    assertTrue(e.getMessage().contains("bad.csv:1") && e.getMessage().contains("station_id"), e.getMessage());
  }
}
