package de.bochumtwin.core.testing;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tiny networks and plans written as text, for feature tests. */
public final class TestScenarios {
  private TestScenarios() {}

  /**
   * Parses lines {@code node ID X Y} and {@code ID FROM TO LENGTH_M SPEED_MPS CAPACITY_VPH LANES}.
   * Nodes not declared are placed at (100 x number, 0).
   */
  public static Network network(String text) {
    NetworkBuilder b = new NetworkBuilder().withName("test");
    List<String[]> links = new java.util.ArrayList<>();
    for (String raw : text.strip().split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f[0].equals("node")) {
        b.addNode(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]));
      } else {
        links.add(f);
      }
    }
    for (String[] f : links) {
      for (String n : new String[] {f[1], f[2]}) {
        if (b.nodeIndex(n) < 0) {
          b.addNode(n, 100.0 * Integer.parseInt(n), 0);
        }
      }
      b.addLink(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          Double.parseDouble(f[6]), List.of("car"), null, null);
    }
    return b.build();
  }

  /** A person going by car from the first to the last link of {@code route} (space-separated link ids). */
  public static Person carCommuter(Network net, String id, int departure_s, String route) {
    int[] links = Arrays.stream(route.trim().split("\\s+")).mapToInt(net::getLinkIndex).toArray();
    double dist = 0;
    for (int i = 1; i < links.length; i++) {
      dist += net.length_m(links[i]);
    }
    Person p = Person.of(id, Map.of());
    p.addPlan(Plan.of(List.of(
        Activity.atLink("h", links[0]).withEndTime(departure_s),
        Leg.of("car").withRoute(NetworkRoute.of(links, dist)),
        Activity.atLink("w", links[links.length - 1]))), true);
    return p;
  }

  public static Population population(Person... persons) {
    Population pop = new Population();
    for (Person p : persons) {
      pop.add(p);
    }
    return pop;
  }
}
