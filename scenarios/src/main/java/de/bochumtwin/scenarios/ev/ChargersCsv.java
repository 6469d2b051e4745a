package de.bochumtwin.scenarios.ev;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chargers as a ';'-separated UTF-8 CSV with coordinates, and as GeoJSON points.
 *
 * <p>CSV columns (header required, in this order):
 * {@code id;link;x;y;plug_power_kW;plug_count;type;operator;public}; x and y in metres of the network
 * CRS, {@code public} is {@code true}/{@code false}; text with ';' or '"' is quoted. An empty {@code link}
 * is filled with the nearest car link of the network (see {@link ChargerLinkMatcher}).
 *
 * <p>GeoJSON: a FeatureCollection of Points in the network CRS, named with the (pre-RFC 7946) {@code crs}
 * member, which QGIS and GDAL honour; RFC 7946 readers that assume WGS84 must be told the CRS.
 * Properties: id, link, plug_power_kW, plug_count, type, operator, public.
 */
public final class ChargersCsv {
  static final String HEADER = "id;link;x;y;plug_power_kW;plug_count;type;operator;public";

  private ChargersCsv() {}

  public static Chargers read(Path file, Network network) {
    return fromRows(file, SemicolonCsv.read(file), network);
  }

  /**
   * Parses chargers CSV {@code text} (e.g. a classpath resource); {@code file} only names the source in
   * error messages.
   */
  public static Chargers parse(Path file, String text, Network network) {
    return fromRows(file, SemicolonCsv.parse(file, text), network);
  }

  private static Chargers fromRows(Path file, List<SemicolonCsv.Row> rows, Network network) {
    if (rows.isEmpty() || !String.join(";", rows.get(0).fields()).trim().equals(HEADER)) {
      throw new InputException(file, 1, "header must be '" + HEADER + "'; fix the first line");
    }
    ChargerLinkMatcher matcher = null;
    Chargers.Builder b = Chargers.builder();
    for (SemicolonCsv.Row r : rows.subList(1, rows.size())) {
      try {
        double x = Double.parseDouble(r.get(2));
        double y = Double.parseDouble(r.get(3));
        int link;
        if (r.get(1).isEmpty()) {
          matcher = matcher == null ? new ChargerLinkMatcher(network, "car") : matcher;
          link = matcher.nearest(x, y).link();
        } else {
          link = network.linkIndexOrMinusOne(r.get(1));
          if (link < 0) {
            throw new InputException(file, r.line(), "link '" + r.get(1) + "' is not in the network;"
                + " fix the id or leave it empty to attach the charger to the nearest car link");
          }
        }
        String pub = r.get(8).trim();
        if (!pub.equals("true") && !pub.equals("false")) {
          throw new InputException(file, r.line(), "column 'public' is '" + pub + "', expected true or false");
        }
        b.add(r.get(0), link, x, y, Double.parseDouble(r.get(4)), Integer.parseInt(r.get(5)), r.get(6), r.get(7),
            pub.equals("true"));
      } catch (NumberFormatException e) {
        throw new InputException(file, r.line(), "x, y, plug_power_kW and plug_count must be numbers ("
            + e.getMessage() + "); fix the row");
      } catch (IllegalArgumentException e) {
        throw new InputException(file, r.line(), e.getMessage() + "; fix the row");
      }
    }
    return b.build();
  }

  public static void write(Chargers c, Network network, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(c, network, w));
  }

  static void write(Chargers c, Network net, Writer w) throws IOException {
    w.write(HEADER);
    w.write('\n');
    for (int i = 0; i < c.size(); i++) {
      w.write(csv(c.id(i)) + ";" + csv(net.linkId(c.link(i))) + ";" + num(c.x_m(i)) + ";" + num(c.y_m(i)) + ";"
          + num(c.plugPower_kW(i)) + ";" + c.plugCount(i) + ";" + csv(c.type(i)) + ";" + csv(c.operator(i)) + ";"
          + c.isPublic(i) + "\n");
    }
  }

  public static void writeGeoJson(Chargers c, Network network, Path file) throws IOException {
    AtomicOutput.write(file, w -> writeGeoJson(c, network, w));
  }

  static void writeGeoJson(Chargers c, Network net, Writer w) throws IOException {
    String epsg = net.crs() != null && net.crs().toUpperCase(Locale.ROOT).startsWith("EPSG:") ? net.crs().substring(5) : null;
    w.write("{\"type\":\"FeatureCollection\",");
    if (epsg != null) {
      w.write("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::" + epsg + "\"}},");
    }
    w.write("\"features\":[");
    for (int i = 0; i < c.size(); i++) {
      w.write(i == 0 ? "\n" : ",\n");
      w.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + num(c.x_m(i)) + "," + num(c.y_m(i))
          + "]},\"properties\":{\"id\":" + json(c.id(i)) + ",\"link\":" + json(net.linkId(c.link(i)))
          + ",\"plug_power_kW\":" + num(c.plugPower_kW(i)) + ",\"plug_count\":" + c.plugCount(i) + ",\"type\":"
          + json(c.type(i)) + ",\"operator\":" + json(c.operator(i)) + ",\"public\":" + c.isPublic(i) + "}}");
    }
    w.write("\n]}\n");
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String csv(String s) {
    return s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
