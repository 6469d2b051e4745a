package de.bochumtwin.core.mobsim;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected plans of a population flattened into primitive arrays for the mobsim: activity
 * {@code i} of agent {@code a} is at {@code actOffset[a] + i}; leg {@code i} at {@code legOffset[a] + i};
 * network routes are slices of one {@code routeLinks} array. Teleported legs carry their precomputed
 * distance and travel time. Compilation validates what the mobsim relies on and names the person and
 * leg in every error.
 */
final class CompiledPlans implements EventIds {
  final int agents;
  final int[] actOffset;
  final int[] actCount;
  final int[] actType;
  final int[] actLink;
  final int[] actEnd_s;
  final int[] actMaxDur_s;
  final int[] legOffset;
  final int[] legMode;
  final boolean[] legOnNetwork;
  final int[] legRouteStart;
  final int[] legRouteLength;
  final double[] legTeleportDistance_m;
  final int[] legTeleportTime_s;
  final int[] routeLinks;

  private final String[] personIds;
  private final Network network;
  private final List<String> modeNames;
  private final List<String> actTypeNames;

  CompiledPlans(Population population, Network network, MobsimSettings settings) {
    this.network = network;
    this.agents = population.size();
    this.personIds = new String[agents];
    this.actOffset = new int[agents];
    this.actCount = new int[agents];
    this.legOffset = new int[agents];
    int acts = 0;
    int legs = 0;
    int routeLen = 0;
    for (int a = 0; a < agents; a++) {
      Person p = population.get(a);
      personIds[a] = p.id();
      Plan plan = p.selectedPlan();
      actOffset[a] = acts;
      legOffset[a] = legs;
      actCount[a] = plan.activityCount();
      acts += plan.activityCount();
      legs += plan.legCount();
      for (int i = 0; i < plan.legCount(); i++) {
        if (plan.leg(i).route() instanceof NetworkRoute nr) {
          routeLen += nr.size();
        }
      }
    }
    actType = new int[acts];
    actLink = new int[acts];
    actEnd_s = new int[acts];
    actMaxDur_s = new int[acts];
    legMode = new int[legs];
    legOnNetwork = new boolean[legs];
    legRouteStart = new int[legs];
    legRouteLength = new int[legs];
    legTeleportDistance_m = new double[legs];
    legTeleportTime_s = new int[legs];
    routeLinks = new int[routeLen];

    Map<String, Integer> modeIndex = new HashMap<>();
    modeNames = new ArrayList<>();
    for (String m : settings.networkModes().stream().sorted().toList()) {
      modeIndex.put(m, modeNames.size());
      modeNames.add(m);
    }
    Map<String, Integer> typeIndex = new HashMap<>();
    actTypeNames = new ArrayList<>();
    int r = 0;
    for (int a = 0; a < agents; a++) {
      Plan plan = population.get(a).selectedPlan();
      for (int i = 0; i < plan.activityCount(); i++) {
        Activity act = plan.activity(i);
        int k = actOffset[a] + i;
        Integer t = typeIndex.get(act.type());
        if (t == null) {
          t = actTypeNames.size();
          typeIndex.put(act.type(), t);
          actTypeNames.add(act.type());
        }
        actType[k] = t;
        if (act.linkIndex() < 0) {
          throw new IllegalArgumentException("person '" + personIds[a] + "', activity " + (i + 1) + " ('" + act.type()
              + "') has no link; assign activities to links before the mobsim (the population reader does this for coordinates)");
        }
        actLink[k] = act.linkIndex();
        actEnd_s[k] = act.endTime_s();
        actMaxDur_s[k] = act.maxDuration_s();
      }
      for (int i = 0; i < plan.legCount(); i++) {
        Leg leg = plan.leg(i);
        int k = legOffset[a] + i;
        Integer m = modeIndex.get(leg.mode());
        if (m == null) {
          m = modeNames.size();
          modeIndex.put(leg.mode(), m);
          modeNames.add(leg.mode());
        }
        legMode[k] = m;
        int from = actLink[actOffset[a] + i];
        int to = actLink[actOffset[a] + i + 1];
        if (settings.networkModes().contains(leg.mode())) {
          legOnNetwork[k] = true;
          if (!(leg.route() instanceof NetworkRoute nr)) {
            throw new IllegalArgumentException("person '" + personIds[a] + "', leg " + (i + 1) + " (" + leg.mode()
                + ") has no network route; route the plans first (twin run does this) or add a <route type=\"links\">");
          }
          checkRoute(a, i, nr, from, to);
          legRouteStart[k] = r;
          legRouteLength[k] = nr.size();
          for (int j = 0; j < nr.size(); j++) {
            routeLinks[r++] = nr.linkAt(j);
          }
        } else {
          teleport(a, i, k, leg, from, to, settings);
        }
      }
    }
  }

  private void checkRoute(int a, int leg, NetworkRoute nr, int from, int to) {
    String where = "person '" + personIds[a] + "', leg " + (leg + 1);
    if (nr.startLink() != from || nr.endLink() != to) {
      throw new IllegalArgumentException(where + ": route runs from link '" + network.linkId(nr.startLink()) + "' to '"
          + network.linkId(nr.endLink()) + "' but the activities are at links '" + network.linkId(from) + "' and '"
          + network.linkId(to) + "'; re-route the plan");
    }
    for (int j = 0; j + 1 < nr.size(); j++) {
      if (network.toNode(nr.linkAt(j)) != network.fromNode(nr.linkAt(j + 1))) {
        throw new IllegalArgumentException(where + ": links '" + network.linkId(nr.linkAt(j)) + "' and '"
            + network.linkId(nr.linkAt(j + 1)) + "' are not connected; re-route the plan");
      }
    }
  }

  private void teleport(int a, int i, int k, Leg leg, int from, int to, MobsimSettings settings) {
    Route route = leg.route();
    double dist = Double.NaN;
    int tt = Time.UNDEFINED;
    if (route instanceof GenericRoute g) {
      dist = g.distance_m();
      tt = g.travelTime_s();
    }
    if (!Time.isDefined(tt) && Time.isDefined(leg.travelTime_s())) {
      tt = leg.travelTime_s();
    }
    if (Double.isNaN(dist) || !Time.isDefined(tt)) {
      TeleportedModeParams p = settings.teleported().get(leg.mode());
      if (p == null) {
        throw new IllegalArgumentException("person '" + personIds[a] + "', leg " + (i + 1) + ": mode '" + leg.mode()
            + "' is neither a network mode " + settings.networkModes() + " nor a teleported mode "
            + settings.teleported().keySet() + "; add teleportation parameters for it");
      }
      double beeline = beeline(from, to);
      if (Double.isNaN(dist)) {
        dist = beeline * p.beelineDistanceFactor();
      }
      if (!Time.isDefined(tt)) {
        tt = (int) Math.round(beeline * p.beelineDistanceFactor() / p.speed_mps());
      }
    }
    legTeleportDistance_m[k] = dist;
    legTeleportTime_s[k] = Math.max(0, tt);
  }

  /** Beeline between the midpoints of two links. */
  private double beeline(int fromLink, int toLink) {
    double x1 = 0.5 * (network.nodeX_m(network.fromNode(fromLink)) + network.nodeX_m(network.toNode(fromLink)));
    double y1 = 0.5 * (network.nodeY_m(network.fromNode(fromLink)) + network.nodeY_m(network.toNode(fromLink)));
    double x2 = 0.5 * (network.nodeX_m(network.fromNode(toLink)) + network.nodeX_m(network.toNode(toLink)));
    double y2 = 0.5 * (network.nodeY_m(network.fromNode(toLink)) + network.nodeY_m(network.toNode(toLink)));
    return Math.hypot(x2 - x1, y2 - y1);
  }

  @Override
  public String personId(int person) {
    return personIds[person];
  }

  /** Vehicle ids equal person ids (MATSim's default when a scenario has no vehicles file). */
  @Override
  public String vehicleId(int vehicle) {
    return personIds[vehicle];
  }

  @Override
  public String linkId(int link) {
    return network.linkId(link);
  }

  @Override
  public String mode(int mode) {
    return modeNames.get(mode);
  }

  @Override
  public String activityType(int actType) {
    return actTypeNames.get(actType);
  }

  @Override
  public int modeCount() {
    return modeNames.size();
  }

  @Override
  public int activityTypeCount() {
    return actTypeNames.size();
  }

  int totalLegs() {
    return legMode.length;
  }

  @Override
  public String toString() {
    return "CompiledPlans[agents=" + agents + ", legs=" + legMode.length + ", routeLinks=" + routeLinks.length
        + ", modes=" + modeNames + ", types=" + Arrays.toString(actTypeNames.toArray()) + "]";
  }
}
