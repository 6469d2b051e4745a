package de.bochumtwin.scenarios.ev;

/**
 * One row of the Bundesnetzagentur charging register (a charging device, "Ladeeinrichtung", with one
 * or more charge points), in either published layout.
 *
 * @param id register id (2025 layout: {@code Ladeeinrichtungs-ID}; 2019 layout: {@code row<line>})
 * @param operator operator ({@code Betreiber})
 * @param address street and number, postcode and town as one line
 * @param lat_deg WGS84 latitude
 * @param lon_deg WGS84 longitude
 * @param devicePower_kW the device's connection / nominal power ({@code Anschlussleistung} 2019,
 *     {@code Nennleistung Ladeeinrichtung} 2025)
 * @param maxPointPower_kW highest power of a single charge point ({@code P1..P4 [kW]} 2019,
 *     {@code Nennleistung Stecker1..6} 2025); the device power when no point power is given
 * @param chargePoints number of charge points ({@code Anzahl Ladepunkte}), at least 1
 * @param fast true for a {@code Schnellladeeinrichtung}
 * @param line 1-based line of the row in the file
 */
public record RegisterEntry(String id, String operator, String address, double lat_deg, double lon_deg,
    double devicePower_kW, double maxPointPower_kW, int chargePoints, boolean fast, int line) {}
