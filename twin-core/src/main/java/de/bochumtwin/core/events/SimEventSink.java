package de.bochumtwin.core.events;

/**
 * Receives the mobsim's events, in time order, as primitive arguments: no event objects are allocated
 * in the simulation step loop. Method names follow MATSim's event types (the {@code type} attribute in
 * an events file is given in each method's doc). All times are integer seconds, all entities dense
 * indices that {@link EventIds} maps to ids. Implementations must not throw for events they ignore;
 * every method defaults to doing nothing.
 *
 * <p>A sink is called from the simulation thread only, never concurrently.
 */
public interface SimEventSink {
  /** Called once before the first event of a mobsim run. */
  default void begin(EventIds ids) {}

  /** {@code actend}. */
  default void activityEnd(int time_s, int person, int link, int actType) {}

  /** {@code departure}. */
  default void departure(int time_s, int person, int link, int mode) {}

  /** {@code PersonEntersVehicle}. */
  default void personEntersVehicle(int time_s, int person, int vehicle) {}

  /** {@code vehicle enters traffic} (relativePosition 1.0: the vehicle starts at the end of the link). */
  default void vehicleEntersTraffic(int time_s, int person, int link, int vehicle, int mode) {}

  /** {@code left link}. */
  default void linkLeave(int time_s, int link, int vehicle) {}

  /** {@code entered link}. */
  default void linkEnter(int time_s, int link, int vehicle) {}

  /** {@code vehicle leaves traffic}. */
  default void vehicleLeavesTraffic(int time_s, int person, int link, int vehicle, int mode) {}

  /**
   * A completed link traversal (no event type of its own in an events file: it is derived). Called right
   * after {@link #linkLeave} of {@code link} by a vehicle that entered that link by {@link #linkEnter}
   * at {@code enter_s}, before any other event; the travel time is {@code leave_s - enter_s}. The
   * departure link of a trip (left without having been entered: the vehicle started at its end) is
   * never traversed, and a vehicle that parks on a link ends there with
   * {@link #arrivalLinkTraversed}, not with this method.
   *
   * <p>Lets handlers that need the enter time (travel times, warm emissions) do without their own
   * per-vehicle "entered link at time t" state, which costs a cache miss per event. Offline sources (an
   * events file) derive it with {@link EventSinks#withTraversals}.
   */
  default void linkTraversed(int leave_s, int link, int vehicle, int enter_s) {}

  /**
   * The vehicle drove to its arrival link, entered at {@code enter_s}, and parked there at {@code time_s}.
   * Called right after {@link #vehicleLeavesTraffic} when the arrival link was entered by {@link #linkEnter}
   * (never for a route of one link, which starts and ends on the same link without entering it). MATSim's
   * warm emissions count this as a full traversal of the link; travel time statistics do not (the vehicle
   * stopped part-way), which is why it is separate from {@link #linkTraversed}.
   */
  default void arrivalLinkTraversed(int time_s, int link, int vehicle, int enter_s) {}

  /** {@code PersonLeavesVehicle}. */
  default void personLeavesVehicle(int time_s, int person, int vehicle) {}

  /** {@code travelled}: the distance of a teleported leg, emitted just before its arrival. */
  default void teleported(int time_s, int person, double distance_m, int mode) {}

  /** {@code arrival}. */
  default void arrival(int time_s, int person, int link, int mode) {}

  /** {@code actstart}. */
  default void activityStart(int time_s, int person, int link, int actType) {}

  /** {@code stuckAndAbort}: the agent is removed from the simulation (link -1 when not on the network). */
  default void stuckAndAbort(int time_s, int person, int link, int mode) {}

  /** Called once after the last event, with the time the simulation stopped. */
  default void end(int time_s) {}
}
