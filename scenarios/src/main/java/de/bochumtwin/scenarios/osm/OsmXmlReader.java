package de.bochumtwin.scenarios.osm;

import de.bochumtwin.scenarios.io.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an OSM XML file ({@code .osm}, or gzip-compressed {@code .osm.gz}, detected by its magic
 * bytes) with the JDK's StAX parser: constant memory, no dependency. Only {@code node} coordinates
 * and {@code way} node lists and tags are read; relations, node tags and metadata are ignored.
 */
final class OsmXmlReader {
  private OsmXmlReader() {}

  static void read(Path file, OsmHandler handler) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = open(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        parse(file, r, handler);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InputException(file, line, "not well-formed OSM XML (" + e.getMessage()
          + "); re-download the file or convert it with osmium", e);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the file (" + e + "); check that it exists and is readable", e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  private static void parse(Path file, XMLStreamReader r, OsmHandler h) throws XMLStreamException {
    boolean sawOsm = false;
    long[] refs = new long[256];
    Map<String, String> tags = new HashMap<>();
    long wayId = 0;
    int refCount = 0;
    boolean inWay = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        switch (name) {
          case "osm":
            sawOsm = true;
            break;
          case "node":
            if (h.wantsNodes()) {
              long id = parseLong(file, r, "id");
              double lat = parseDouble(file, r, "lat");
              double lon = parseDouble(file, r, "lon");
              h.node(id, lat, lon);
            }
            break;
          case "way":
            if (h.wantsWays()) {
              inWay = true;
              wayId = parseLong(file, r, "id");
              refCount = 0;
              tags.clear();
            }
            break;
          case "nd":
            if (inWay) {
              if (refCount == refs.length) {
                refs = Arrays.copyOf(refs, refCount * 2);
              }
              refs[refCount++] = parseLong(file, r, "ref");
            }
            break;
          case "tag":
            if (inWay) {
              tags.put(r.getAttributeValue(null, "k"), r.getAttributeValue(null, "v"));
            }
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && inWay && "way".equals(r.getLocalName())) {
        inWay = false;
        h.way(wayId, refs, refCount, tags);
      }
    }
    if (!sawOsm) {
      throw new InputException(file, 0, "no <osm> root element: this is not an OSM XML file");
    }
  }

  private static long parseLong(Path file, XMLStreamReader r, String attr) {
    String v = r.getAttributeValue(null, attr);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException | NullPointerException e) {
      throw new InputException(file, r.getLocation().getLineNumber(),
          "<" + r.getLocalName() + "> has " + (v == null ? "no '" + attr + "' attribute" : "a bad " + attr + "='" + v + "'")
              + "; an OSM id must be an integer");
    }
  }

  private static double parseDouble(Path file, XMLStreamReader r, String attr) {
    String v = r.getAttributeValue(null, attr);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException | NullPointerException e) {
      throw new InputException(file, r.getLocation().getLineNumber(),
          "<" + r.getLocalName() + "> has " + (v == null ? "no '" + attr + "' attribute" : "a bad " + attr + "='" + v + "'")
              + "; node coordinates must be decimal degrees");
    }
  }
}
