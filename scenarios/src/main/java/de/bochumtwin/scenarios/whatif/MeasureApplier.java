package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies resolved measures to copies of a base network and population; the base objects are only
 * read. The new network keeps every node and link at the same index (a closed link stays, with the
 * closed modes removed and capacity 0 once no mode is left), so the base population's link indices
 * remain valid. Measures are applied in file order; a later measure sees the earlier ones' result.
 */
public final class MeasureApplier {
  private MeasureApplier() {}

  /** A new network with the measures applied; equal to {@code base} link for link when the list is empty. */
  public static Network apply(Network base, List<ResolvedMeasure> measures) {
    int n = base.linkCount();
    double[] speed = new double[n];
    double[] cap = new double[n];
    double[] lanes = new double[n];
    List<List<String>> modes = new ArrayList<>(n);
    for (int l = 0; l < n; l++) {
      speed[l] = base.freespeed_mps(l);
      cap[l] = base.capacity_vph(l);
      lanes[l] = base.lanes(l);
      modes.add(new ArrayList<>(base.allowedModes(l)));
    }
    for (ResolvedMeasure r : measures) {
      for (int i = 0; i < r.linkCount(); i++) {
        int l = r.link(i);
        Measure m = r.measure();
        if (m instanceof Measure.SpeedLimit s) {
          speed[l] = Math.min(speed[l], s.limit_kmh() / 3.6);
        } else if (m instanceof Measure.RoadClosure c) {
          if (c.modes().isEmpty()) {
            modes.get(l).clear();
          } else {
            modes.get(l).removeAll(c.modes());
          }
          if (modes.get(l).isEmpty()) {
            cap[l] = 0;
          }
        } else if (m instanceof Measure.CapacityChange c) {
          double newLanes = lanes[l] + c.lanesDelta();
          cap[l] = cap[l] * newLanes / lanes[l] * c.capacityFactor();
          lanes[l] = newLanes;
        }
      }
    }
    NetworkBuilder b = new NetworkBuilder().withName(base.name()).withCrs(base.crs());
    for (int v = 0; v < base.nodeCount(); v++) {
      b.addNode(base.nodeId(v), base.nodeX_m(v), base.nodeY_m(v));
    }
    for (int l = 0; l < n; l++) {
      b.addLink(base.linkId(l), base.nodeId(base.fromNode(l)), base.nodeId(base.toNode(l)), base.length_m(l), speed[l],
          cap[l], lanes[l], modes.get(l), base.linkType(l), base.linkOrigId(l));
    }
    return b.build();
  }

  /**
   * A copy of {@code base} for the scenario network: every leg whose network route uses a link that no
   * longer allows the leg's mode loses its route (the loop plans it again before the first mobsim).
   * Plans and persons are otherwise shared values; the base population is not changed.
   *
   * @throws IllegalArgumentException naming the person and link when an activity lies on a link that
   *     its arriving or departing leg's mode may no longer use (no route could reach it)
   */
  public static Population population(Population base, Network scenario) {
    Population out = new Population();
    out.attributes().putAll(base.attributes());
    for (Person p : base.persons()) {
      Person copy = Person.of(p.id(), p.attributes());
      for (Plan plan : p.plans()) {
        copy.addPlan(reroutable(p.id(), plan, scenario), false);
      }
      if (!p.plans().isEmpty()) {
        copy.select(p.selectedIndex());
      }
      out.add(copy);
    }
    return out;
  }

  /** Counts legs (over all plans) that {@link #population} strips of their route. */
  public static int strippedRoutes(Population base, Network scenario) {
    int n = 0;
    for (Person p : base.persons()) {
      for (Plan plan : p.plans()) {
        for (int i = 0; i < plan.legCount(); i++) {
          n += usesForbiddenLink(plan.leg(i), scenario) ? 1 : 0;
        }
      }
    }
    return n;
  }

  private static Plan reroutable(String personId, Plan plan, Network net) {
    Plan out = plan;
    for (int i = 0; i < plan.legCount(); i++) {
      Leg leg = plan.leg(i);
      int bit = net.modes().bit(leg.mode());
      if (leg.route() instanceof NetworkRoute) {
        for (int a : new int[] {i, i + 1}) {
          int link = plan.activity(a).linkIndex();
          if (link >= 0 && bit != 0 && !net.allowsMode(link, bit)) {
            throw new IllegalArgumentException("person " + personId + ": activity '" + plan.activity(a).type()
                + "' is on link " + net.linkId(link) + ", which the scenario closes for " + leg.mode()
                + "; close fewer links or move the activity");
          }
        }
      }
      if (usesForbiddenLink(leg, net)) {
        out = out.withLeg(i, leg.withRoute(null));
      }
    }
    return out;
  }

  private static boolean usesForbiddenLink(Leg leg, Network net) {
    if (!(leg.route() instanceof NetworkRoute r)) {
      return false;
    }
    int bit = net.modes().bit(leg.mode());
    for (int k = 0; k < r.size(); k++) {
      if (bit == 0 || !net.allowsMode(r.linkAt(k), bit)) {
        return true;
      }
    }
    return false;
  }
}
