package de.bochumtwin.core.population;

/**
 * A teleported route: start and end link (or -1), a distance in metres and a travel time in seconds
 * (either may be undefined: NaN / {@link Time#UNDEFINED}; the mobsim then computes them from the
 * beeline). Immutable.
 */
public record GenericRoute(int startLink, int endLink, double distance_m, int travelTime_s) implements Route {}
