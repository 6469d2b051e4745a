/**
 * Event handlers that turn a mobsim run into tables (legs, hourly link volumes) as primitive columns;
 * results/ writes them to Parquet.
 */
package de.bochumtwin.core.analysis;
