/**
 * Vehicle types and vehicles ({@link de.bochumtwin.core.vehicles.VehicleType}, {@link de.bochumtwin.core.vehicles.Vehicles}),
 * following MATSim's vehicle definitions v2. Immutable values with dense int indices in definition order.
 * Units: metres (length, width), metres per second (maximum velocity), passenger car equivalents (pce).
 */
package de.bochumtwin.core.vehicles;
