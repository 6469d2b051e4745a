/**
 * Readers for static-assignment inputs: the TNTP text formats of the "Transportation Networks for
 * Research" collection ({@code _net.tntp}, {@code _trips.tntp}, {@code _flow.tntp}) and an OD matrix
 * CSV ({@code origin,destination,volume}).
 *
 * <p>TNTP conventions handled: a metadata header of {@code <KEY> value} lines closed by
 * {@code <END OF METADATA>}; comment lines starting with {@code ~}; data lines ending with {@code ;};
 * 1-based integer node ids; zones are nodes {@code 1..<NUMBER OF ZONES>}; nodes below
 * {@code <FIRST THRU NODE>} are not through nodes; trips as {@code Origin o} blocks of
 * {@code d : volume;} pairs, several per line allowed. Units are taken as given (Sioux Falls: time in
 * 0.01 h, flows in vehicles per hour-like period). Every error names the file and line
 * ({@link de.bochumtwin.scenarios.tntp.TntpFormatException}).
 */
package de.bochumtwin.scenarios.tntp;
