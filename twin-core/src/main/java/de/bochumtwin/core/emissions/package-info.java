/**
 * Road-traffic emissions computed from the event stream, with MATSim's emissions-contrib semantics
 * (HBEFA factor tables, AverageSpeed traffic situations, cold starts by parking time and distance).
 *
 * <p>Flow: {@link de.bochumtwin.core.emissions.EmissionFactorTables} (in-memory tables, read by
 * {@code scenarios/hbefa}) plus the fleet's {@link de.bochumtwin.core.emissions.EmissionClass}es and the
 * network's road types are resolved once by {@link de.bochumtwin.core.emissions.EmissionModel} into dense
 * primitive arrays; every missing factor is reported at once before any event is processed.
 * {@link de.bochumtwin.core.emissions.EmissionHandler} is a {@code SimEventSink} that then only indexes
 * those arrays: nothing is allocated per event (arrays grow only when a new vehicle index or hour
 * appears).
 *
 * <p>Invariants: emissions are never negative (negative table values are rejected or, on request,
 * clamped and counted); the same events give the same totals online (during the mobsim) and offline
 * (from an events file), because both paths call the same handler in the same event order.
 *
 * <p>Units: factors in grams per vehicle-km (warm) or grams per cold start (cold), speeds in km/h
 * as in HBEFA, lengths in metres, times in integer seconds, outputs in grams (particle number PN in
 * particles, energy FC_MJ in MJ: both as the table gives them per km).
 */
package de.bochumtwin.core.emissions;
