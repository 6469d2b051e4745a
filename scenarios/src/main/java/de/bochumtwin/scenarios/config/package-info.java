/**
 * MATSim's config file format (config_v2: modules with params and parameter sets), read into a plain
 * tree with the line of every entry, so that the CLI can translate it into settings and report every
 * unknown or unsupported option with its location. Our own run configuration uses the same format.
 */
package de.bochumtwin.scenarios.config;
