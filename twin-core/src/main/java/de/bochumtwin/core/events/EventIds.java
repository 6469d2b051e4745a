package de.bochumtwin.core.events;

/**
 * Turns the dense indices carried by events back into external ids and names. The mobsim hands one to
 * every sink at {@link SimEventSink#begin}; writers use it, analysis handlers mostly don't need it.
 */
public interface EventIds {
  String personId(int person);

  String vehicleId(int vehicle);

  String linkId(int link);

  String mode(int mode);

  String activityType(int actType);

  int modeCount();

  int activityTypeCount();
}
