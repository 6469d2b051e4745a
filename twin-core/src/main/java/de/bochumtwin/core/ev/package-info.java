/**
 * Electric vehicles: battery state of charge (SoC), energy use, chargers with limited plugs, charging
 * behaviour and the day's charging sessions, computed from the mobsim's event stream.
 *
 * <p>Pieces: {@link de.bochumtwin.core.ev.EvType} (battery, mass, charger compatibility) and
 * {@link de.bochumtwin.core.ev.EvFleet} (which vehicle is which type, initial SoC, home charger);
 * {@link de.bochumtwin.core.ev.OhdeSlaski} (drive and auxiliary power) and
 * {@link de.bochumtwin.core.ev.FastThenSlowCurve} (charging power tapering with SoC);
 * {@link de.bochumtwin.core.ev.Chargers} (the charging infrastructure);
 * {@link de.bochumtwin.core.ev.ChargingPlanner} (plan-ahead choice of where to charge, before the mobsim)
 * producing a {@link de.bochumtwin.core.ev.ChargingPlan}; {@link de.bochumtwin.core.ev.ChargingHandler}
 * (the event sink that discharges on every link and runs plugs and FIFO queues as a discrete-event
 * simulation, chooses a free plug first among the candidates, adds reactive fast charging for vehicles
 * that park below the critical SoC, and scores the walk between charger and activity) producing an
 * {@link de.bochumtwin.core.ev.EvRunResult}.
 *
 * <p>Units: energy in kWh (SoC is an absolute energy {@code soc_kWh}, not a fraction, unless a name says
 * {@code Soc} and documents a fraction), power in kW (W only where a name says {@code _W}), times in
 * integer seconds since scenario start, speeds in m/s, walk times in s, temperature in degrees Celsius, money in EUR.
 *
 * <p>Invariants: {@code 0 <= soc_kWh <= capacity_kWh} for every vehicle at every event; per vehicle
 * {@code charged = consumed + (endSoc - startSoc)} where {@code consumed} is energy drawn from the battery
 * (energy needed after the battery is empty is counted separately as unserved). Vehicle indices are the
 * mobsim's vehicle indices (one vehicle per person, same index). No randomness except the seeded draws
 * in {@link de.bochumtwin.core.ev.EvFleet#draw}. See docs/ev.md.
 */
package de.bochumtwin.core.ev;
