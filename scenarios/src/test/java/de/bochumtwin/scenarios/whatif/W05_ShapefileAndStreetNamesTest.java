package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.shapefile.Shapefile;
import de.bochumtwin.scenarios.shapefile.ShapefileReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Shapefile areas and street-name road selectors. The real file is the city's low-emission zone
 * (bochum-opendata/environmental_zone, one PolygonZ feature, ETRS89 / UTM 32N); its .dbf carries
 * ArcGIS' own Shape_Area 8.77253933171e+007 m² and Shape_Leng 6.48849397567e+004 m, which our parse of
 * the .shp must reproduce, and the .shp header's bounding box. A small file written here checks
 * WGS84 reprojection (reference point from docs: 7.2162 E, 51.4818 N = 376136.7 E, 5704913.9 N in
 * EPSG:25832, computed with proj4j), holes, null shapes and the {@code where} selection.
 */
class W05_ShapefileAndStreetNamesTest {
  static final Path LEZ_DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"),
      "bochum-opendata", "environmental_zone");
  static final Path LEZ = LEZ_DIR.resolve("bochum_environmental_zone.shp");
  private static final Network BOCHUM = BochumScenario.load().network();

  @TempDir
  Path tmp;

  @Test
  void realLowEmissionZoneMatchesArcGisAreaPerimeterAndHeaderBox() {
    Assumptions.assumeTrue(Files.isRegularFile(LEZ), "shared data not found at " + LEZ_DIR + ": skipping");
    Shapefile f = ShapefileReader.read(LEZ);
    assertEquals(25832, f.epsg());
    assertEquals(1, f.features().size());
    Shapefile.Feature z = f.features().get(0);
    Geometry g = z.polygon();
    assertTrue(g.isValid());
    assertEquals(1549, g.getNumPoints());
    double area = Double.parseDouble(z.attributes().get("Shape_Area"));
    double perimeter = Double.parseDouble(z.attributes().get("Shape_Leng"));
    assertEquals(8.77253933171e7, area, 1);
    assertEquals(area, g.getArea(), area * 1e-9, "area from the coordinates vs the dbf");
    assertEquals(perimeter, g.getLength(), perimeter * 1e-9, "perimeter from the coordinates vs the dbf");
    Envelope e = g.getEnvelopeInternal();
    assertEquals(368227.1203, e.getMinX(), 1e-3);
    assertEquals(5701837.5075, e.getMinY(), 1e-3);
    assertEquals(385359.2966, e.getMaxX(), 1e-3);
    assertEquals(5710288.9372, e.getMaxY(), 1e-3);
  }

  @Test
  void realZoneAsScenarioAreaSelectsBochumLinks() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(LEZ), "shared data not found at " + LEZ_DIR + ": skipping");
    Path yaml = tmp.resolve("lez.yaml");
    Files.writeString(yaml, """
        measures:
          - type: low_emission_zone
            area: {shapefile: "%s", where: {ID: "0.00000000000e+000"}}
            ban: {technology: [diesel]}
        """.formatted(LEZ.toAbsolutePath().toString().replace("\\", "/")));
    List<ResolvedMeasure> r = MeasureResolver.resolve(ScenarioFileReader.read(yaml), BOCHUM, Map.of());
    int n = r.get(0).linkCount();
    // the zone (87.7 km² of the city's 145.7 km²) covers most of the strategic network but not the
    // outer parts (342 of 488 links when written)
    assertTrue(n > BOCHUM.linkCount() / 2 && n < BOCHUM.linkCount() * 9 / 10, n + " of " + BOCHUM.linkCount() + " links");
    assertTrue(r.get(0).describe().contains("87.73 km²"), r.get(0).describe());

    Files.writeString(yaml, """
        measures:
          - type: parking_cost
            area: {shapefile: "%s", where: {Name: Innenstadt}}
            eur_per_hour: 2
        """.formatted(LEZ.toAbsolutePath().toString().replace("\\", "/")));
    ScenarioFileException ex = assertThrows(ScenarioFileException.class, () -> ScenarioFileReader.read(yaml));
    assertTrue(ex.getMessage().contains("lez.yaml:3:") && ex.getMessage().contains("has no field 'Name'")
        && ex.getMessage().contains("Shape_Area"), ex.getMessage());
  }

  @Test
  void wgs84ShapefileIsReprojectedAndWhereSelectsFeatures() throws IOException {
    // feature 1 (Typ=zone): a 0.02 x 0.01 degree box around the reference point, with a hole;
    // feature 2: null shape; feature 3 (Typ=other): a box far away
    double lon = 7.2162;
    double lat = 51.4818;
    double[][] shell = {{lon - 0.01, lat - 0.005}, {lon - 0.01, lat + 0.005}, {lon + 0.01, lat + 0.005},
        {lon + 0.01, lat - 0.005}, {lon - 0.01, lat - 0.005}}; // clockwise
    double[][] hole = {{lon - 0.001, lat - 0.001}, {lon + 0.001, lat - 0.001}, {lon + 0.001, lat + 0.001},
        {lon - 0.001, lat + 0.001}, {lon - 0.001, lat - 0.001}}; // counter-clockwise
    double[][] far = {{8, 52}, {8, 52.01}, {8.01, 52.01}, {8.01, 52}, {8, 52}};
    Path shp = tmp.resolve("zones.shp");
    writeShp(shp, List.of(new double[][][] {shell, hole}, new double[0][][], new double[][][] {far}));
    writeDbf(tmp.resolve("zones.dbf"), "Typ", List.of("zone", "none", "other"));
    Files.writeString(tmp.resolve("zones.prj"), "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
        + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");

    Shapefile f = ShapefileReader.read(shp);
    assertEquals(4326, f.epsg());
    assertEquals(2, f.features().size(), "the null shape is skipped");
    assertEquals(3, f.features().get(1).record());
    assertEquals("other", f.features().get(1).attributes().get("Typ"));
    assertEquals(1, ((org.locationtech.jts.geom.Polygon) f.features().get(0).polygon()).getNumInteriorRing());

    Path yaml = tmp.resolve("s.yaml");
    Files.writeString(yaml, "measures:\n  - type: parking_cost\n    area: {shapefile: zones.shp, where: {Typ: zone}}\n"
        + "    eur_per_hour: 1\n");
    ScenarioFile sf = ScenarioFileReader.read(yaml);
    AreaSpec a = ((PolicyMeasure.ParkingCost) sf.measures().get(0)).area();
    Geometry utm = ShapefileAreas.toNetworkCrs(a.polygon(), "EPSG:25832");
    // the hole's centre is the reference point: its projection lies in the hole, i.e. not in the area
    org.locationtech.jts.geom.Point c = ((org.locationtech.jts.geom.Polygon) utm).getInteriorRingN(0).getCentroid();
    assertEquals(376136.7, c.getX(), 0.5);
    assertEquals(5704913.9, c.getY(), 0.5);
    // 0.02 deg x 0.01 deg at 51.48 N: about 1389 m x 1112 m minus the hole (139 m x 222 m)
    assertEquals(1389.0 * 1112.0 - 139.0 * 222.0, utm.getArea(), 0.01 * utm.getArea());
  }

  @Test
  void streetNamesSelectBochumRoadsAndUnknownNamesSuggestTheClosest() {
    List<ResolvedMeasure> r = MeasureResolver.resolve(ScenarioFileReader.parse(Path.of("n.yaml"), """
        measures:
          - type: capacity_change
            roads: {names: ["Castroper Straße", "wittener straße"]}
            lanes_delta: -1
        """), BOCHUM, Map.of());
    int castroper = 0;
    int wittener = 0;
    for (int l = 0; l < BOCHUM.linkCount(); l++) {
      String o = String.valueOf(BOCHUM.linkOrigId(l));
      castroper += o.startsWith("CASTROPER:") ? 1 : 0;
      wittener += o.startsWith("B226:") ? 1 : 0;
    }
    assertTrue(castroper > 0 && wittener > 0);
    assertEquals(castroper + wittener, r.get(0).linkCount());
    for (int i = 0; i < r.get(0).linkCount(); i++) {
      String o = BOCHUM.linkOrigId(r.get(0).link(i));
      assertTrue(o.startsWith("CASTROPER:") || o.startsWith("B226:"), o);
    }

    ScenarioFileException ex = assertThrows(ScenarioFileException.class, () -> MeasureResolver.resolve(
        ScenarioFileReader.parseLenient(Path.of("n.yaml"), """
            measures:
              - type: road_closure
                roads: {names: ["Castroper Strase", Nordring]}
              - type: toll
                area: {district: Mitte}
                kind: cordon
                fee_eur: 3
                from: "25:99"
            """), BOCHUM, MeasureResolver.bochumDistricts()));
    String msg = ex.getMessage();
    assertTrue(msg.contains("n.yaml:3:") && msg.contains("'Castroper Strase' (closest: Castroper Straße")
        && msg.contains("'Nordring' (closest: "), msg);
    assertTrue(msg.contains("n.yaml:8:") && msg.contains("clock time HH:MM"), msg);
  }

  static void writeShp(Path shp, List<double[][][]> features) throws IOException {
    int contentBytes = 0;
    for (double[][][] f : features) {
      contentBytes += 8 + (f.length == 0 ? 4 : 44 + 4 * f.length + 16 * java.util.Arrays.stream(f).mapToInt(r -> r.length).sum());
    }
    ByteBuffer b = ByteBuffer.allocate(100 + contentBytes);
    b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (100 + contentBytes) / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, 5);
    int pos = 100;
    int rec = 1;
    for (double[][][] f : features) {
      int points = java.util.Arrays.stream(f).mapToInt(r -> r.length).sum();
      int len = f.length == 0 ? 4 : 44 + 4 * f.length + 16 * points;
      b.order(ByteOrder.BIG_ENDIAN).putInt(pos, rec++).putInt(pos + 4, len / 2);
      b.order(ByteOrder.LITTLE_ENDIAN);
      int c = pos + 8;
      b.putInt(c, f.length == 0 ? 0 : 5);
      if (f.length > 0) {
        b.putInt(c + 36, f.length).putInt(c + 40, points);
        int start = 0;
        for (int p = 0; p < f.length; p++) {
          b.putInt(c + 44 + 4 * p, start);
          start += f[p].length;
        }
        int xy = c + 44 + 4 * f.length;
        for (double[][] ring : f) {
          for (double[] pt : ring) {
            b.putDouble(xy, pt[0]).putDouble(xy + 8, pt[1]);
            xy += 16;
          }
        }
      }
      pos += 8 + len;
    }
    Files.write(shp, b.array());
  }

  static void writeDbf(Path dbf, String field, List<String> values) throws IOException {
    int width = 10;
    int header = 32 + 32 + 1;
    int recLen = 1 + width;
    ByteBuffer b = ByteBuffer.allocate(header + recLen * values.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 3).putInt(4, values.size()).putShort(8, (short) header).putShort(10, (short) recLen);
    byte[] name = field.getBytes(StandardCharsets.US_ASCII);
    b.put(32, name, 0, name.length);
    b.put(32 + 11, (byte) 'C');
    b.put(32 + 16, (byte) width);
    b.put(64, (byte) 0x0D);
    for (int r = 0; r < values.size(); r++) {
      int base = header + r * recLen;
      b.put(base, (byte) ' ');
      byte[] v = String.format("%-" + width + "s", values.get(r)).getBytes(StandardCharsets.US_ASCII);
      b.put(base + 1, v, 0, width);
    }
    b.put(header + recLen * values.size(), (byte) 0x1A);
    Files.write(dbf, b.array());
  }
}
