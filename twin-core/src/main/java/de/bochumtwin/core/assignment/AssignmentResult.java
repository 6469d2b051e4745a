package de.bochumtwin.core.assignment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Outcome of a {@link StaticAssignment} run: link flows, the convergence history, whether the
 * target gap was reached, and (path-based method only) the equilibrium {@link PathSet}.
 */
public final class AssignmentResult {
  private final AssignmentNetwork network;
  private final AssignmentSettings settings;
  private final double[] flow;
  private final ConvergenceHistory history;
  private final boolean converged;
  private final PathSet paths;

  AssignmentResult(AssignmentNetwork network, AssignmentSettings settings, double[] flow,
      ConvergenceHistory history, boolean converged, PathSet paths) {
    this.network = network;
    this.settings = settings;
    this.flow = Arrays.copyOf(flow, flow.length);
    this.history = history;
    this.converged = converged;
    this.paths = paths;
  }

  public AssignmentSettings settings() {
    return settings;
  }

  public double flow(int link) {
    return flow[link];
  }

  /** A copy of the link flows. */
  public double[] flows() {
    return Arrays.copyOf(flow, flow.length);
  }

  public ConvergenceHistory history() {
    return history;
  }

  /** Iterations done after the initial all-or-nothing assignment. */
  public int iterations() {
    return history.size() - 1;
  }

  public double relativeGap() {
    return history.lastRelativeGap();
  }

  /** True when the relative gap reached the target before the iteration limit. */
  public boolean converged() {
    return converged;
  }

  /** The used paths per OD pair; present only for the path-based method. */
  public Optional<PathSet> pathSet() {
    return Optional.ofNullable(paths);
  }

  /** Flows and costs as a column table in link order (ids from the network's boundary table). */
  public LinkFlowTable linkFlowTable() {
    int l = network.linkCount();
    String[] f = new String[l];
    String[] t = new String[l];
    double[] tt = new double[l];
    double[] gc = new double[l];
    for (int a = 0; a < l; a++) {
      f[a] = network.nodeId(network.from(a));
      t[a] = network.nodeId(network.to(a));
      tt[a] = network.travelTime(a, flow[a]);
      gc[a] = network.cost(a, flow[a]);
    }
    return new LinkFlowTable(f, t, Arrays.copyOf(flow, l), tt, gc);
  }
}
