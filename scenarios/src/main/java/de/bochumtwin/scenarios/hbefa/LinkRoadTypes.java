package de.bochumtwin.scenarios.hbefa;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.XmlInput;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the {@code hbefa_road_type} link attribute of a MATSim network file (the core network keeps
 * no free-form attributes), aligned with the link indices of the already-read {@link Network}.
 */
public final class LinkRoadTypes {
  /** The link attribute MATSim's emissions contrib reads. */
  public static final String ATTRIBUTE = "hbefa_road_type";

  private LinkRoadTypes() {}

  /** Attribute value per link index; null where a link has none. */
  public static String[] read(Path networkFile, Network network) {
    String[] out = new String[network.linkCount()];
    try (XmlInput in = XmlInput.open(networkFile)) {
      int link = -1;
      while (true) {
        int e = in.next();
        if (e == END_DOCUMENT) {
          break;
        }
        if (e == START_ELEMENT && in.name().equals("link")) {
          String id = in.required("id");
          link = network.linkIndexOrMinusOne(id);
          if (link < 0) {
            throw in.error("link '" + id + "' is not in the network read from this file; pass the same network file");
          }
        } else if (e == START_ELEMENT && in.name().equals("attributes") && link >= 0) {
          Map<String, String> a = in.readAttributes();
          out[link] = a.get(ATTRIBUTE);
        } else if (e == END_ELEMENT && in.name().equals("link")) {
          link = -1;
        }
      }
    }
    return out;
  }
}
