package de.bochumtwin.scenarios.matsim;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.io.XmlInput;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads MATSim network files, versions 1 and 2 (plain or gzip), into a frozen {@link Network}.
 *
 * <p>Capacities are converted from vehicles per {@code capperiod} (an attribute of {@code <links>},
 * default one hour) to vehicles per hour. A link without {@code modes} allows {@code car}, as in
 * MATSim. From v2 {@code <attributes>} the reader keeps the network's {@code coordinateReferenceSystem},
 * and per link the road type ({@code type}, else {@code osm:way:highway}) and {@code origid};
 * other attributes are not part of the core network and are dropped. The {@code oneway} flag is
 * ignored: MATSim links are always directed.
 *
 * <p>Every problem, including invalid values that {@link NetworkBuilder} rejects, is reported as an
 * {@link InputException} with the line of the offending element.
 */
public final class NetworkReader {
  private static final List<String> DEFAULT_MODES = List.of("car");

  private NetworkReader() {}

  public static Network read(Path file) {
    try (XmlInput in = XmlInput.open(file)) {
      return parse(in);
    }
  }

  private static Network parse(XmlInput in) {
    NetworkBuilder b = new NetworkBuilder();
    double capPeriod_s = 3600;
    PendingLink link = null;
    boolean sawRoot = false;
    while (true) {
      int e = in.next();
      if (e == END_DOCUMENT) {
        break;
      }
      if (e == START_ELEMENT) {
        String n = in.name();
        if (!sawRoot) {
          if (!n.equals("network")) {
            throw in.error("root element is <" + n + ">, expected <network>; pass a MATSim network file");
          }
          sawRoot = true;
          b.withName(in.attr("name"));
          continue;
        }
        switch (n) {
          case "node":
            addNode(in, b);
            break;
          case "links":
            capPeriod_s = capPeriod(in);
            break;
          case "link":
            link = new PendingLink(in, capPeriod_s);
            break;
          case "attributes":
            Map<String, String> attrs = in.readAttributes();
            if (link != null) {
              link.take(attrs);
            } else if (b.linkCount() == 0 && b.nodeCount() == 0 && attrs.containsKey("coordinateReferenceSystem")) {
              b.withCrs(attrs.get("coordinateReferenceSystem"));
            }
            break;
          default:
            break;
        }
      } else if (e == END_ELEMENT && in.name().equals("link") && link != null) {
        link.addTo(b, in);
        link = null;
      }
    }
    if (!sawRoot) {
      throw in.error("no <network> element found; pass a MATSim network file");
    }
    return b.build();
  }

  private static void addNode(XmlInput in, NetworkBuilder b) {
    String id = in.required("id");
    double x = in.requiredDouble("x");
    double y = in.requiredDouble("y");
    try {
      b.addNode(id, x, y);
    } catch (IllegalArgumentException ex) {
      throw in.error("<node>: " + ex.getMessage() + hint(ex.getMessage(), "give each node a unique id and numeric x and y"));
    }
  }

  private static double capPeriod(XmlInput in) {
    String p = in.attr("capperiod");
    if (p == null) {
      return 3600;
    }
    int s;
    try {
      s = Time.parse(p);
    } catch (IllegalArgumentException ex) {
      throw in.error("<links capperiod=\"" + p + "\"> is not a time; write it as HH:MM:SS, e.g. 01:00:00");
    }
    if (!Time.isDefined(s) || s <= 0) {
      throw in.error("<links capperiod=\"" + p + "\"> must be a positive duration; write it as HH:MM:SS, e.g. 01:00:00");
    }
    return s;
  }

  static String hint(String builderMessage, String fix) {
    return builderMessage.contains(";") ? "" : "; " + fix;
  }

  /** The attributes of one {@code <link>}, held until its end tag because v2 attributes follow as children. */
  private static final class PendingLink {
    final int line;
    final String id;
    final String from;
    final String to;
    final double length_m;
    final double freespeed_mps;
    final double capacity_vph;
    final double lanes;
    final List<String> modes;
    String type;
    String origId;

    PendingLink(XmlInput in, double capPeriod_s) {
      line = in.line();
      id = in.required("id");
      from = in.required("from");
      to = in.required("to");
      length_m = in.requiredDouble("length");
      freespeed_mps = in.requiredDouble("freespeed");
      double cap = in.requiredDouble("capacity");
      // exact for the common one-hour period, so written networks read back bit-identical
      capacity_vph = capPeriod_s == 3600 ? cap : cap * 3600.0 / capPeriod_s;
      lanes = in.requiredDouble("permlanes");
      String m = in.attr("modes");
      modes = m == null ? DEFAULT_MODES : Arrays.asList(m.split(","));
      type = in.attr("type");
      origId = in.attr("origid");
    }

    void take(Map<String, String> attrs) {
      String t = attrs.get("type");
      if (t == null) {
        t = attrs.get("osm:way:highway");
      }
      if (t != null) {
        type = t;
      }
      String o = attrs.get("origid");
      if (o != null) {
        origId = o;
      }
    }

    void addTo(NetworkBuilder b, XmlInput in) {
      try {
        b.addLink(id, from, to, length_m, freespeed_mps, capacity_vph, lanes, modes, type, origId);
      } catch (IllegalArgumentException ex) {
        throw new InputException(in.file(), line, "<link>: " + ex.getMessage()
            + hint(ex.getMessage(), "correct the value in the file (lengths, speeds and lanes > 0, capacity >= 0, ids unique)"));
      }
    }
  }
}
