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
