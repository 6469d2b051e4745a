package de.bochumtwin.scenarios.matsim;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.io.XmlInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads MATSim counts v1 ({@code counts_v1.xsd}): {@code <count loc_id cs_id x? y?>} stations with
 * {@code <volume h="1..24" val>} hourly values, {@code h="1"} being 00:00-01:00. Hours without a
 * {@code <volume>} stay NaN. Each {@code loc_id} must be a link of the network.
 */
public final class CountsReader {
  private CountsReader() {}

  public static Counts read(Path file, Network net) {
    try (XmlInput in = XmlInput.open(file)) {
      return parse(in, net);
    }
  }

  private static Counts parse(XmlInput in, Network net) {
    String name = null;
    String desc = null;
    int year = 0;
    boolean root = false;
    List<CountStation> stations = new ArrayList<>();
    String stationId = null;
    int stationLine = 0;
    int link = -1;
    double x = Double.NaN;
    double y = Double.NaN;
    double[] vol = null;
    while (true) {
      int e = in.next();
      if (e == END_DOCUMENT) {
        break;
      }
      if (e == START_ELEMENT) {
        String n = in.name();
        if (!root) {
          if (!n.equals("counts")) {
            throw in.error("root element is <" + n + ">, expected <counts>; pass a MATSim counts v1 file");
          }
          root = true;
          name = in.attr("name");
          desc = in.attr("desc");
          year = (int) in.optionalDouble("year", 0);
        } else if (n.equals("count")) {
          String locId = in.required("loc_id");
          link = net.linkIndexOrMinusOne(locId);
          if (link < 0) {
            throw in.error("loc_id '" + locId + "' of <count> is not a link of the network;"
                + " fix the link id or use the network the counts were made for");
          }
          stationId = in.attr("cs_id") == null ? locId : in.attr("cs_id");
          stationLine = in.line();
          x = in.optionalDouble("x", Double.NaN);
          y = in.optionalDouble("y", Double.NaN);
          vol = new double[CountStation.HOURS];
          Arrays.fill(vol, Double.NaN);
        } else if (n.equals("volume")) {
          if (vol == null) {
            throw in.error("<volume> outside a <count>; put volumes inside their count station");
          }
          double h = in.requiredDouble("h");
          if (h != Math.rint(h) || h < 1 || h > CountStation.HOURS) {
            throw in.error("hour h=\"" + in.attr("h") + "\" of <volume> is not a whole number from 1 to 24;"
                + " use h=\"1\" for 00:00-01:00 up to h=\"24\" for 23:00-24:00");
          }
          double v = in.requiredDouble("val");
          if (!(v >= 0) || Double.isInfinite(v)) {
            throw in.error("volume val=\"" + in.attr("val") + "\" must be a finite number >= 0 vehicles; fix the value");
          }
          if (!Double.isNaN(vol[(int) h - 1])) {
            throw in.error("hour " + (int) h + " of station '" + stationId + "' is given twice; keep one <volume> per hour");
          }
          vol[(int) h - 1] = v;
        }
      } else if (e == END_ELEMENT && in.name().equals("count") && vol != null) {
        try {
          stations.add(CountStation.of(stationId, link, vol, x, y));
        } catch (IllegalArgumentException ex) {
          throw new InputException(in.file(), stationLine, "<count>: " + ex.getMessage() + "; fix the station");
        }
        vol = null;
      }
    }
    if (!root) {
      throw in.error("no <counts> element found; pass a MATSim counts v1 file");
    }
    return Counts.of(name, year, desc, stations);
  }
}
