package de.bochumtwin.core.population;

/** An element of a plan: an {@link Activity} or a {@link Leg}; plans alternate activity, leg, activity. */
public sealed interface PlanElement permits Activity, Leg {}
