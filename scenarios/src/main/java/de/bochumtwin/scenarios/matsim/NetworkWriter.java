package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.io.XmlOutput.attr;
import static de.bochumtwin.scenarios.io.XmlOutput.stringAttribute;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a {@link Network} as a MATSim network v2 file ({@code .xml} or {@code .xml.gz}), atomically.
 * Capacities are written per hour ({@code capperiod="01:00:00"}); road type and original id go into
 * each link's {@code <attributes>} as {@code type} and {@code origid}, the CRS into the network's.
 * Numbers are written so that {@link NetworkReader} gives back exactly the same values.
 */
public final class NetworkWriter {
  private NetworkWriter() {}

  public static void write(Network net, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(net, w));
  }

  static void write(Network net, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<!DOCTYPE network SYSTEM \"http://www.matsim.org/files/dtd/network_v2.dtd\">\n");
    w.write("<network");
    if (net.name() != null) {
      attr(w, "name", net.name());
    }
    w.write(">\n");
    if (net.crs() != null) {
      w.write("  <attributes>\n");
      stringAttribute(w, "    ", "coordinateReferenceSystem", net.crs());
      w.write("  </attributes>\n");
    }
    w.write("  <nodes>\n");
    for (int n = 0; n < net.nodeCount(); n++) {
      w.write("    <node");
      attr(w, "id", net.nodeId(n));
      attr(w, "x", net.nodeX_m(n));
      attr(w, "y", net.nodeY_m(n));
      w.write("/>\n");
    }
    w.write("  </nodes>\n");
    w.write("  <links capperiod=\"01:00:00\" effectivecellsize=\"7.5\" effectivelanewidth=\"3.75\">\n");
    for (int l = 0; l < net.linkCount(); l++) {
      w.write("    <link");
      attr(w, "id", net.linkId(l));
      attr(w, "from", net.nodeId(net.fromNode(l)));
      attr(w, "to", net.nodeId(net.toNode(l)));
      attr(w, "length", net.length_m(l));
      attr(w, "freespeed", net.freespeed_mps(l));
      attr(w, "capacity", net.capacity_vph(l));
      attr(w, "permlanes", net.lanes(l));
      w.write(" oneway=\"1\"");
      attr(w, "modes", String.join(",", net.allowedModes(l)));
      String type = net.linkType(l);
      String origId = net.linkOrigId(l);
      if (type == null && origId == null) {
        w.write("/>\n");
        continue;
      }
      w.write(">\n      <attributes>\n");
      if (type != null) {
        stringAttribute(w, "        ", "type", type);
      }
      if (origId != null) {
        stringAttribute(w, "        ", "origid", origId);
      }
      w.write("      </attributes>\n    </link>\n");
    }
    w.write("  </links>\n</network>\n");
  }
}
