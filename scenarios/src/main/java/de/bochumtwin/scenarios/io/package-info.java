/**
 * File plumbing shared by all scenario readers and writers: {@link de.bochumtwin.scenarios.io.InputException}
 * (file + line + problem + fix; the CLI maps it to exit code 2), opening plain or gzip input
 * ({@link de.bochumtwin.scenarios.io.InputFiles}), a StAX cursor that never touches the network
 * ({@link de.bochumtwin.scenarios.io.XmlInput}), and atomic output ({@link de.bochumtwin.scenarios.io.AtomicOutput}:
 * a target file is either the old one or the complete new one, never half-written).
 * Text is UTF-8; gzip is detected by magic bytes on input and chosen by the {@code .gz} suffix on output.
 */
package de.bochumtwin.scenarios.io;
