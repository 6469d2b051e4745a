package de.bochumtwin.results.tables;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.geo.CrsDefinitions;
import de.bochumtwin.results.geo.GeoParquetMetadata;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes {@code links.parquet}, the network as GeoParquet 1.1: one row per directed link with its
 * attributes and a straight WKB LineString from the from-node to the to-node, in the network's CRS,
 * plus its bounding box as the GeoParquet 1.1 {@code bbox} covering column.
 *
 * <p>CRS: a network without CRS is taken to be in {@link CrsDefinitions#DEFAULT_CRS}; a supported CRS is
 * written as PROJJSON; any other (e.g. MATSim equil's {@code Atlantis}) as {@code "crs": null} (unknown),
 * with the original string kept under {@value #SOURCE_CRS_KEY}.
 */
public final class LinksParquet {
  /** File metadata key with the network's CRS string as given (absent when the network has none). */
  public static final String SOURCE_CRS_KEY = "twin.source_crs";

  public static final TableSchema SCHEMA = TableSchema.builder("links",
          "The road network, one row per directed link, as GeoParquet 1.1 (geometry column geometry, CRS in the geo metadata).")
      .required("link_id", ColumnType.STRING, "", "Link id from the network file")
      .required("from_node_id", ColumnType.STRING, "", "Id of the node the link starts at")
      .required("to_node_id", ColumnType.STRING, "", "Id of the node the link ends at")
      .required("length_m", ColumnType.DOUBLE, "m", "Link length used by the simulation (may differ from the straight geometry)")
      .required("freespeed_mps", ColumnType.DOUBLE, "m/s", "Free-flow speed")
      .required("capacity_vph", ColumnType.DOUBLE, "veh/h", "Flow capacity per hour (MATSim capperiod converted to one hour)")
      .required("lanes", ColumnType.DOUBLE, "", "Number of lanes (MATSim permlanes; may be fractional)")
      .required("modes", ColumnType.STRING, "", "Allowed modes as a comma-separated list, e.g. car,bus")
      .nullable("type", ColumnType.STRING, "", "Road type (e.g. the OSM highway tag); null when the source gave none")
      .nullable("orig_id", ColumnType.STRING, "", "Id of the link in its source (e.g. the OSM way id); null when unknown")
      .required("geometry", ColumnType.GEOMETRY_WKB, "m",
          "Straight LineString from the from-node to the to-node as ISO WKB, coordinates in the network CRS")
      .required("bbox", ColumnType.BBOX, "m",
          "Bounding box of the geometry (GeoParquet 1.1 covering: lets readers skip row groups by a spatial filter)")
      .build();

  private LinksParquet() {}

  /** Binds the schema's columns to the network (the geometry is encoded while writing, one WKB per link). */
  public static ColumnBindings bind(Network net) {
    int n = net.linkCount();
    int[] modeCode = new int[n];
    Map<Integer, Integer> codeByMask = new HashMap<>();
    List<String> modeLists = new ArrayList<>();
    for (int l = 0; l < n; l++) {
      Integer c = codeByMask.get(net.modeMask(l));
      if (c == null) {
        c = modeLists.size();
        codeByMask.put(net.modeMask(l), c);
        modeLists.add(String.join(",", net.allowedModes(l)));
      }
      modeCode[l] = c;
    }
    GeometryFactory gf = new GeometryFactory();
    WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, false);
    return ColumnBindings.of(SCHEMA)
        .stringColumn("link_id", net::linkId)
        .stringColumn("from_node_id", l -> net.nodeId(net.fromNode(l)))
        .stringColumn("to_node_id", l -> net.nodeId(net.toNode(l)))
        .doubleColumn("length_m", net::length_m)
        .doubleColumn("freespeed_mps", net::freespeed_mps)
        .doubleColumn("capacity_vph", net::capacity_vph)
        .doubleColumn("lanes", net::lanes)
        .codedStringColumn("modes", l -> modeCode[l], modeLists.toArray(new String[0]))
        .stringColumn("type", net::linkType)
        .stringColumn("orig_id", net::linkOrigId)
        .binaryColumn("geometry", l -> wkb.write(gf.createLineString(new Coordinate[] {
            new Coordinate(net.nodeX_m(net.fromNode(l)), net.nodeY_m(net.fromNode(l))),
            new Coordinate(net.nodeX_m(net.toNode(l)), net.nodeY_m(net.toNode(l)))})))
        .bboxColumn("bbox",
            l -> Math.min(net.nodeX_m(net.fromNode(l)), net.nodeX_m(net.toNode(l))),
            l -> Math.min(net.nodeY_m(net.fromNode(l)), net.nodeY_m(net.toNode(l))),
            l -> Math.max(net.nodeX_m(net.fromNode(l)), net.nodeX_m(net.toNode(l))),
            l -> Math.max(net.nodeY_m(net.fromNode(l)), net.nodeY_m(net.toNode(l))))
        .build();
  }

  /** The file metadata: GeoParquet {@code geo} plus {@value #SOURCE_CRS_KEY} when the network names a CRS. */
  public static Map<String, String> metadata(Network net) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(GeoParquetMetadata.KEY, GeoParquetMetadata.singleColumn("geometry", List.of("LineString"), bbox(net),
        CrsDefinitions.projjson(net.crs()), "bbox"));
    if (net.crs() != null) {
      meta.put(SOURCE_CRS_KEY, net.crs());
    }
    return meta;
  }

  /** Writes every link of {@code net} to a new file {@code file}. */
  public static void write(Path file, Network net) {
    ParquetTableWriter.write(file, bind(net), net.linkCount(), metadata(net));
  }

  /** {@code [xmin, ymin, xmax, ymax]} over the end nodes of all links, or null for a network without links. */
  static double[] bbox(Network net) {
    if (net.linkCount() == 0) {
      return null;
    }
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int l = 0; l < net.linkCount(); l++) {
      extend(b, net, net.fromNode(l));
      extend(b, net, net.toNode(l));
    }
    return b;
  }

  private static void extend(double[] b, Network net, int node) {
    b[0] = Math.min(b[0], net.nodeX_m(node));
    b[1] = Math.min(b[1], net.nodeY_m(node));
    b[2] = Math.max(b[2], net.nodeX_m(node));
    b[3] = Math.max(b[3], net.nodeY_m(node));
  }
}
