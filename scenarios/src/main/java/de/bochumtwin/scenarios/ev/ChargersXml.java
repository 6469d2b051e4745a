package de.bochumtwin.scenarios.ev;

import static de.bochumtwin.scenarios.io.XmlOutput.attr;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.io.XmlInput;
import de.bochumtwin.scenarios.io.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * MATSim's chargers file ({@code chargers_v1.dtd}):
 * {@code <chargers><charger id link plug_power plug_count? type?/></chargers>} with {@code plug_power} in
 * kW, {@code plug_count} default 1 and {@code type} default {@code default}. A charger may carry MATSim
 * {@code <attributes>}; we read and write {@code operator} (String) and {@code public} (Boolean) there and
 * ignore other attributes. The file has no coordinates: a charger is placed at the midpoint of its link.
 * Chargers without a {@code public} attribute are public.
 */
public final class ChargersXml {
  private ChargersXml() {}

  public static Chargers read(Path file, Network network) {
    try (XmlInput in = XmlInput.open(file)) {
      return parse(in, network);
    }
  }

  private static Chargers parse(XmlInput in, Network net) {
    Chargers.Builder b = Chargers.builder();
    boolean root = false;
    String id = null;
    int link = -1;
    int line = 0;
    double power = 0;
    int plugs = 1;
    String type = null;
    String operator = null;
    boolean isPublic = true;
    String attrName = null;
    while (true) {
      int e = in.next();
      if (e == END_DOCUMENT) {
        break;
      }
      if (e == START_ELEMENT) {
        String n = in.name();
        if (!root) {
          if (!n.equals("chargers")) {
            throw in.error("root element is <" + n + ">, expected <chargers>; pass a MATSim chargers file (chargers_v1.dtd)");
          }
          root = true;
        } else if (n.equals("charger")) {
          id = in.required("id");
          line = in.line();
          String linkId = in.required("link");
          link = net.linkIndexOrMinusOne(linkId);
          if (link < 0) {
            throw in.error("charger '" + id + "': link '" + linkId + "' is not in the network; fix the link id or use the matching network");
          }
          power = in.requiredDouble("plug_power");
          double count = in.optionalDouble("plug_count", 1);
          if (count != Math.rint(count) || count < 1) {
            throw in.error("charger '" + id + "': plug_count=\"" + in.attr("plug_count") + "\" must be a whole number >= 1");
          }
          plugs = (int) count;
          type = in.attr("type");
          operator = null;
          isPublic = true;
        } else if (n.equals("attribute") && id != null) {
          attrName = in.required("name");
          String value = in.elementText().trim();
          if (attrName.equals("operator")) {
            operator = value;
          } else if (attrName.equals("public")) {
            isPublic = !value.equalsIgnoreCase("false");
          }
        }
      } else if (e == END_ELEMENT && in.name().equals("charger") && id != null) {
        int f = net.fromNode(link);
        int t = net.toNode(link);
        try {
          b.add(id, link, 0.5 * (net.nodeX_m(f) + net.nodeX_m(t)), 0.5 * (net.nodeY_m(f) + net.nodeY_m(t)), power, plugs,
              type, operator, isPublic);
        } catch (IllegalArgumentException ex) {
          throw new InputException(in.file(), line, ex.getMessage() + "; fix the <charger>");
        }
        id = null;
      }
    }
    if (!root) {
      throw in.error("no <chargers> element found; pass a MATSim chargers file");
    }
    return b.build();
  }

  /** Writes the chargers atomically as chargers_v1 with operator/public as MATSim attributes. */
  public static void write(Chargers chargers, Network network, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(chargers, network, w));
  }

  static void write(Chargers c, Network net, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<!DOCTYPE chargers SYSTEM \"http://matsim.org/files/dtd/chargers_v1.dtd\">\n");
    w.write("<chargers>\n");
    for (int i = 0; i < c.size(); i++) {
      w.write("  <charger");
      attr(w, "id", c.id(i));
      attr(w, "link", net.linkId(c.link(i)));
      attr(w, "plug_power", c.plugPower_kW(i));
      attr(w, "plug_count", Integer.toString(c.plugCount(i)));
      attr(w, "type", c.type(i));
      w.write(">\n    <attributes>\n");
      w.write("      <attribute name=\"operator\" class=\"java.lang.String\">");
      XmlOutput.escape(w, c.operator(i));
      w.write("</attribute>\n");
      w.write("      <attribute name=\"public\" class=\"java.lang.Boolean\">" + c.isPublic(i) + "</attribute>\n");
      w.write("    </attributes>\n  </charger>\n");
    }
    w.write("</chargers>\n");
  }
}
