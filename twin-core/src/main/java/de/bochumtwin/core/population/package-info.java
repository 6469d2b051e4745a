/**
 * Persons and their plans (activities and legs, MATSim semantics). Activities, legs, routes and plans are
 * immutable values; a {@link de.bochumtwin.core.population.Person} holds the mutable plan memory.
 * Times are int seconds since scenario start ({@link de.bochumtwin.core.population.Time#UNDEFINED} when absent).
 */
package de.bochumtwin.core.population;
