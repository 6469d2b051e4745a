/**
 * The event stream the mobsim emits: {@link de.bochumtwin.core.events.SimEventSink} with one method per
 * MATSim event type and primitive arguments (no allocation per event). File writers live in scenarios/.
 */
package de.bochumtwin.core.events;
