/**
 * Static PNG charts of run results, rendered headless with JFreeChart (LGPL-2.1, used as a library).
 * Charts are written atomically enough for reports: one file per call, overwritten if present.
 */
package de.bochumtwin.results.charts;
