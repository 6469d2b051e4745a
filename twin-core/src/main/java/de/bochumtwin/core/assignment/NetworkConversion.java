package de.bochumtwin.core.assignment;

import de.bochumtwin.core.network.Network;

/**
 * Builds an {@link AssignmentNetwork} from a simulation {@link Network} (e.g. read from a MATSim
 * network file).
 *
 * <p>Conventions: free-flow time = length / freespeed in seconds; capacity in vehicles per hour (so
 * OD volumes are vehicles per hour); BPR alpha and beta as given (0.15 and 4 are the classic
 * defaults); length in metres; no tolls; link type 0. Every node is a through node and a zone, with
 * zone index = node index, so OD matrices name zones by node id. Only links that allow
 * {@code mode} are kept.
 */
public final class NetworkConversion {
  /** Classic BPR parameters (Bureau of Public Roads, 1964). */
  public static final double DEFAULT_ALPHA = 0.15;
  public static final double DEFAULT_BETA = 4;

  private NetworkConversion() {
  }

  /**
   * @throws IllegalArgumentException naming the link when a kept link has capacity 0
   */
  public static AssignmentNetwork fromNetwork(Network net, String mode, double alpha, double beta) {
    AssignmentNetwork.Builder b = AssignmentNetwork.builder();
    for (int n = 0; n < net.nodeCount(); n++) {
      b.addNode(net.nodeId(n), true);
    }
    for (int n = 0; n < net.nodeCount(); n++) {
      b.addZone(n);
    }
    int bit = net.modes().bit(mode);
    if (bit == 0) {
      throw new IllegalArgumentException("no link of network '" + net.name() + "' allows mode '" + mode
          + "'; check the links' modes attribute");
    }
    for (int a = 0; a < net.linkCount(); a++) {
      if (!net.allowsMode(a, bit)) {
        continue;
      }
      if (!(net.capacity_vph(a) > 0)) {
        throw new IllegalArgumentException("link '" + net.linkId(a) + "' has capacity " + net.capacity_vph(a)
            + " veh/h; the BPR function needs a capacity > 0 (fix the link or remove mode '" + mode + "' from it)");
      }
      b.addLink(net.fromNode(a), net.toNode(a), net.capacity_vph(a), net.length_m(a), net.freespeedTravelTime_s(a),
          alpha, beta, 0, 0);
    }
    return b.build();
  }
}
