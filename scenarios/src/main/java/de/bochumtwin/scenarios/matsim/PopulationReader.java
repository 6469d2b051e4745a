package de.bochumtwin.scenarios.matsim;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NearestLinkIndex;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.scenarios.io.XmlInput;
import de.bochumtwin.scenarios.matsim.RouteResolver.RawRoute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MATSim plans v4 and population v5/v6 files (plain or gzip) against a network.
 *
 * <p>The version comes from the DOCTYPE ({@code plans_v4.dtd}, {@code population_v5/v6.dtd}) or, without
 * one, from the root element ({@code <plans>} = v4, {@code <population>} = v6). It matters for network
 * routes: v4 routes list node ids between the leg's start and end link, v5/v6 {@code links} routes
 * list link ids. Both element spellings ({@code act}/{@code activity}, {@code dur}/{@code max_dur}) are
 * accepted in every version. Activities with only a coordinate are attached to the nearest link that
 * allows {@code car}. Person attributes (v6 {@code <attributes>}, or v4 XML attributes such as
 * {@code age}) go into {@link Person#attributes()}; a leg's {@code routingMode} attribute into
 * {@link Leg#routingMode()}. Every problem is an {@link de.bochumtwin.scenarios.io.InputException}
 * with file, line and fix.
 */
public final class PopulationReader {
  private static final Pattern V4 = Pattern.compile("plans_v(\\d+)\\.dtd");
  private static final Pattern V56 = Pattern.compile("population_v(\\d+)\\.dtd");

  private final XmlInput in;
  private final Network net;
  private final RouteResolver routes;
  private final Population pop = new Population();
  private NearestLinkIndex carLinks;
  private int version;

  private String personId;
  private int personLine;
  private Map<String, String> personAttrs;
  private final List<Plan> plans = new ArrayList<>();
  private final List<Boolean> selected = new ArrayList<>();

  private List<PlanElement> elements;
  private int planLine;
  private double planScore;
  private boolean planSelected;
  private String planType;

  private Activity lastAct;
  private String legMode;
  private int legLine;
  private int legDep;
  private int legTrav;
  private String legRoutingMode;
  private boolean inLeg;
  private boolean legDone;
  private RawRoute raw;
  private boolean inRoute;

  private PopulationReader(XmlInput in, Network net) {
    this.in = in;
    this.net = net;
    this.routes = new RouteResolver(net, in.file());
  }

  public static Population read(Path file, Network net) {
    try (XmlInput in = XmlInput.open(file)) {
      PopulationReader r = new PopulationReader(in, net);
      r.parse();
      return r.pop;
    }
  }

  private void parse() {
    while (true) {
      int e = in.next();
      if (e == END_DOCUMENT) {
        break;
      } else if (e == START_ELEMENT) {
        start(in.name());
      } else if (e == END_ELEMENT) {
        end(in.name());
      } else if (e == CHARACTERS && inRoute) {
        in.appendText(raw.text);
      }
    }
    if (version == 0) {
      throw in.error("no <population> or <plans> element found; pass a MATSim population file");
    }
  }

  private void start(String n) {
    if (version == 0) {
      version = detectVersion(n);
      return;
    }
    switch (n) {
      case "person" -> startPerson();
      case "plan" -> startPlan();
      case "act", "activity" -> activity();
      case "leg" -> startLeg();
      case "route" -> startRoute();
      case "attributes" -> attributes();
      default -> { }
    }
  }

  private int detectVersion(String root) {
    String dt = in.doctype();
    Matcher m4 = V4.matcher(dt);
    if (m4.find()) {
      if (!m4.group(1).equals("4")) {
        throw in.error("plans v" + m4.group(1) + " is not supported; convert the file to plans v4 or population v6");
      }
      return 4;
    }
    if (V56.matcher(dt).find()) {
      return 6;
    }
    if (root.equals("plans")) {
      return 4;
    }
    if (root.equals("population")) {
      return 6;
    }
    throw in.error("root element is <" + root + ">, expected <population> or <plans>; pass a MATSim population file");
  }

  private void startPerson() {
    personId = in.required("id");
    personLine = in.line();
    personAttrs = new LinkedHashMap<>();
    for (int i = 0; i < in.attributeCount(); i++) {
      if (!in.attributeName(i).equals("id")) {
        personAttrs.put(in.attributeName(i), in.attributeValue(i));
      }
    }
    plans.clear();
    selected.clear();
  }

  private void startPlan() {
    if (personId == null) {
      throw in.error("<plan> outside a <person>; put each plan inside its person");
    }
    elements = new ArrayList<>();
    planLine = in.line();
    planScore = in.optionalDouble("score", Double.NaN);
    planSelected = "yes".equals(in.attr("selected")) || "true".equals(in.attr("selected"));
    planType = in.attr("type");
    lastAct = null;
    legDone = false;
  }

  private void activity() {
    if (elements == null) {
      throw in.error("<" + in.name() + "> outside a <plan>; put activities inside a plan");
    }
    String type = in.required("type");
    double x = in.optionalDouble("x", Double.NaN);
    double y = in.optionalDouble("y", Double.NaN);
    String linkId = in.attr("link");
    int link;
    if (linkId != null && !linkId.isEmpty()) {
      link = net.linkIndexOrMinusOne(linkId);
      if (link < 0) {
        throw in.error("link '" + linkId + "' of <" + in.name() + "> is not in the network;"
            + " fix the link id or use the matching network file");
      }
    } else if (!Double.isNaN(x) && !Double.isNaN(y)) {
      link = nearestCarLink(x, y);
    } else {
      throw in.error("<" + in.name() + "> has neither 'link' nor 'x' and 'y'; add link=\"...\" or a coordinate");
    }
    Activity act = Activity.of(type, link, x, y)
        .withStartTime(time("start_time"))
        .withEndTime(time("end_time"));
    int dur = in.attr("max_dur") != null ? time("max_dur") : time("dur");
    try {
      act = act.withMaxDuration(dur);
    } catch (IllegalArgumentException ex) {
      throw in.error("<" + in.name() + ">: " + ex.getMessage() + "; give a duration >= 0");
    }
    if (legDone) {
      elements.add(finishLeg(act));
    } else if (lastAct != null) {
      throw in.error("two activities follow each other without a <leg>; add the leg between them");
    }
    elements.add(act);
    lastAct = act;
  }

  private int nearestCarLink(double x, double y) {
    if (carLinks == null) {
      carLinks = NearestLinkIndex.forMode(net, "car");
    }
    int l = carLinks.nearestLink(x, y);
    if (l < 0) {
      throw in.error("activity has only a coordinate and no link of the network allows 'car';"
          + " give the activity a link=\"...\" or use a network with car links");
    }
    return l;
  }

  private void startLeg() {
    if (lastAct == null) {
      throw in.error("<leg> before the first activity of a plan; a plan starts with an activity");
    }
    if (legDone) {
      throw in.error("two legs follow each other without an activity; add the activity between them");
    }
    legMode = in.required("mode");
    legLine = in.line();
    legDep = time("dep_time");
    legTrav = time("trav_time");
    legRoutingMode = null;
    raw = null;
    inLeg = true;
  }

  private void startRoute() {
    if (!inLeg) {
      throw in.error("<route> outside a <leg>; put the route inside its leg");
    }
    raw = new RawRoute();
    raw.line = in.line();
    raw.type = in.attr("type");
    raw.startLinkId = in.attr("start_link");
    raw.endLinkId = in.attr("end_link");
    String d = in.attr("distance") != null ? "distance" : "dist";
    raw.distance_m = in.optionalDouble(d, Double.NaN);
    raw.travelTime_s = time("trav_time");
    inRoute = true;
  }

  private void attributes() {
    Map<String, String> a = in.readAttributes();
    if (inLeg) {
      legRoutingMode = a.get("routingMode");
    } else if (elements != null) {
      return; // plan or activity attributes are not kept
    } else if (personId != null) {
      personAttrs.putAll(a);
    } else {
      pop.attributes().putAll(a);
    }
  }

  private Leg finishLeg(Activity next) {
    Leg leg = Leg.of(legMode).withDepartureTime(legDep).withTravelTime(legTrav).withRoutingMode(legRoutingMode);
    if (raw != null) {
      Route r = version == 4
          ? routes.resolveV4(raw, legMode, lastAct.linkIndex(), next.linkIndex())
          : routes.resolveV6(raw, legMode, lastAct.linkIndex(), next.linkIndex());
      leg = leg.withRoute(r);
    }
    legDone = false;
    raw = null;
    return leg;
  }

  private void end(String n) {
    switch (n) {
      case "route" -> inRoute = false;
      case "leg" -> {
        inLeg = false;
        legDone = true;
      }
      case "plan" -> endPlan();
      case "person" -> endPerson();
      default -> { }
    }
  }

  private void endPlan() {
    if (legDone) {
      throw in.error(legLine, "the plan ends with a <leg>; add the activity where the leg arrives");
    }
    try {
      Plan p = Plan.of(elements).withScore(planScore).withType(planType);
      plans.add(p);
      selected.add(planSelected);
    } catch (IllegalArgumentException ex) {
      throw in.error(planLine, "<plan>: " + ex.getMessage() + "; fix the plan of person '" + personId + "'");
    }
    elements = null;
    lastAct = null;
  }

  private void endPerson() {
    Person p = Person.of(personId, personAttrs);
    for (int i = 0; i < plans.size(); i++) {
      p.addPlan(plans.get(i), selected.get(i));
    }
    try {
      pop.add(p);
    } catch (IllegalArgumentException ex) {
      throw in.error(personLine, ex.getMessage() + "; give every person a unique id");
    }
    personId = null;
  }

  private int time(String attr) {
    String v = in.attr(attr);
    if (v == null) {
      return Time.UNDEFINED;
    }
    try {
      return Time.parse(v);
    } catch (IllegalArgumentException ex) {
      throw in.error("attribute '" + attr + "' of <" + in.name() + ">: " + ex.getMessage());
    }
  }
}
