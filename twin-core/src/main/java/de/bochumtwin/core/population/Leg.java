package de.bochumtwin.core.population;

import java.util.Objects;

/**
 * A trip leg: a mode, an optional route, and optionally the departure and travel time it had when it
 * was last executed or planned. Immutable.
 */
public final class Leg implements PlanElement {
  private final String mode;
  private final String routingMode;
  private final Route route;
  private final int departureTime_s;
  private final int travelTime_s;

  private Leg(String mode, String routingMode, Route route, int departureTime_s, int travelTime_s) {
    this.mode = Objects.requireNonNull(mode, "leg mode");
    if (mode.isEmpty()) {
      throw new IllegalArgumentException("leg mode must not be empty");
    }
    this.routingMode = routingMode;
    this.route = route;
    this.departureTime_s = departureTime_s;
    this.travelTime_s = travelTime_s;
  }

  public static Leg of(String mode) {
    return new Leg(mode, null, null, Time.UNDEFINED, Time.UNDEFINED);
  }

  public Leg withRoute(Route route) {
    return new Leg(mode, routingMode, route, departureTime_s, travelTime_s);
  }

  public Leg withMode(String mode) {
    return new Leg(mode, routingMode, null, departureTime_s, travelTime_s);
  }

  public Leg withRoutingMode(String routingMode) {
    return new Leg(mode, routingMode, route, departureTime_s, travelTime_s);
  }

  public Leg withDepartureTime(int t_s) {
    return new Leg(mode, routingMode, route, t_s, travelTime_s);
  }

  public Leg withTravelTime(int t_s) {
    return new Leg(mode, routingMode, route, departureTime_s, t_s);
  }

  public String mode() {
    return mode;
  }

  /** The routing mode attribute (MATSim v6), or null. */
  public String routingMode() {
    return routingMode;
  }

  /** The route, or null when the leg has none yet (the router must compute it). */
  public Route route() {
    return route;
  }

  public int departureTime_s() {
    return departureTime_s;
  }

  public int travelTime_s() {
    return travelTime_s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Leg l && l.mode.equals(mode) && Objects.equals(l.route, route)
        && l.departureTime_s == departureTime_s && l.travelTime_s == travelTime_s
        && Objects.equals(l.routingMode, routingMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, route, departureTime_s, travelTime_s);
  }

  @Override
  public String toString() {
    return "Leg[" + mode + " " + route + "]";
  }
}
