package de.bochumtwin.core.router;

import de.bochumtwin.core.mobsim.TeleportedModeParams;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes the legs of one plan and returns a new plan (plans are immutable).
 *
 * <p><b>Times.</b> The first activity starts at 0 s. Each leg departs when its previous activity ends
 * ({@link Activity#departureTime_s}: end time, else arrival + max duration; never before the arrival;
 * an activity with neither ends at once), and arrives after the estimated travel time of the leg, so
 * later legs are routed for the time they will probably start. Estimates are rounded to whole seconds.
 *
 * <p><b>Network modes</b> (those with a {@link LeastCostPathCalculator}): the route is {@code [start link,
 * path links..., end link]} where the path runs from the start link's to-node to the end link's
 * from-node, departing at the leg's departure time; when start and end link coincide it is just
 * {@code [start link]}. Distance, as {@link NetworkRoute} defines it, is the length of every link after
 * the start link. The travel time estimate is the path's travel time plus the end link's (the mobsim
 * drives the end link completely before arriving). The start and end link themselves are not checked
 * against the mode. An unreachable end link throws {@link UnreachableDestinationException}.
 *
 * <p><b>Teleported modes</b> ({@link TeleportedModeParams}): a {@link GenericRoute} with distance =
 * beeline x factor and travel time = distance / speed. Each end of the beeline is the activity's
 * coordinate if it has one, else the midpoint of its link (MATSim also falls back to the link when an
 * activity has no coordinate; the midpoint is our choice of point on the link).
 *
 * <p><b>Scope.</b> {@link Scope#MISSING_ROUTES} (initial routing) keeps every leg whose route fits (a
 * network route from the previous to the next activity's link for a network mode, any generic route
 * for a teleported mode) and routes the rest; kept legs contribute their recorded travel time, else
 * an estimate along their route. {@link Scope#ALL_LEGS} (the ReRoute strategy) routes every leg again.
 *
 * <p>Not thread-safe (it uses the calculators' search state): one instance per thread.
 */
public final class PlanRouter {
  /** Which legs to route. */
  public enum Scope {
    /** Route only legs without a fitting route (initial routing). */
    MISSING_ROUTES,
    /** Route every leg again (MATSim's ReRoute strategy). */
    ALL_LEGS
  }

  private final Network network;
  private final Map<String, LeastCostPathCalculator> networkModes;
  private final Map<String, TeleportedModeParams> teleportedModes;
  private final Scope scope;
  private final Map<String, LeastCostPathCalculator> restrictedModes;
  private final Set<String> restrictedPersons;

  /**
   * @param networkModes one query object per network mode (e.g. {@code car}), owned by this router
   * @param teleportedModes parameters of the modes that are teleported (e.g. {@code MobsimSettings#teleported()})
   */
  public PlanRouter(Network network, Map<String, LeastCostPathCalculator> networkModes,
      Map<String, TeleportedModeParams> teleportedModes, Scope scope) {
    this(network, networkModes, teleportedModes, scope, Map.of(), Set.of());
  }

  /**
   * A router where the persons in {@code restrictedPersons} use {@code restrictedModes} (e.g. query
   * objects that skip the links of a low-emission zone) instead of {@code networkModes} for the modes
   * in that map; everyone else and every other mode as in the other constructor.
   */
  public PlanRouter(Network network, Map<String, LeastCostPathCalculator> networkModes,
      Map<String, TeleportedModeParams> teleportedModes, Scope scope, Map<String, LeastCostPathCalculator> restrictedModes,
      Set<String> restrictedPersons) {
    this.network = network;
    this.networkModes = Map.copyOf(networkModes);
    this.teleportedModes = Map.copyOf(teleportedModes);
    this.scope = scope;
    this.restrictedModes = Map.copyOf(restrictedModes);
    this.restrictedPersons = Set.copyOf(restrictedPersons);
    for (String m : restrictedModes.keySet()) {
      if (!networkModes.containsKey(m)) {
        throw new IllegalArgumentException("restricted mode '" + m + "' is not a network mode " + networkModes.keySet());
      }
    }
  }

  /** Routes the selected plan of {@code person}. */
  public Plan route(Person person) {
    return route(person.id(), person.selectedPlan());
  }

  /** Routes {@code plan}; {@code personId} is used in error messages only. */
  public Plan route(String personId, Plan plan) {
    List<PlanElement> out = new ArrayList<>(plan.elements());
    if (scope == Scope.MISSING_ROUTES && allRoutesFit(plan)) {
      return plan; // nothing to route: skip estimating times along the kept routes
    }
    boolean changed = false;
    boolean restricted = !restrictedModes.isEmpty() && restrictedPersons.contains(personId);
    int now_s = 0;
    for (int i = 0; i < plan.legCount(); i++) {
      Activity from = plan.activity(i);
      Activity to = plan.activity(i + 1);
      int dep_s = from.departureTime_s(now_s);
      dep_s = Time.isDefined(dep_s) ? Math.max(dep_s, now_s) : now_s;
      Leg leg = plan.leg(i);
      LeastCostPathCalculator calc = restricted && restrictedModes.containsKey(leg.mode())
          ? restrictedModes.get(leg.mode()) : networkModes.get(leg.mode());
      int travel_s;
      if (scope == Scope.ALL_LEGS || !routeFits(leg, calc, from, to)) {
        Leg routed = calc != null ? routeNetworkLeg(personId, i, leg, calc, from, to, dep_s)
            : routeTeleportedLeg(personId, i, leg, from, to, dep_s);
        out.set(2 * i + 1, routed);
        changed = true;
        travel_s = routed.travelTime_s();
      } else {
        travel_s = estimateKeptLeg(leg, calc, dep_s);
      }
      now_s = dep_s + travel_s;
    }
    return changed ? plan.withElements(out) : plan;
  }

  private boolean allRoutesFit(Plan plan) {
    for (int i = 0; i < plan.legCount(); i++) {
      Leg leg = plan.leg(i);
      if (!routeFits(leg, networkModes.get(leg.mode()), plan.activity(i), plan.activity(i + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean routeFits(Leg leg, LeastCostPathCalculator calc, Activity from, Activity to) {
    Route r = leg.route();
    if (calc != null) {
      return r instanceof NetworkRoute nr && nr.startLink() == from.linkIndex() && nr.endLink() == to.linkIndex();
    }
    return r instanceof GenericRoute;
  }

  private Leg routeNetworkLeg(String personId, int legIndex, Leg leg, LeastCostPathCalculator calc, Activity from,
      Activity to, int dep_s) {
    int start = requireLink(personId, legIndex, leg, from);
    int end = requireLink(personId, legIndex, leg, to);
    if (start == end) {
      return leg.withRoute(NetworkRoute.of(new int[] {start}, 0.0)).withDepartureTime(dep_s).withTravelTime(0);
    }
    Path path = calc.calcPath(network.toNode(start), network.fromNode(end), dep_s);
    if (path == null) {
      throw new UnreachableDestinationException(personId, legIndex, leg.mode(), network.linkId(start), network.linkId(end));
    }
    int n = path.linkCount();
    int[] links = new int[n + 2];
    links[0] = start;
    double distance_m = 0;
    for (int k = 0; k < n; k++) {
      links[k + 1] = path.linkAt(k);
      distance_m += network.length_m(path.linkAt(k));
    }
    links[n + 1] = end;
    distance_m += network.length_m(end);
    double atEnd_s = dep_s + path.travelTime_s();
    double travel_s = path.travelTime_s() + calc.travelTimes().travelTime_s(end, atEnd_s);
    return leg.withRoute(NetworkRoute.of(links, distance_m)).withDepartureTime(dep_s).withTravelTime(roundSeconds(travel_s));
  }

  private Leg routeTeleportedLeg(String personId, int legIndex, Leg leg, Activity from, Activity to, int dep_s) {
    TeleportedModeParams p = teleportedModes.get(leg.mode());
    if (p == null) {
      throw new IllegalArgumentException("person '" + personId + "', leg " + legIndex + ": mode '" + leg.mode()
          + "' is neither a network mode " + networkModes.keySet() + " nor a teleported mode " + teleportedModes.keySet()
          + "; add it to the network modes or give it teleported-mode parameters");
    }
    double distance_m = beeline_m(from, to) * p.beelineDistanceFactor();
    int travel_s = roundSeconds(distance_m / p.speed_mps());
    GenericRoute r = new GenericRoute(from.linkIndex(), to.linkIndex(), distance_m, travel_s);
    return leg.withRoute(r).withDepartureTime(dep_s).withTravelTime(travel_s);
  }

  /** Beeline between the activities' coordinates, each falling back to its link's midpoint. */
  double beeline_m(Activity from, Activity to) {
    double dx = x(to) - x(from);
    double dy = y(to) - y(from);
    return Math.sqrt(dx * dx + dy * dy);
  }

  private double x(Activity a) {
    if (a.hasCoord()) {
      return a.x_m();
    }
    int l = a.linkIndex();
    return 0.5 * (network.nodeX_m(network.fromNode(l)) + network.nodeX_m(network.toNode(l)));
  }

  private double y(Activity a) {
    if (a.hasCoord()) {
      return a.y_m();
    }
    int l = a.linkIndex();
    return 0.5 * (network.nodeY_m(network.fromNode(l)) + network.nodeY_m(network.toNode(l)));
  }

  private int estimateKeptLeg(Leg leg, LeastCostPathCalculator calc, int dep_s) {
    if (Time.isDefined(leg.travelTime_s())) {
      return leg.travelTime_s();
    }
    if (leg.route() instanceof NetworkRoute nr) {
      double t = dep_s;
      for (int k = 1; k < nr.size(); k++) {
        t += calc.travelTimes().travelTime_s(nr.linkAt(k), t);
      }
      return roundSeconds(t - dep_s);
    }
    GenericRoute g = (GenericRoute) leg.route();
    if (Time.isDefined(g.travelTime_s())) {
      return g.travelTime_s();
    }
    TeleportedModeParams p = teleportedModes.get(leg.mode());
    return p != null && !Double.isNaN(g.distance_m()) ? roundSeconds(g.distance_m() / p.speed_mps()) : 0;
  }

  private int requireLink(String personId, int legIndex, Leg leg, Activity act) {
    if (act.linkIndex() < 0) {
      throw new IllegalArgumentException("person '" + personId + "', leg " + legIndex + " (" + leg.mode() + "): activity '"
          + act.type() + "' has no link, but network legs start and end on links; assign each activity its nearest"
          + " link before routing");
    }
    return act.linkIndex();
  }

  private static int roundSeconds(double t_s) {
    return (int) Math.round(t_s);
  }
}
