package de.bochumtwin.scenarios.matsim;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.scenarios.io.XmlInput;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams a MATSim events file (plain or gzip), any event types, to a handler: one call per
 * {@code <event>} with its time, its type and its other attributes. Nothing is kept in memory, so
 * files of any size can be read. Unknown types are passed through unchanged.
 */
public final class EventsReader {
  private EventsReader() {}

  /** Receives one event. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param time_s the event time in seconds
     * @param type the MATSim event type, e.g. {@code entered link}
     * @param attributes every attribute except {@code time} and {@code type}; a view reused for the next
     *     event, valid only during this call (copy it to keep it)
     */
    void handle(double time_s, String type, Map<String, String> attributes);
  }

  /** Reads every event of {@code file} in file order; returns the number of events. */
  public static long read(Path file, Handler handler) {
    Map<String, String> attrs = new HashMap<>();
    long count = 0;
    try (XmlInput in = XmlInput.open(file)) {
      boolean root = false;
      while (true) {
        int e = in.next();
        if (e == END_DOCUMENT) {
          break;
        }
        if (e != START_ELEMENT) {
          continue;
        }
        if (!root) {
          if (!in.name().equals("events")) {
            throw in.error("root element is <" + in.name() + ">, expected <events>; pass a MATSim events file");
          }
          root = true;
          continue;
        }
        if (!in.name().equals("event")) {
          in.skipElement();
          continue;
        }
        attrs.clear();
        String type = null;
        String time = null;
        for (int i = 0; i < in.attributeCount(); i++) {
          String n = in.attributeName(i);
          if (n.equals("type")) {
            type = in.attributeValue(i);
          } else if (n.equals("time")) {
            time = in.attributeValue(i);
          } else {
            attrs.put(n, in.attributeValue(i));
          }
        }
        if (type == null || time == null) {
          throw in.error("<event> without '" + (type == null ? "type" : "time") + "' attribute;"
              + " every event needs time=\"...\" and type=\"...\"");
        }
        double t;
        try {
          t = Double.parseDouble(time);
        } catch (NumberFormatException ex) {
          throw in.error("event time '" + time + "' is not a number; write seconds such as 21510.0");
        }
        handler.handle(t, type, attrs);
        count++;
      }
      if (!root) {
        throw in.error("no <events> element found; pass a MATSim events file");
      }
    }
    return count;
  }

  /** Number of events per type, sorted by type name. */
  public static Map<String, Long> countByType(Path file) {
    Map<String, long[]> counts = new HashMap<>();
    read(file, (t, type, a) -> counts.computeIfAbsent(type, k -> new long[1])[0]++);
    Map<String, Long> out = new LinkedHashMap<>();
    new TreeMap<>(counts).forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
