package de.bochumtwin.core.assignment;

/**
 * Assigned link flows as columns, one row per link in network order: from-node id, to-node id,
 * volume, travel time {@code cost = t_a(volume)} (BPR, in the network's time unit) and the
 * generalized cost {@code c_a(volume)} that travellers minimised (equal to cost unless the network
 * has toll or distance weights). This is the table that flows.csv and the Parquet output write.
 */
public final class LinkFlowTable {
  private final String[] fromNodeId;
  private final String[] toNodeId;
  private final double[] volume;
  private final double[] cost;
  private final double[] generalizedCost;

  LinkFlowTable(String[] fromNodeId, String[] toNodeId, double[] volume, double[] cost, double[] generalizedCost) {
    this.fromNodeId = fromNodeId;
    this.toNodeId = toNodeId;
    this.volume = volume;
    this.cost = cost;
    this.generalizedCost = generalizedCost;
  }

  public int size() {
    return volume.length;
  }

  /** The link index in the {@link AssignmentNetwork} (rows are in link order). */
  public int link(int row) {
    return row;
  }

  public String fromNodeId(int row) {
    return fromNodeId[row];
  }

  public String toNodeId(int row) {
    return toNodeId[row];
  }

  public double volume(int row) {
    return volume[row];
  }

  /** BPR travel time at the assigned volume. */
  public double cost(int row) {
    return cost[row];
  }

  public double generalizedCost(int row) {
    return generalizedCost[row];
  }
}
