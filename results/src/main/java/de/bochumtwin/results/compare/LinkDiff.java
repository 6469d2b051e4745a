package de.bochumtwin.results.compare;

import de.bochumtwin.results.geo.GeoParquetMetadata;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Writes {@code link_diff.parquet}: per link of either run, daily volume and volume-weighted mean speed
 * in base and scenario and their difference, with the link geometry as GeoParquet. The geometry, CRS
 * and bbox metadata are taken over from the base run's {@code links.parquet} (the scenario's for links
 * only it has).
 */
final class LinkDiff {
  static final TableSchema SCHEMA = TableSchema.builder("link_diff",
          "Link-level difference scenario - base, one row per directed link of either run, as GeoParquet 1.1.")
      .required("link_id", ColumnType.STRING, "", "Link id from the network file")
      .required("volume_base", ColumnType.DOUBLE, "veh", "Simulated vehicles entering the link over the day, base run")
      .required("volume_scenario", ColumnType.DOUBLE, "veh", "Same in the scenario run")
      .required("volume_diff", ColumnType.DOUBLE, "veh", "volume_scenario - volume_base")
      .nullable("speed_base_mps", ColumnType.DOUBLE, "m/s", "Volume-weighted mean speed, base run; null without traffic")
      .nullable("speed_scenario_mps", ColumnType.DOUBLE, "m/s", "Same in the scenario run")
      .nullable("speed_diff_mps", ColumnType.DOUBLE, "m/s", "speed_scenario_mps - speed_base_mps; null when either is null")
      .required("geometry", ColumnType.GEOMETRY_WKB, "m", "LineString of the link as ISO WKB (CRS in the geo metadata)")
      .required("bbox", ColumnType.BBOX, "m", "Bounding box of the geometry (GeoParquet 1.1 covering, as in links.parquet)")
      .build();

  private LinkDiff() {}

  /** Link ids of the base run in its order, then those only the scenario has. */
  static List<String> ids(RunOutputs b, RunOutputs s) {
    List<String> ids = new ArrayList<>(b.linkIds);
    for (String id : s.linkIds) {
      if (!b.geometry.containsKey(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** WKB per link id: the base run's geometry, the scenario's for links only it has. */
  static Map<String, byte[]> geometry(RunOutputs b, RunOutputs s) {
    Map<String, byte[]> geom = new LinkedHashMap<>(s.geometry);
    geom.putAll(b.geometry);
    return geom;
  }

  static int write(Path file, RunOutputs b, RunOutputs s) {
    List<String> ids = ids(b, s);
    Map<String, byte[]> geom = geometry(b, s);
    int n = ids.size();
    double[] vb = new double[n];
    double[] vs = new double[n];
    double[] sb = new double[n];
    double[] ss = new double[n];
    double[] box = new double[4 * n];
    WKBReader wkb = new WKBReader();
    for (int i = 0; i < n; i++) {
      Envelope e;
      try {
        e = wkb.read(geom.get(ids.get(i))).getEnvelopeInternal();
      } catch (ParseException ex) {
        throw new IllegalArgumentException("links.parquet: link " + ids.get(i) + " has invalid WKB geometry: "
            + ex.getMessage(), ex);
      }
      box[4 * i] = e.getMinX();
      box[4 * i + 1] = e.getMinY();
      box[4 * i + 2] = e.getMaxX();
      box[4 * i + 3] = e.getMaxY();
      vb[i] = b.volume(ids.get(i));
      vs[i] = s.volume(ids.get(i));
      sb[i] = b.speed_mps(ids.get(i));
      ss[i] = s.speed_mps(ids.get(i));
    }
    ColumnBindings data = ColumnBindings.of(SCHEMA)
        .stringColumn("link_id", ids::get)
        .doubleColumn("volume_base", i -> vb[i])
        .doubleColumn("volume_scenario", i -> vs[i])
        .doubleColumn("volume_diff", i -> vs[i] - vb[i])
        .doubleColumn("speed_base_mps", i -> sb[i], i -> Double.isNaN(sb[i]))
        .doubleColumn("speed_scenario_mps", i -> ss[i], i -> Double.isNaN(ss[i]))
        .doubleColumn("speed_diff_mps", i -> ss[i] - sb[i], i -> Double.isNaN(ss[i] - sb[i]))
        .binaryColumn("geometry", i -> geom.get(ids.get(i)))
        .bboxColumn("bbox", i -> box[4 * i], i -> box[4 * i + 1], i -> box[4 * i + 2], i -> box[4 * i + 3])
        .build();
    Map<String, String> meta = new LinkedHashMap<>();
    String geo = b.linksMetadata.get(GeoParquetMetadata.KEY);
    if (geo != null) {
      meta.put(GeoParquetMetadata.KEY, geo);
    }
    ParquetTableWriter.write(file, data, n, meta);
    return n;
  }
}
