/**
 * Routing for the agent loop: time-dependent least-cost paths on the road network and the plan
 * router that turns legs into routes. Pure computation, no I/O.
 *
 * <ul>
 *   <li>{@link de.bochumtwin.core.router.TravelTimes}: link travel time as a function of the link
 *       enter time, with a time-independent lower bound. {@link de.bochumtwin.core.router.FreespeedTravelTimes}
 *       is free flow; {@link de.bochumtwin.core.router.BinnedTravelTimes} is measured by
 *       {@link de.bochumtwin.core.router.TravelTimeRecorder} from mobsim events (MATSim's
 *       TravelTimeCalculator semantics, made FIFO-consistent).
 *   <li>{@link de.bochumtwin.core.router.AltPathCalculator}: A* with landmarks
 *       ({@link de.bochumtwin.core.router.Landmarks}, ALT); {@link de.bochumtwin.core.router.DijkstraReference}
 *       is the slow, obviously correct reference used in tests.
 *   <li>{@link de.bochumtwin.core.router.PlanRouter} routes one plan,
 *       {@link de.bochumtwin.core.router.ParallelRouting} a whole population on N threads.
 * </ul>
 *
 * <p>Invariants: travel times are FIFO (entering a link later never means leaving it earlier), so
 * label-setting search with travel time as cost is exact; every lower bound ({@code minTravelTime_s},
 * {@code minLinkDisutility}) holds at every time of day, which keeps the landmark heuristic admissible
 * and consistent for time-dependent costs. Preprocessed data ({@code Landmarks}, {@code TravelTimes})
 * is immutable and shared between threads; search state lives in per-thread query objects.
 *
 * <p>Units: times in seconds since scenario start (double inside the search, int in plans), lengths
 * in metres, costs in the unit of the {@link de.bochumtwin.core.router.TravelDisutility} (seconds for
 * the default travel-time cost). Nodes and links are dense network indices. See docs/routing.md.
 */
package de.bochumtwin.core.router;
