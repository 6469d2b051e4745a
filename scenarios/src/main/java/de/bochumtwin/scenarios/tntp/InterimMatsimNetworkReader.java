package de.bochumtwin.scenarios.tntp;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Minimal MATSim network (v1/v2) reader so that {@code twin assign} accepts MATSim networks on this
 * branch: nodes (id, x, y), links (id, from, to, length, freespeed, capacity, permlanes, modes),
 * {@code capperiod} converted to vehicles per hour; attributes are ignored. Interim: the full reader
 * in {@code de.bochumtwin.scenarios.io} replaces it once merged (same result type, core
 * {@link Network}).
 */
public final class InterimMatsimNetworkReader {
  private InterimMatsimNetworkReader() {
  }

  public static Network read(Path file) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      NetworkBuilder b = new NetworkBuilder();
      double capPeriod_s = 3600;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        int line = r.getLocation().getLineNumber();
        try {
          switch (r.getLocalName()) {
            case "network" -> b.withName(r.getAttributeValue(null, "name"));
            case "links" -> {
              String cp = r.getAttributeValue(null, "capperiod");
              if (cp != null) {
                capPeriod_s = timeOfDay_s(cp);
              }
            }
            case "node" -> b.addNode(req(r, "id"), num(r, "x"), num(r, "y"));
            case "link" -> {
              String modes = r.getAttributeValue(null, "modes");
              List<String> m = modes == null ? List.of("car") : Arrays.asList(modes.split(","));
              String lanes = r.getAttributeValue(null, "permlanes");
              b.addLink(req(r, "id"), req(r, "from"), req(r, "to"), num(r, "length"), num(r, "freespeed"),
                  num(r, "capacity") * 3600 / capPeriod_s, lanes == null ? 1 : Double.parseDouble(lanes), m,
                  r.getAttributeValue(null, "type"), r.getAttributeValue(null, "origid"));
            }
            default -> { }
          }
        } catch (IllegalArgumentException e) {
          throw new TntpFormatException(file, line, "<" + r.getLocalName() + ">: " + e.getMessage());
        }
      }
      return b.build();
    } catch (NoSuchFileException e) {
      throw new TntpFormatException(file, 0, "file not found; check the path");
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new TntpFormatException(file, line, "not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String req(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    if (v == null) {
      throw new IllegalArgumentException("missing attribute '" + name + "'");
    }
    return v;
  }

  private static double num(XMLStreamReader r, String name) {
    String v = req(r, name);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("attribute '" + name + "' must be a number, got '" + v + "'");
    }
  }

  /** Parses {@code hh:mm[:ss]} or plain seconds. */
  private static double timeOfDay_s(String s) {
    String[] p = s.trim().split(":");
    if (p.length == 1) {
      return Double.parseDouble(p[0]);
    }
    double t = Integer.parseInt(p[0]) * 3600.0 + Integer.parseInt(p[1]) * 60.0;
    return p.length > 2 ? t + Double.parseDouble(p[2]) : t;
  }
}
