package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Vehicles that cross Bochum on the motorways without stopping, from through-traffic.csv (vehicles per
 * day between two gateways, 100 %, both directions; estimates whose basis is in docs/data-sources.md).
 *
 * <p>Vehicles are numbered pair by pair in file order; within a pair even numbers travel from -> to and
 * odd numbers to -> from, so at 100 % every pair and direction gets exactly its vehicles. A vehicle's
 * plan is one car trip: {@value #ENTRY} at the entry gateway's inbound link (ending at the departure
 * time), then {@value #EXIT} at the exit gateway's outbound link. A share of the vehicles
 * ({@code through_freight_share}) are heavy goods vehicles, simulated as cars with
 * {@code subpopulation=freight}; they depart by the {@code other} purpose's hourly distribution (it
 * contains the reference's commercial transport trips), the other vehicles half by the commuters'
 * outbound ({@code work}) and half by their return ({@code home}) distribution. Immutable.
 */
final class ThroughTraffic {
  static final String ENTRY = "through_in";
  static final String EXIT = "through_out";
  private static final Leg CAR = Leg.of("car").withRoutingMode("car");

  private final List<Gateway> gateways;
  private final int[] from;
  private final int[] to;
  /** vehiclesEnd[p]: vehicles of pairs 0..p (100 %). */
  private final long[] vehiclesEnd;
  private final double freightShare;
  private final HourlyDistribution hours;

  private ThroughTraffic(List<Gateway> gateways, int[] from, int[] to, long[] vehiclesEnd, double freightShare,
      HourlyDistribution hours) {
    this.gateways = gateways;
    this.from = from;
    this.to = to;
    this.vehiclesEnd = vehiclesEnd;
    this.freightShare = freightShare;
    this.hours = hours;
  }

  /** Reads through-traffic.csv; gateway ids must be in gateways.csv and the two ends of a pair differ. */
  static ThroughTraffic load(BochumScenario s, HourlyDistribution hours) {
    CsvTable t = CsvTable.load("through-traffic.csv");
    int n = t.rowCount();
    int[] from = new int[n];
    int[] to = new int[n];
    long[] end = new long[n];
    long sum = 0;
    for (int r = 0; r < n; r++) {
      from[r] = gatewayIndex(s, t, r, "from");
      to[r] = gatewayIndex(s, t, r, "to");
      if (from[r] == to[r]) {
        throw t.error(r, "from and to are the same gateway; through traffic must leave by another gateway");
      }
      int v = t.getInt(r, "vehicles_per_day");
      if (v < 0) {
        throw t.error(r, "vehicles_per_day must not be negative");
      }
      sum += v;
      end[r] = sum;
    }
    double freight = s.fact("through_freight_share");
    if (!(freight >= 0 && freight <= 1)) {
      throw new IllegalArgumentException("population-facts.csv: through_freight_share must be in [0, 1]; got " + freight);
    }
    return new ThroughTraffic(s.gateways(), from, to, end, freight, hours);
  }

  private static int gatewayIndex(BochumScenario s, CsvTable t, int r, String column) {
    String id = t.get(r, column);
    for (int g = 0; g < s.gateways().size(); g++) {
      if (s.gateways().get(g).id().equals(id)) {
        return g;
      }
    }
    throw t.error(r, "column '" + column + "': '" + id + "' is not a gateway node of gateways.csv");
  }

  /** Through vehicles per day at 100 %. */
  long total() {
    return vehiclesEnd.length == 0 ? 0 : vehiclesEnd[vehiclesEnd.length - 1];
  }

  /** Vehicle {@code k} (0 <= k < total) with its own random stream {@code rng}. */
  Person vehicle(long k, SplittableRandom rng) {
    int p = 0;
    while (vehiclesEnd[p] <= k) {
      p++;
    }
    long local = k - (p == 0 ? 0 : vehiclesEnd[p - 1]);
    boolean forward = (local & 1) == 0;
    Gateway in = gateways.get(forward ? from[p] : to[p]);
    Gateway out = gateways.get(forward ? to[p] : from[p]);
    boolean freight = rng.nextDouble() < freightShare;
    double u = rng.nextDouble();
    String timing = freight ? ChainBuilder.OTHER : rng.nextDouble() < 0.5 ? ChainBuilder.WORK : ChainBuilder.HOME;
    int departure_s = hours.sample(timing, u);
    Plan plan = Plan.of(List.of(Activity.of(ENTRY, in.inLink(), in.x_m(), in.y_m()).withEndTime(departure_s), CAR,
        Activity.of(EXIT, out.outLink(), out.x_m(), out.y_m())));
    Person person = Person.of("t" + k, Map.of("subpopulation", freight ? "freight" : "through", "age_group", "-",
        "employment", "-", "carAvail", "always", "zone", "outside", "district", "outside", "commuter", "through",
        "direction", in.id(), "exit", out.id()));
    person.addPlan(plan, true);
    return person;
  }
}
