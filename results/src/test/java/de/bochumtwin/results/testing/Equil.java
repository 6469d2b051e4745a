package de.bochumtwin.results.testing;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.List;

/**
 * The first links of MATSim's equil network (examples/scenarios/equil/network.xml), typed by hand:
 * nodes 1, 2, 3, 4, 12, 13, 14, 15 and the links 1, 2, 3, 11, 12, 20, 21, 22, 23 that form two loops
 * 1 -> 2 -> {3|4} -> 12 -> 13 -> 14 -> 15 -> 1. Capacities are per hour (capperiod 01:00:00).
 */
public final class Equil {
  private Equil() {}

  public static Network network(String crs) {
    NetworkBuilder b = new NetworkBuilder().withName("equil test network").withCrs(crs);
    b.addNode("1", -20000, 0);
    b.addNode("2", -15000, 0);
    b.addNode("3", -865, 5925);
    b.addNode("4", -2498, 4331);
    b.addNode("12", 0, 0);
    b.addNode("13", 5000, 0);
    b.addNode("14", 5000, -10000);
    b.addNode("15", -20000, -10000);
    List<String> car = List.of("car");
    b.addLink("1", "1", "2", 10000, 27.78, 36000, 1, car, null, null);
    b.addLink("2", "2", "3", 10000, 27.78, 3600, 1, car, null, null);
    b.addLink("3", "2", "4", 10000, 27.78, 3600, 1, car, null, null);
    b.addLink("11", "3", "12", 5000, 27.78, 1000, 1, car, null, null);
    b.addLink("12", "4", "12", 5000, 27.78, 1000, 1, car, "residential", "w12");
    b.addLink("20", "12", "13", 10000, 27.78, 36000, 1, List.of("car", "bus"), "primary", "w20");
    b.addLink("21", "13", "14", 10000, 27.78, 36000, 1, car, null, null);
    b.addLink("22", "14", "15", 35000, 27.78, 36000, 1, car, null, null);
    b.addLink("23", "15", "1", 10000, 27.78, 36000, 1, car, null, null);
    return b.build();
  }
}
