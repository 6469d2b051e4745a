/**
 * Charging infrastructure inputs for the EV model ({@code de.bochumtwin.core.ev}): MATSim's chargers file
 * ({@link de.bochumtwin.scenarios.ev.ChargersXml}), a CSV form with coordinates, operator and public flag
 * plus a GeoJSON export ({@link de.bochumtwin.scenarios.ev.ChargersCsv}), and the import of the
 * Bundesnetzagentur charging register ({@link de.bochumtwin.scenarios.ev.BnetzaRegister}) with charger
 * coordinates matched to the nearest car link ({@link de.bochumtwin.scenarios.ev.ChargerLinkMatcher},
 * a JTS STRtree).
 *
 * <p>Units: plug power in kW (MATSim's {@code plug_power}; its DTD comment says kWh, the value is a power),
 * coordinates in metres of the network CRS (register coordinates are WGS84 degrees, projected with
 * {@link de.bochumtwin.scenarios.osm.TransverseMercator}), distances in metres. Readers report bad input
 * as {@link de.bochumtwin.scenarios.io.InputException} naming file, line and fix. See docs/ev.md.
 */
package de.bochumtwin.scenarios.ev;
