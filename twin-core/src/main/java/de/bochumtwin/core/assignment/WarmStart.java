package de.bochumtwin.core.assignment;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.util.SplitMix64;
import java.util.HashMap;
import java.util.Map;

/**
 * Initial car routes for the agent loop from a static user equilibrium (issue: "warm start"): the car
 * legs of the selected plans become an OD matrix between the nodes where their paths start and end
 * (the start link's to-node, the end link's from-node, as the router does); the path-based algorithm
 * assigns it; every car leg then gets one of its OD pair's equilibrium paths, drawn with probability
 * path flow / pair volume from a generator seeded by (seed, person, leg), so the split of the agents
 * reproduces the equilibrium split.
 *
 * <p>Demand is static: daily car legs x {@code peakShare} / {@code sampleShare} are assigned as one
 * hour against hourly capacities (the peak hour carries about 10 % of daily traffic on German urban
 * roads, hence the default 0.1). The result is a starting point for the loop, not its answer.
 */
public final class WarmStart {
  /** What happened, for logs and run.json. */
  public record Result(int legsRouted, int odPairs, double relativeGap, int iterations) {}

  private WarmStart() {}

  public static Result apply(Network net, Population pop, String mode, double peakShare, double sampleShare,
      AssignmentSettings settings, long seed) {
    if (!(peakShare > 0 && peakShare <= 1) || !(sampleShare > 0 && sampleShare <= 1)) {
      throw new IllegalArgumentException("peak share and sample share must be in (0, 1], got " + peakShare + ", " + sampleShare);
    }
    int bit = net.modes().bit(mode);
    AssignmentNetwork an = NetworkConversion.fromNetwork(net, mode, NetworkConversion.DEFAULT_ALPHA, NetworkConversion.DEFAULT_BETA);
    int[] toNetworkLink = new int[an.linkCount()];
    int k = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.allowsMode(l, bit)) {
        toNetworkLink[k++] = l;
      }
    }
    double scale = peakShare / sampleShare;
    OdMatrix.Builder demand = OdMatrix.builder(net.nodeCount());
    int legs = 0;
    for (Person p : pop.persons()) {
      Plan plan = p.selectedPlan();
      for (int i = 0; i < plan.legCount(); i++) {
        int o = origin(net, plan, i, mode);
        if (o >= 0) {
          int d = net.fromNode(plan.activity(i + 1).linkIndex());
          if (o != d) {
            demand.add(o, d, scale);
            legs++;
          }
        }
      }
    }
    if (legs == 0) {
      return new Result(0, 0, 0, 0);
    }
    OdMatrix od = demand.build();
    AssignmentResult r = StaticAssignment.run(an, od, settings, (it, g, obj) -> {});
    PathSet paths = r.pathSet().orElseThrow(() -> new IllegalArgumentException(
        "the warm start needs the path-based algorithm (it keeps the equilibrium paths)"));
    Map<Long, Integer> pairOf = new HashMap<>();
    for (int o = 0; o < od.zoneCount(); o++) {
      for (int pair = od.start(o); pair < od.end(o); pair++) {
        pairOf.put(((long) o << 32) | od.destination(pair), pair);
      }
    }
    int routed = 0;
    for (int pi = 0; pi < pop.size(); pi++) {
      Person p = pop.get(pi);
      Plan plan = p.selectedPlan();
      Plan changed = plan;
      for (int i = 0; i < plan.legCount(); i++) {
        int o = origin(net, plan, i, mode);
        if (o < 0) {
          continue;
        }
        int start = plan.activity(i).linkIndex();
        int end = plan.activity(i + 1).linkIndex();
        int d = net.fromNode(end);
        int[] links;
        if (start == end) {
          links = new int[] {start};
        } else if (o == d) {
          links = new int[] {start, end};
        } else {
          int pair = pairOf.get(((long) o << 32) | d);
          int path = draw(paths, pair, SplitMix64.toUnit(SplitMix64.hash(seed, pi, i)));
          int[] pl = paths.pathLinks(pair, path);
          links = new int[pl.length + 2];
          links[0] = start;
          for (int j = 0; j < pl.length; j++) {
            links[j + 1] = toNetworkLink[pl[j]];
          }
          links[pl.length + 1] = end;
        }
        double dist = 0;
        for (int j = 1; j < links.length; j++) {
          dist += net.length_m(links[j]);
        }
        Leg leg = plan.leg(i);
        changed = changed.withLeg(i, Leg.of(leg.mode()).withRoutingMode(leg.routingMode())
            .withDepartureTime(leg.departureTime_s()).withRoute(NetworkRoute.of(links, dist)));
        routed++;
      }
      if (changed != plan) {
        p.replacePlan(p.selectedIndex(), changed);
      }
    }
    return new Result(routed, od.pairCount(), r.relativeGap(), r.iterations());
  }

  /** The origin node of leg {@code i} if it is a car leg between linked activities, else -1. */
  private static int origin(Network net, Plan plan, int i, String mode) {
    if (!plan.leg(i).mode().equals(mode)) {
      return -1;
    }
    int start = plan.activity(i).linkIndex();
    int end = plan.activity(i + 1).linkIndex();
    if (start < 0 || end < 0) {
      return -1;
    }
    return net.toNode(start);
  }

  private static int draw(PathSet paths, int pair, double u) {
    double total = 0;
    for (int k = 0; k < paths.pathCount(pair); k++) {
      total += paths.pathFlow(pair, k);
    }
    double x = u * total;
    for (int k = 0; k < paths.pathCount(pair); k++) {
      x -= paths.pathFlow(pair, k);
      if (x < 0) {
        return k;
      }
    }
    return paths.pathCount(pair) - 1;
  }
}
