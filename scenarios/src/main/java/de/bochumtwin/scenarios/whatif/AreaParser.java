package de.bochumtwin.scenarios.whatif;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses the {@code area} of a measure: {@code {district: Mitte}}, {@code {wkt: "POLYGON ((...))"}} or
 * {@code {geojson: {type: Polygon, coordinates: [[[x, y], ...]]}}} (GeoJSON geometry written inline;
 * YAML is a superset of JSON, so a pasted JSON object works). Coordinates are in the network CRS.
 */
final class AreaParser {
  private static final Set<String> KEYS = Set.of("district", "wkt", "geojson", "shapefile", "where");
  private final YamlNodes y;
  private final GeometryFactory gf = new GeometryFactory();
  private final java.nio.file.Path dir;

  AreaParser(YamlNodes y) {
    this(y, null);
  }

  /** @param dir folder that relative shapefile paths are resolved against (the scenario file's), or null */
  AreaParser(YamlNodes y, java.nio.file.Path dir) {
    this.y = y;
    this.dir = dir;
  }

  AreaSpec parse(Node n) {
    Map<String, Node> m = y.mapping(n, "area", KEYS);
    if (m == null) {
      return null;
    }
    if (m.containsKey("shapefile")) {
      if (m.size() != (m.containsKey("where") ? 2 : 1)) {
        y.problem(n, "area with shapefile takes only 'where' besides it, not district, wkt or geojson");
        return null;
      }
      return ShapefileAreas.parse(y, m.get("shapefile"), m.get("where"), dir);
    }
    if (m.containsKey("where")) {
      y.problem(m.get("where"), "'where' selects shapefile features; it needs 'shapefile'");
      return null;
    }
    if (m.size() != 1) {
      y.problem(n, "area needs exactly one of district, wkt, geojson or shapefile, got " + m.size());
      return null;
    }
    Map.Entry<String, Node> e = m.entrySet().iterator().next();
    Node v = e.getValue();
    switch (e.getKey()) {
      case "district": {
        String d = y.string(v, "area district");
        return d == null ? null : new AreaSpec(YamlNodes.where(v), d, null, "district " + d);
      }
      case "wkt": {
        String s = y.string(v, "area wkt");
        if (s == null) {
          return null;
        }
        try {
          Geometry g = new WKTReader(gf).read(s);
          return checked(v, g, "wkt");
        } catch (ParseException ex) {
          y.problem(v, "area wkt is not valid WKT (" + ex.getMessage() + "); write e.g. POLYGON ((x1 y1, x2 y2, x3 y3, x1 y1))");
          return null;
        }
      }
      default: {
        Geometry g = geoJson(v);
        return g == null ? null : checked(v, g, "geojson");
      }
    }
  }

  private AreaSpec checked(Node at, Geometry g, String how) {
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      y.problem(at, "area " + how + " must be a Polygon or MultiPolygon, got " + g.getGeometryType());
      return null;
    }
    if (!g.isValid()) {
      y.problem(at, "area " + how + " is not a valid polygon (self-intersecting or unclosed ring); fix the vertex order");
      return null;
    }
    return new AreaSpec(YamlNodes.where(at), null, g, how + " polygon (" + Math.round(g.getArea() / 1e4) / 100.0 + " km²)");
  }

  private Geometry geoJson(Node n) {
    Map<String, Node> m = y.mapping(n, "area geojson", Set.of("type", "coordinates"));
    if (m == null) {
      return null;
    }
    if (!m.containsKey("type") || !m.containsKey("coordinates")) {
      y.problem(n, "area geojson needs type (Polygon or MultiPolygon) and coordinates");
      return null;
    }
    String type = y.string(m.get("type"), "geojson type");
    if (type == null) {
      return null;
    }
    Node c = m.get("coordinates");
    if (type.equals("Polygon")) {
      return polygon(c);
    }
    if (type.equals("MultiPolygon")) {
      List<Node> parts = list(c, "MultiPolygon coordinates");
      if (parts == null) {
        return null;
      }
      Polygon[] ps = new Polygon[parts.size()];
      for (int i = 0; i < ps.length; i++) {
        ps[i] = polygon(parts.get(i));
        if (ps[i] == null) {
          return null;
        }
      }
      return gf.createMultiPolygon(ps);
    }
    y.problem(m.get("type"), "geojson type must be Polygon or MultiPolygon, got '" + type + "'");
    return null;
  }

  private Polygon polygon(Node n) {
    List<Node> rings = list(n, "Polygon coordinates");
    if (rings == null || rings.isEmpty()) {
      if (rings != null) {
        y.problem(n, "Polygon coordinates need at least one ring");
      }
      return null;
    }
    LinearRing[] rs = new LinearRing[rings.size()];
    for (int r = 0; r < rs.length; r++) {
      List<Node> pts = list(rings.get(r), "ring");
      if (pts == null) {
        return null;
      }
      Coordinate[] cs = new Coordinate[pts.size()];
      for (int i = 0; i < cs.length; i++) {
        List<Node> xy = list(pts.get(i), "position");
        if (xy == null || xy.size() < 2) {
          if (xy != null) {
            y.problem(pts.get(i), "a position needs [x, y]");
          }
          return null;
        }
        Double x = y.number(xy.get(0), "x", -1e9, 1e9, "");
        Double yy = y.number(xy.get(1), "y", -1e9, 1e9, "");
        if (x == null || yy == null) {
          return null;
        }
        cs[i] = new Coordinate(x, yy);
      }
      if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
        y.problem(rings.get(r), "a GeoJSON ring needs at least 4 positions and must end where it starts");
        return null;
      }
      rs[r] = gf.createLinearRing(cs);
    }
    LinearRing[] holes = new LinearRing[rs.length - 1];
    System.arraycopy(rs, 1, holes, 0, holes.length);
    return gf.createPolygon(rs[0], holes);
  }

  private List<Node> list(Node n, String what) {
    if (!(n instanceof SequenceNode s)) {
      y.problem(n, what + " must be a list, got " + YamlNodes.kind(n));
      return null;
    }
    return s.getValue();
  }
}
