package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.RoutePolicy;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.scenarios.fleet.FleetDraw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The run-time side of the {@link PolicyMeasure}s of a scenario: the {@link RoutePolicy} for the
 * router (tolls as generalized cost, the low-emission zone as a link ban for banned vehicles), the
 * population changed by the low-emission-zone rule, and {@link PolicyCharges} sinks that put tolls and
 * parking fees into the scores. Immutable.
 *
 * <p><b>Low-emission-zone rule.</b> A person's car is the vehicle with the person's id (runs without a
 * vehicles file); its emission class comes from {@code vehicleClass} (by default Bochum's register
 * draw, {@link FleetDraw#bochumLatest()}, the same the emission model uses). A banned person whose plan
 * has an activity on a zone link, or a car leg with no path around the zone (e.g. a connector that only
 * leads into the zone), cannot make the day by car: every leg of a banned mode in every plan
 * becomes {@code replacement_mode} (route removed) and the person gets {@code carAvail=never}, so mode
 * choice never gives the car back. Other banned persons keep their car; their routes over zone links
 * are removed and the router plans them around the zone. At most one low-emission zone per scenario.
 */
public final class Policies {
  private final Network net;
  private final List<PolicyMeasure.Toll> tolls = new ArrayList<>();
  private final List<double[]> tollAmounts = new ArrayList<>();
  private final List<PolicyMeasure.ParkingCost> parking = new ArrayList<>();
  private final List<boolean[]> parkingLinks = new ArrayList<>();
  private final PolicyMeasure.LowEmissionZone lez;
  private final boolean[] lezLinks;
  private final Function<String, EmissionClass> vehicleClass;

  private Policies(Network net, List<ResolvedMeasure> measures, Function<String, EmissionClass> vehicleClass) {
    this.net = net;
    this.vehicleClass = vehicleClass;
    PolicyMeasure.LowEmissionZone zone = null;
    boolean[] zoneLinks = null;
    for (ResolvedMeasure r : measures) {
      boolean[] in = new boolean[net.linkCount()];
      for (int i = 0; i < r.linkCount(); i++) {
        in[r.link(i)] = true;
      }
      if (r.measure() instanceof PolicyMeasure.Toll t) {
        double[] amount = new double[net.linkCount()];
        for (int l = 0; l < amount.length; l++) {
          amount[l] = !in[l] ? 0 : t.kind() == PolicyMeasure.TollKind.CORDON ? t.amount_eur() : t.amount_eur() * net.length_m(l) / 1000;
        }
        tolls.add(t);
        tollAmounts.add(amount);
      } else if (r.measure() instanceof PolicyMeasure.ParkingCost p) {
        parking.add(p);
        parkingLinks.add(in);
      } else if (r.measure() instanceof PolicyMeasure.LowEmissionZone z) {
        if (zone != null) {
          throw new IllegalArgumentException("line " + z.where() + ": only one low_emission_zone per scenario file is"
              + " supported; merge the areas into one (MULTIPOLYGON) or use one ban");
        }
        zone = z;
        zoneLinks = in;
      }
    }
    this.lez = zone;
    this.lezLinks = zoneLinks;
  }

  /** The policies among {@code measures}, with the Bochum register fleet for the low-emission zone. */
  public static Policies of(List<ResolvedMeasure> measures, Network net) {
    FleetDraw fleet = FleetDraw.bochumLatest();
    return of(measures, net, id -> fleet.classes().get(fleet.classOf(id)));
  }

  /**
   * @param vehicleClass emission class of the car of a person (by person id)
   * @throws IllegalArgumentException when the file has more than one low-emission zone
   */
  public static Policies of(List<ResolvedMeasure> measures, Network net, Function<String, EmissionClass> vehicleClass) {
    return new Policies(net, measures, vehicleClass);
  }

  /** True when there is no toll, zone or parking cost (the run is then the plain loop). */
  public boolean isEmpty() {
    return tolls.isEmpty() && parking.isEmpty() && lez == null;
  }

  public boolean hasCharges() {
    return !tolls.isEmpty() || !parking.isEmpty();
  }

  /** Whether the car of {@code personId} is banned from the low-emission zone. */
  public boolean isBanned(String personId) {
    if (lez == null) {
      return false;
    }
    EmissionClass c = vehicleClass.apply(personId);
    if (!lez.technologies().contains(c.technology())) {
      return false;
    }
    if (lez.euroBelow() == 0) {
      return true;
    }
    int euro = euroClass(c.emConcept());
    return euro > 0 && euro < lez.euroBelow();
  }

  /** The Euro class in an HBEFA concept such as {@code PC D Euro-4} or {@code PC-P-Euro-6d}; 0 when unknown. */
  static int euroClass(String concept) {
    int i = concept.indexOf("Euro-");
    return i >= 0 && i + 5 < concept.length() && Character.isDigit(concept.charAt(i + 5)) ? concept.charAt(i + 5) - '0' : 0;
  }

  /** What the low-emission-zone rule did to a population. */
  public record ZoneEffect(Population population, int bannedPersons, int bannedCarUsers, int carLost, int legsSwitched,
      int routesRemoved) {}

  /** Applies the low-emission-zone rule to a copy of {@code base} (which is not changed). */
  public ZoneEffect applyZone(Population base) {
    if (lez == null) {
      return new ZoneEffect(base, 0, 0, 0, 0, 0);
    }
    Population out = new Population();
    out.attributes().putAll(base.attributes());
    int banned = 0;
    int users = 0;
    int lost = 0;
    int switched = 0;
    int removed = 0;
    Map<Integer, boolean[]> reach = new HashMap<>();
    for (Person p : base.persons()) {
      if (!isBanned(p.id())) {
        out.add(p);
        continue;
      }
      banned++;
      boolean usesCar = false;
      boolean visitsZone = false;
      for (Plan plan : p.plans()) {
        for (int i = 0; i < plan.legCount(); i++) {
          usesCar |= lez.modes().contains(plan.leg(i).mode());
        }
        for (int a = 0; a < plan.activityCount(); a++) {
          int l = plan.activity(a).linkIndex();
          visitsZone |= l >= 0 && lezLinks[l];
        }
      }
      users += usesCar ? 1 : 0;
      if (!visitsZone && !"never".equals(p.attributes().get("carAvail"))) {
        visitsZone = !canAvoidZone(p, reach); // also for legs by other modes: mode choice may turn them into car
      }
      Map<String, String> attrs = new HashMap<>(p.attributes());
      if (visitsZone) {
        lost++;
        attrs.put("carAvail", "never");
      }
      Person copy = Person.of(p.id(), attrs);
      for (Plan plan : p.plans()) {
        Plan q = plan;
        for (int i = 0; i < plan.legCount(); i++) {
          Leg leg = plan.leg(i);
          if (!lez.modes().contains(leg.mode())) {
            continue;
          }
          if (visitsZone) {
            q = q.withLeg(i, Leg.of(lez.replacementMode()).withDepartureTime(leg.departureTime_s())
                .withRoutingMode(lez.replacementMode()));
            switched++;
          } else if (crossesZone(leg)) {
            q = q.withLeg(i, leg.withRoute(null));
            removed++;
          }
        }
        copy.addPlan(q, false);
      }
      if (!p.plans().isEmpty()) {
        copy.select(p.selectedIndex());
      }
      out.add(copy);
    }
    return new ZoneEffect(out, banned, users, lost, switched, removed);
  }

  /**
   * Whether, for every leg of every plan of {@code p} (whatever its mode now) and every banned mode,
   * the next activity's link can be reached from the previous one's without zone links.
   */
  private boolean canAvoidZone(Person p, Map<Integer, boolean[]> reach) {
    for (Plan plan : p.plans()) {
      for (int i = 0; i < plan.legCount(); i++) {
        int from = plan.activity(i).linkIndex();
        int to = plan.activity(i + 1).linkIndex();
        if (from < 0 || to < 0 || from == to) {
          continue;
        }
        for (String mode : lez.modes()) {
          int bit = net.modes().bit(mode);
          int origin = net.toNode(from);
          boolean[] r = reach.computeIfAbsent(origin * 64 + Integer.numberOfTrailingZeros(bit), k -> reachable(origin, bit));
          if (bit != 0 && !r[net.fromNode(to)]) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Nodes reachable from {@code origin} over links of the mode outside the zone (breadth-first). */
  private boolean[] reachable(int origin, int modeBit) {
    boolean[] seen = new boolean[net.nodeCount()];
    int[] queue = new int[net.nodeCount()];
    int head = 0;
    int tail = 0;
    seen[origin] = true;
    queue[tail++] = origin;
    while (head < tail) {
      int u = queue[head++];
      for (int k = net.outLinkStart(u); k < net.outLinkEnd(u); k++) {
        int l = net.outLinkAt(k);
        int v = net.toNode(l);
        if (!seen[v] && !lezLinks[l] && modeBit != 0 && net.allowsMode(l, modeBit)) {
          seen[v] = true;
          queue[tail++] = v;
        }
      }
    }
    return seen;
  }

  private boolean crossesZone(Leg leg) {
    if (!(leg.route() instanceof NetworkRoute r)) {
      return false;
    }
    for (int k = 0; k < r.size(); k++) {
      if (lezLinks[r.linkAt(k)]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The router policy: tolls converted with the scoring's value of time of the first toll mode
   * ({@code beta_money x 3600 / (beta_performing - beta_traveling)} seconds per EUR), and the zone ban
   * for the banned persons of {@code population}.
   */
  public RoutePolicy routePolicy(Population population, ScoringParameters scoring) {
    List<RoutePolicy.Toll> ts = new ArrayList<>();
    for (int k = 0; k < tolls.size(); k++) {
      PolicyMeasure.Toll t = tolls.get(k);
      ts.add(new RoutePolicy.Toll(Set.copyOf(t.modes()), tollAmounts.get(k), t.from_s(), t.to_s()));
    }
    double spm = ts.isEmpty() ? 0 : secondsPerEur(scoring, tolls.get(0).modes().get(0));
    Set<String> restricted = new LinkedHashSet<>();
    if (lez != null) {
      for (Person p : population.persons()) {
        if (isBanned(p.id())) {
          restricted.add(p.id());
        }
      }
    }
    return RoutePolicy.of(ts, spm, lezLinks, restricted, lez == null ? Set.of() : Set.copyOf(lez.modes()));
  }

  /** Routing seconds that one EUR is worth for {@code mode}: money utility over the utility of an hour travelled. */
  public static double secondsPerEur(ScoringParameters scoring, String mode) {
    double perHour = scoring.performing_utilsPerHr() - scoring.findModeParams(mode)
        .map(m -> m.marginalUtilityOfTraveling_utilsPerHr()).orElse(-6.0);
    if (!(perHour > 0) || !(scoring.marginalUtilityOfMoney() > 0)) {
      throw new IllegalArgumentException("a toll needs a positive marginal utility of money (" + scoring.marginalUtilityOfMoney()
          + ") and travelling by " + mode + " worse than performing (" + perHour + " utils/h); check the scoring parameters");
    }
    return scoring.marginalUtilityOfMoney() * 3600 / perHour;
  }

  /** A new sink charging this scenario's tolls and parking fees for a mobsim run of {@code persons} persons. */
  public PolicyCharges newCharges(int persons) {
    return new PolicyCharges(net, tolls, tollAmounts, parking, parkingLinks, persons);
  }

  /** The zone's links (index = link), or null without a zone. */
  public boolean[] zoneLinks() {
    return lezLinks == null ? null : lezLinks.clone();
  }
}
