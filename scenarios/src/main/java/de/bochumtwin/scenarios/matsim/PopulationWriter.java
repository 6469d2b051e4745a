package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.io.XmlOutput.attr;
import static de.bochumtwin.scenarios.io.XmlOutput.stringAttribute;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Population} as a MATSim population v6 file ({@code .xml} or {@code .xml.gz}),
 * atomically: every plan of every person with its score and selection, activities (type, link, x/y,
 * start/end time, max duration), legs (mode, departure/travel time when defined, routing mode) and
 * routes ({@code links} routes with all link ids, {@code generic} routes with distance and travel time).
 * All attribute values are written with class {@code java.lang.String}, since the core keeps them as text.
 */
public final class PopulationWriter {
  private PopulationWriter() {}

  public static void write(Population pop, Network net, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(pop, net, w));
  }

  static void write(Population pop, Network net, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<!DOCTYPE population SYSTEM \"http://www.matsim.org/files/dtd/population_v6.dtd\">\n");
    w.write("<population>\n");
    writeAttributes(w, "  ", pop.attributes());
    for (Person p : pop.persons()) {
      w.write("  <person");
      attr(w, "id", p.id());
      w.write(">\n");
      writeAttributes(w, "    ", p.attributes());
      for (int i = 0; i < p.plans().size(); i++) {
        writePlan(w, net, p.plans().get(i), i == p.selectedIndex());
      }
      w.write("  </person>\n");
    }
    w.write("</population>\n");
  }

  private static void writeAttributes(Writer w, String indent, Map<String, String> attrs) throws IOException {
    if (attrs.isEmpty()) {
      return;
    }
    w.write(indent);
    w.write("<attributes>\n");
    for (Map.Entry<String, String> e : new TreeMap<>(attrs).entrySet()) {
      stringAttribute(w, indent + "  ", e.getKey(), e.getValue());
    }
    w.write(indent);
    w.write("</attributes>\n");
  }

  private static void writePlan(Writer w, Network net, Plan plan, boolean selected) throws IOException {
    w.write("    <plan");
    if (plan.hasScore()) {
      attr(w, "score", plan.score());
    }
    attr(w, "selected", selected ? "yes" : "no");
    if (plan.type() != null) {
      attr(w, "type", plan.type());
    }
    w.write(">\n");
    for (PlanElement e : plan.elements()) {
      if (e instanceof Activity a) {
        writeActivity(w, net, a);
      } else {
        writeLeg(w, net, (Leg) e);
      }
    }
    w.write("    </plan>\n");
  }

  private static void writeActivity(Writer w, Network net, Activity a) throws IOException {
    w.write("      <activity");
    attr(w, "type", a.type());
    if (a.linkIndex() >= 0) {
      attr(w, "link", net.linkId(a.linkIndex()));
    }
    if (a.hasCoord()) {
      attr(w, "x", a.x_m());
      attr(w, "y", a.y_m());
    }
    time(w, "start_time", a.startTime_s());
    time(w, "end_time", a.endTime_s());
    time(w, "max_dur", a.maxDuration_s());
    w.write("/>\n");
  }

  private static void writeLeg(Writer w, Network net, Leg leg) throws IOException {
    w.write("      <leg");
    attr(w, "mode", leg.mode());
    time(w, "dep_time", leg.departureTime_s());
    time(w, "trav_time", leg.travelTime_s());
    if (leg.routingMode() == null && leg.route() == null) {
      w.write("/>\n");
      return;
    }
    w.write(">\n");
    if (leg.routingMode() != null) {
      w.write("        <attributes>\n");
      stringAttribute(w, "          ", "routingMode", leg.routingMode());
      w.write("        </attributes>\n");
    }
    Route r = leg.route();
    if (r instanceof NetworkRoute nr) {
      w.write("        <route type=\"links\"");
      attr(w, "start_link", net.linkId(nr.startLink()));
      attr(w, "end_link", net.linkId(nr.endLink()));
      if (!Double.isNaN(nr.distance_m())) {
        attr(w, "distance", nr.distance_m());
      }
      w.write('>');
      for (int i = 0; i < nr.size(); i++) {
        if (i > 0) {
          w.write(' ');
        }
        XmlOutput.escape(w, net.linkId(nr.linkAt(i)));
      }
      w.write("</route>\n");
    } else if (r instanceof GenericRoute g) {
      w.write("        <route type=\"generic\"");
      if (g.startLink() >= 0) {
        attr(w, "start_link", net.linkId(g.startLink()));
      }
      if (g.endLink() >= 0) {
        attr(w, "end_link", net.linkId(g.endLink()));
      }
      if (!Double.isNaN(g.distance_m())) {
        attr(w, "distance", g.distance_m());
      }
      time(w, "trav_time", g.travelTime_s());
      w.write("></route>\n");
    }
    w.write("      </leg>\n");
  }

  private static void time(Writer w, String name, int t_s) throws IOException {
    if (Time.isDefined(t_s)) {
      attr(w, name, Time.format(t_s));
    }
  }
}
