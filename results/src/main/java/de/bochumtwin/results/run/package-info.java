/**
 * The frame around a run's outputs: {@link de.bochumtwin.results.run.AtomicOutputDir} (all files appear
 * together or not at all), {@link de.bochumtwin.results.run.RunManifest} ({@code run.json}: what went in,
 * with which settings and seed, how long each phase took, what came out) and
 * {@link de.bochumtwin.results.run.Sha256} for input fingerprints.
 *
 * <p>Units: wall times in seconds, sizes in bytes, timestamps ISO-8601 UTC; hashes lowercase hex.
 */
package de.bochumtwin.results.run;
