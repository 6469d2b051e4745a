package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.osm.TransverseMercator;
import de.bochumtwin.scenarios.shapefile.Shapefile;
import de.bochumtwin.scenarios.shapefile.ShapefileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code area: {shapefile: zone.shp, where: {FIELD: value}}}: the union of the shapefile's polygons
 * (those whose {@code .dbf} fields equal every given value, compared as trimmed text; all without
 * {@code where}). The path is relative to the scenario file. The geometry keeps the file's CRS as its
 * SRID (EPSG code; 0 = no .prj, taken as the network CRS); {@link #toNetworkCrs} reprojects when
 * resolving, since only then the network CRS is known.
 */
final class ShapefileAreas {
  private ShapefileAreas() {}

  static AreaSpec parse(YamlNodes y, Node shpNode, Node whereNode, Path dir) {
    String s = y.string(shpNode, "area shapefile");
    if (s == null) {
      return null;
    }
    Map<String, Node> where = whereNode == null ? Map.of() : y.mapping(whereNode, "area where", anyKey(whereNode));
    if (where == null) {
      return null;
    }
    Path shp = dir == null ? Path.of(s) : dir.resolve(s);
    if (!Files.isRegularFile(shp)) {
      y.problem(shpNode, "shapefile " + shp + " not found; paths are relative to the scenario file's folder");
      return null;
    }
    Shapefile file;
    try {
      file = ShapefileReader.read(shp);
    } catch (InputException e) {
      y.problem(shpNode, "shapefile " + e.getMessage());
      return null;
    }
    ArrayList<Polygon> parts = new ArrayList<>();
    int matched = 0;
    for (Shapefile.Feature f : file.features()) {
      boolean ok = true;
      for (Map.Entry<String, Node> w : where.entrySet()) {
        String want = y.string(w.getValue(), "where " + w.getKey());
        if (want == null) {
          return null;
        }
        if (!f.attributes().containsKey(w.getKey())) {
          y.problem(w.getValue(), "shapefile " + shp.getFileName() + " has no field '" + w.getKey() + "'; fields are "
              + String.join(", ", new TreeSet<>(f.attributes().keySet())));
          return null;
        }
        ok &= want.equals(f.attributes().get(w.getKey()));
      }
      if (ok) {
        matched++;
        for (int i = 0; i < f.polygon().getNumGeometries(); i++) {
          parts.add((Polygon) f.polygon().getGeometryN(i));
        }
      }
    }
    if (parts.isEmpty()) {
      y.problem(whereNode != null ? whereNode : shpNode, "no polygon of shapefile " + shp.getFileName()
          + (where.isEmpty() ? "" : " matches the 'where' values") + " (" + file.features().size() + " features)");
      return null;
    }
    GeometryFactory gf = new GeometryFactory();
    Geometry g = parts.size() == 1 ? parts.get(0) : gf.createMultiPolygon(parts.toArray(new Polygon[0]));
    if (!g.isValid()) {
      g = g.buffer(0); // overlapping features or rings: their union
    }
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      y.problem(shpNode, "the polygons of shapefile " + shp.getFileName() + " do not form an area");
      return null;
    }
    g.setSRID(file.epsg());
    String size = file.epsg() == 4326 ? "" : String.format(Locale.ROOT, ", %.2f km²", g.getArea() / 1e6);
    return new AreaSpec(YamlNodes.where(shpNode), null, g, "shapefile " + shp.getFileName() + " (" + matched + " feature(s)"
        + (file.epsg() == 0 ? ", no .prj" : ", EPSG:" + file.epsg()) + size + ")");
  }

  private static Set<String> anyKey(Node n) {
    Set<String> keys = new TreeSet<>();
    if (n instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
      m.getValue().forEach(t -> keys.add(((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue()));
    }
    return keys;
  }

  /**
   * {@code g} in the network CRS {@code netCrs}: unchanged when its SRID is 0 or names the same UTM zone
   * (ETRS89 and WGS84 UTM differ by decimetres), projected from longitude/latitude for SRID 4326.
   *
   * @return null when the conversion is not supported (the caller reports it)
   */
  static Geometry toNetworkCrs(Geometry g, String netCrs) {
    int srid = g.getSRID();
    int net = epsgOf(netCrs);
    if (srid == 0 || srid == net || zone(srid) > 0 && zone(srid) == zone(net)) {
      return g;
    }
    if (srid != 4326 || zone(net) == 0) {
      return null;
    }
    TransverseMercator tm = TransverseMercator.forCrs(netCrs);
    Geometry out = g.copy();
    double[] xy = new double[2];
    out.apply((CoordinateFilter) (Coordinate c) -> {
      tm.project(c.y, c.x, xy);
      c.x = xy[0];
      c.y = xy[1];
    });
    out.geometryChanged();
    out.setSRID(net);
    return out;
  }

  private static int epsgOf(String crs) {
    String c = crs == null ? "" : crs.trim().toUpperCase(Locale.ROOT);
    try {
      return c.startsWith("EPSG:") ? Integer.parseInt(c.substring(5)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int zone(int epsg) {
    return epsg >= 25828 && epsg <= 25838 ? epsg - 25800 : epsg >= 32601 && epsg <= 32660 ? epsg - 32600 : 0;
  }
}
