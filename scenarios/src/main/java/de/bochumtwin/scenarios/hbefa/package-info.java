/**
 * Reads the HBEFA export tables MATSim's emissions contrib reads (semicolon CSV; average and
 * detailed, warm and cold), provides the open default factor set bundled as resources, and writes
 * emission events in MATSim's format. Errors name the file, the line and the fix; all problems of a
 * file are reported together.
 */
package de.bochumtwin.scenarios.hbefa;
