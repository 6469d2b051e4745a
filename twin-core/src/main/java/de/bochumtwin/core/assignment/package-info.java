/**
 * Static user-equilibrium traffic assignment (sketch planning and warm starts for the agent loop).
 *
 * <p>Inputs are an {@link de.bochumtwin.core.assignment.AssignmentNetwork} (directed links with BPR
 * volume-delay functions, CSR adjacency, zones that may be barred from through traffic) and an
 * {@link de.bochumtwin.core.assignment.OdMatrix} (sparse origin-destination demand per zone pair).
 * {@link de.bochumtwin.core.assignment.StaticAssignment} solves for link flows with Frank-Wolfe,
 * conjugate or bi-conjugate Frank-Wolfe, or path-based gradient projection.
 *
 * <p>Invariants: every array is indexed by dense {@code int} link, node or zone indices; external
 * node ids live only in {@link de.bochumtwin.core.assignment.AssignmentNetwork#nodeId(int)}. Results
 * do not depend on the thread count: origins are processed in fixed blocks and partial sums are
 * reduced in block order.
 *
 * <p>Units: the time unit of a network is whatever its free-flow times are given in (TNTP files:
 * as in the file, Sioux Falls uses 0.01 h; networks converted from a MATSim network: seconds).
 * Flows and capacities share one unit of vehicles per period (TNTP: as in the file; MATSim: veh/h).
 * Costs are in the time unit; toll and length enter the generalized cost through the network's
 * toll and distance factors. The relative gap is {@code (TSTT - SPTT) / TSTT}, see
 * {@link de.bochumtwin.core.assignment.ConvergenceHistory}.
 */
package de.bochumtwin.core.assignment;
