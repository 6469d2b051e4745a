package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled Bochum scenario: a strategic road network (A40, A43, A448, the inner ring and the main
 * arterials) in EPSG:25832, the 30 statistical districts as zones with residents and jobs, the six
 * Stadtbezirke and the city as approximate polygons, and the boundary gateways used by commuters.
 * Every figure comes from the committed files in {@code scenarios/bochum/} whose sources are listed
 * in docs/data-sources.md.
 *
 * <p>Connectors: zone {@code z} has a centroid node {@code Z_z} and two links, {@code z_in} (network
 * node to centroid, where the zone's activities are) and {@code z_out} (back), 300 m long (an
 * estimate for the local streets), 40 km/h, 3,000 veh/h. Each zone is attached to exactly one network
 * node, so no through-route can short-cut via a centroid. Immutable after {@link #load()}.
 */
public final class BochumScenario {
  public static final String CRS = "EPSG:25832";
  static final double CONNECTOR_LENGTH_M = 300;
  static final double CONNECTOR_SPEED_MPS = 40 / 3.6;
  static final double CONNECTOR_CAPACITY_VPH = 3000;
  /** Area assumed for zones whose area is not in the sources (km²); see docs/data-sources.md. */
  static final double DEFAULT_ZONE_AREA_KM2 = 4.0;

  private final Network network;
  private final List<Zone> zones;
  private final List<Gateway> gateways;
  private final List<Polygon2d> districts;
  private final Polygon2d city;
  private final Map<String, Double> facts;

  private BochumScenario(Network network, List<Zone> zones, List<Gateway> gateways, List<Polygon2d> districts,
      Polygon2d city, Map<String, Double> facts) {
    this.network = network;
    this.zones = Collections.unmodifiableList(zones);
    this.gateways = Collections.unmodifiableList(gateways);
    this.districts = Collections.unmodifiableList(districts);
    this.city = city;
    this.facts = Collections.unmodifiableMap(facts);
  }

  /** Reads the bundled files from the classpath. Cheap (a few milliseconds); call once per run. */
  public static BochumScenario load() {
    NetworkBuilder b = new NetworkBuilder().withName("bochum").withCrs(CRS);
    Map<String, double[]> xy = BochumNetworkFactory.addNodes(b, CsvTable.load("nodes.csv"));
    BochumNetworkFactory.addRoads(b, CsvTable.load("roads.csv"), xy);

    CsvTable zt = CsvTable.load("zones.csv");
    int[][] zoneLinks = new int[zt.rowCount()][2];
    for (int r = 0; r < zt.rowCount(); r++) {
      String id = zt.get(r, "id");
      String node = zt.get(r, "network_node");
      if (b.nodeIndex(node) < 0) {
        throw zt.error(r, "zone '" + id + "' refers to unknown network_node '" + node + "'");
      }
      String centroid = "Z_" + id;
      b.addNode(centroid, zt.getDouble(r, "x_m"), zt.getDouble(r, "y_m"));
      zoneLinks[r][0] = b.addLink(id + "_in", node, centroid, CONNECTOR_LENGTH_M, CONNECTOR_SPEED_MPS,
          CONNECTOR_CAPACITY_VPH, 2, BochumNetworkFactory.CAR_MODES, "connector", null);
      zoneLinks[r][1] = b.addLink(id + "_out", centroid, node, CONNECTOR_LENGTH_M, CONNECTOR_SPEED_MPS,
          CONNECTOR_CAPACITY_VPH, 2, BochumNetworkFactory.CAR_MODES, "connector", null);
    }
    Network network = b.build();

    List<Zone> zones = new ArrayList<>();
    for (int r = 0; r < zt.rowCount(); r++) {
      double area_km2 = zt.getDoubleOr(r, "area_km2", DEFAULT_ZONE_AREA_KM2);
      zones.add(new Zone(r, zt.get(r, "id"), zt.get(r, "name"), zt.get(r, "stadtbezirk"), zt.getDouble(r, "x_m"),
          zt.getDouble(r, "y_m"), Math.sqrt(area_km2 * 1e6 / Math.PI), zt.getInt(r, "residents"),
          zt.getInt(r, "jobs"), zt.getDoubleOr(r, "minor_share", Double.NaN),
          zt.getDoubleOr(r, "senior_share", Double.NaN), zoneLinks[r][0], zoneLinks[r][1]));
    }
    Map<String, Double> facts = readFacts();
    zones = withDefaultAgeShares(zones, facts.get("minor_share"), facts.get("senior_share"));
    List<Gateway> gateways = readGateways(network, xy);
    Map<String, List<double[]>> poly = readPolygons();
    List<Polygon2d> districts = new ArrayList<>();
    Polygon2d city = null;
    for (Map.Entry<String, List<double[]>> e : poly.entrySet()) {
      double[] x = new double[e.getValue().size()];
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = e.getValue().get(i)[0];
        y[i] = e.getValue().get(i)[1];
      }
      Polygon2d p = new Polygon2d(e.getKey(), x, y);
      if (e.getKey().equals("Bochum")) {
        city = p;
      } else {
        districts.add(p);
      }
    }
    if (city == null) {
      throw new IllegalStateException("districts.csv: no polygon named 'Bochum' (the city outline)");
    }
    return new BochumScenario(network, zones, gateways, districts, city, facts);
  }

  private static List<Zone> withDefaultAgeShares(List<Zone> zones, double minor, double senior) {
    List<Zone> out = new ArrayList<>();
    for (Zone z : zones) {
      out.add(new Zone(z.index(), z.id(), z.name(), z.district(), z.x_m(), z.y_m(), z.radius_m(), z.residents(),
          z.jobs(), Double.isNaN(z.minorShare()) ? minor : z.minorShare(),
          Double.isNaN(z.seniorShare()) ? senior : z.seniorShare(), z.activityLink(), z.exitLink()));
    }
    return out;
  }

  private static Map<String, Double> readFacts() {
    CsvTable t = CsvTable.load("population-facts.csv");
    Map<String, Double> facts = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      facts.put(t.get(r, "key"), t.getDouble(r, "value"));
    }
    return facts;
  }

  private static List<Gateway> readGateways(Network network, Map<String, double[]> xy) {
    CsvTable t = CsvTable.load("gateways.csv");
    List<Gateway> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String id = t.get(r, "node");
      int node = network.nodeIndexOrMinusOne(id);
      if (node < 0) {
        throw t.error(r, "gateway node '" + id + "' is not in nodes.csv");
      }
      if (network.outLinkEnd(node) - network.outLinkStart(node) != 1
          || network.inLinkEnd(node) - network.inLinkStart(node) != 1) {
        throw t.error(r, "gateway node '" + id + "' must be the dead end of exactly one two-way road");
      }
      out.add(new Gateway(id, t.get(r, "road"), t.get(r, "towards"), xy.get(id)[0], xy.get(id)[1],
          network.outLinkAt(network.outLinkStart(node)), network.inLinkAt(network.inLinkStart(node)),
          t.getInt(r, "in_commuters"), t.getInt(r, "out_commuters")));
    }
    return out;
  }

  private static Map<String, List<double[]>> readPolygons() {
    CsvTable t = CsvTable.load("districts.csv");
    Map<String, List<double[]>> poly = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      List<double[]> v = poly.computeIfAbsent(t.get(r, "district"), k -> new ArrayList<>());
      if (t.getInt(r, "vertex") != v.size()) {
        throw t.error(r, "vertices of a polygon must be numbered 0, 1, 2, ... in order");
      }
      v.add(new double[] {t.getDouble(r, "x_m"), t.getDouble(r, "y_m")});
    }
    return poly;
  }

  public Network network() {
    return network;
  }

  /** The 30 zones in file order (grouped by Stadtbezirk). */
  public List<Zone> zones() {
    return zones;
  }

  public Optional<Zone> findZone(String id) {
    for (Zone z : zones) {
      if (z.id().equals(id)) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }

  public List<Gateway> gateways() {
    return gateways;
  }

  /** Approximate outlines of the six Stadtbezirke (see docs/bochum-scenario.md: built from zone centroids). */
  public List<Polygon2d> districts() {
    return districts;
  }

  /** Approximate city outline (convex hull of the zone centroids, buffered by 1.5 km). */
  public Polygon2d cityOutline() {
    return city;
  }

  /**
   * A population figure of population-facts.csv, e.g. {@code residents_total}.
   *
   * @throws IllegalArgumentException naming the key when it is not in the file
   */
  public double fact(String key) {
    Double v = facts.get(key);
    if (v == null) {
      throw new IllegalArgumentException("population-facts.csv has no key '" + key + "'");
    }
    return v;
  }

  /** Number of residents per Stadtbezirk, in the order the zones list them. */
  public Map<String, Integer> residentsByDistrict() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Zone z : zones) {
      m.merge(z.district(), z.residents(), Integer::sum);
    }
    return m;
  }

  Map<String, Double> facts() {
    return new HashMap<>(facts);
  }
}
