/**
 * Building blocks of the self-contained HTML run and comparison reports: {@link
 * de.bochumtwin.results.report.HtmlPage} (escaped HTML with inline CSS and images as base64 data URIs,
 * no script, no external resource), {@link de.bochumtwin.results.report.NetworkMap} (the network drawn
 * with JTS geometries and Java2D, coloured by volume or by volume change, with scale bar, north arrow
 * and legend) and {@link de.bochumtwin.results.report.ReportCharts} (JFreeChart bar and line charts).
 *
 * <p>Invariants: every text put into a page is escaped; a page never references anything outside
 * itself, so it opens offline and can be mailed as one file. Pictures are deterministic: the same
 * inputs give the same PNG bytes on the same JDK (fixed size, fixed drawing order, no time stamps).
 * Map coordinates are those of the network CRS (metres for EPSG:25832); volumes are simulated
 * vehicles per day (of the simulated sample).
 */
package de.bochumtwin.results.report;
