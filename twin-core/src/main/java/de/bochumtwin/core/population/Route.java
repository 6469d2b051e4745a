package de.bochumtwin.core.population;

/**
 * How a leg travels: a {@link NetworkRoute} (a sequence of links driven in the mobsim) or a
 * {@link GenericRoute} (teleported with a distance and travel time).
 */
public sealed interface Route permits NetworkRoute, GenericRoute {
  /** Distance in metres as the route defines it, or NaN if unknown. */
  double distance_m();
}
