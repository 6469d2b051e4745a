package de.bochumtwin.scenarios.airquality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.core.airquality.Background;
import de.bochumtwin.core.airquality.Meteorology;
import de.bochumtwin.core.airquality.No2Conversion;
import de.bochumtwin.core.airquality.StabilityClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Met files (simple CSV, the City of Bochum EcoWitt sample), background CSV, synthetic year, UTM, station placement. */
class MetAndBackgroundReaderTest {
  static final Path ECOWITT = Path.of(System.getProperty("twin.shared.data", "../../shared/data"),
      "bochum-opendata/weather_ecowitt_sample/bochum_ecowitt_gw2001_943CC645201F_2025-07.csv");

  @TempDir
  Path tmp;

  @Test
  void simpleCsvWithStabilityAndClouds() throws Exception {
    Path f = tmp.resolve("met.csv");
    Files.writeString(f, "time,wind_speed_mps,wind_dir_deg,stability,cloud_octas,temperature_c\n"
        + "2025-06-21T13:30,1.5,225,,0,20\n" // clear, solar noon (11:30 UTC + 0.48 h): 62 deg, strong insolation -> A
        + "2025-06-21T23:00,1.0,360,,1,14\n" // clear night, calm -> F; 360 deg = north
        + "2025-06-22T00:00,4.0,90,C,,13\n");
    Meteorology m = MetFileReader.read(f);
    assertEquals(3, m.hourCount());
    assertEquals(StabilityClass.A, m.stability(0));
    assertEquals(StabilityClass.F, m.stability(1));
    assertEquals(StabilityClass.C, m.stability(2));
    assertEquals(13, m.hourOfDay(0));
    assertEquals(1, m.day(2));
    assertEquals(0, m.windFrom_deg(1));
  }

  @Test
  void badMetFileNamesLineAndColumn() throws Exception {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, "time,wind_speed_mps,wind_dir_deg,stability\n2025-06-21T12:00,fast,225,D\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetFileReader.read(f));
    assertTrue(e.getMessage().contains("bad.csv:2") && e.getMessage().contains("wind_speed_mps"), e.getMessage());
    Files.writeString(f, "time,wind_speed_mps,wind_dir_deg\n");
    e = assertThrows(IllegalArgumentException.class, () -> MetFileReader.read(f));
    assertTrue(e.getMessage().contains(":1:") && e.getMessage().contains("cloud_octas"), e.getMessage());
  }

  @Test
  void ecowittSampleBecomesHourly() {
    assumeTrue(Files.isRegularFile(ECOWITT), "shared data not found at " + ECOWITT + ": skipping");
    Meteorology m = MetFileReader.read(ECOWITT);
    // 2025-07-01 00:00 to 2025-07-31 23:55 in 5-minute rows (not sorted in the file): 31 x 24 hours
    assertEquals(744, m.hourCount());
    assertEquals("2025-07-01T00:00", m.time(0));
    assertEquals(0, m.hourOfDay(0));
    assertEquals(23, m.hourOfDay(743));
    assertEquals(30, m.day(m.hourCount() - 1));
    double mean = 0;
    int day = 0;
    for (int h = 0; h < m.hourCount(); h++) {
      mean += m.wind_mps(h) / m.hourCount();
      if (m.stability(h).ordinal() <= 2) {
        day++;
      }
    }
    // km/h -> m/s: the 5-minute median 19.8 km/h is 5.5 m/s; the hourly mean is of that order
    assertTrue(mean > 3 && mean < 7, "mean wind " + mean);
    assertTrue(day > 100, "unstable hours on July days: " + day);
    assertTrue(MetFileReader.repeat(m, 8760).hourCount() == 8760);
  }

  @Test
  void backgroundCsvAndDefault() throws Exception {
    Path f = tmp.resolve("bg.csv");
    Files.writeString(f, "pollutant,background_ugm3\nNO2,30\nPM10,25\nPM2.5,17\n");
    Background b = BackgroundReader.read(f);
    assertEquals(30, b.value(AirSpecies.NO2, 0));
    assertEquals(No2Conversion.rombergInverse(30), b.value(AirSpecies.NOX, 0), 1e-9);
    Files.writeString(f, "pollutant,background_ugm3\nNO2,30\nPM10,25\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackgroundReader.read(f));
    assertTrue(e.getMessage().contains("PM2.5"), e.getMessage());
    Background d = BackgroundReader.bochumDefault();
    assertEquals(30.667, d.value(AirSpecies.NO2, 0), 1e-3);
    assertEquals(27.0, d.value(AirSpecies.PM10, 0), 1e-9);
    assertEquals(18.9, d.value(AirSpecies.PM2_5, 0), 1e-9);
    assertEquals(BackgroundReader.BOCHUM_NO2, No2Conversion.romberg(d.value(AirSpecies.NOX, 0)), 1e-6);
  }

  @Test
  void syntheticYearStatistics() {
    Meteorology y = SyntheticClimate.bochumYear(4711);
    assertEquals(8760, y.hourCount());
    assertEquals(365, y.dayCount());
    double mean = 0;
    double sw = 0;
    for (int h = 0; h < y.hourCount(); h++) {
      mean += y.wind_mps(h) / y.hourCount();
      if (y.windFrom_deg(h) >= 202.5 && y.windFrom_deg(h) < 247.5) {
        sw += 1.0 / y.hourCount();
      }
    }
    // Weibull(1.8, 3.6) has mean 3.6 * Gamma(1 + 1/1.8) = 3.20 m/s
    assertEquals(3.2, mean, 0.1);
    // the sector persists for ~10 h, so one year holds only ~900 independent draws: sd of the share ~0.015
    assertEquals(0.24, sw, 0.05);
    double[] shares = MetFileReader.stabilityShares(y);
    assertTrue(shares[StabilityClass.D.ordinal()] > 0.3, "neutral is the most common class in a cloudy climate");
    assertEquals(y.windFrom_deg(100), SyntheticClimate.bochumYear(4711).windFrom_deg(100));
  }

  @Test
  void utmAndStationPlacement() {
    // reference from docs (proj4j): WGS84 (7.2162 E, 51.4818 N) -> 376136.7 E, 5704913.9 N in EPSG:25832
    double[] p = Utm.forward(7.2162, 51.4818, 32);
    assertEquals(376136.7, p[0], 0.2);
    assertEquals(5704913.9, p[1], 0.2);
    double[] s = BochumStations.HERNER_STRASSE.utm32();
    // a north-south road x = 0 .. the station 114 m north of its end lands 50 m before the end, at the kerb
    List<StationPlacement.LinkShape> links = List.of(
        new StationPlacement.LinkShape("a", "HERNER:A-B", s[0], s[1] - 1000, s[0], s[1] - 114, 2),
        new StationPlacement.LinkShape("b", "OTHER:C-D", s[0] - 50, s[1], s[0] + 50, s[1], 1));
    double[] k = StationPlacement.kerbside(s[0] + 3, s[1], "HERNER", links);
    assertEquals(s[0] + 8, k[0], 1e-6); // 2 lanes x 3.5 m + 1 m, on the station's (east) side
    assertEquals(s[1] - 114 - 50, k[1], 1e-6);
  }
}
