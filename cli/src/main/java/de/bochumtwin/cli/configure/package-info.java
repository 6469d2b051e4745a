/**
 * Wiring by hand: turns command-line options and config files into the core's immutable settings,
 * loads the inputs, and runs the loop with the output writers attached. No dependency injection.
 */
package de.bochumtwin.cli.configure;
