/**
 * A tiny streaming JSON writer for the files a run leaves behind ({@code run.json}, GeoParquet
 * {@code geo} metadata). Hand-written on purpose: the results module must not pull Jackson for a few
 * kilobytes of output. Output is UTF-8 text conforming to RFC 8259; non-finite numbers are rejected.
 */
package de.bochumtwin.results.json;
