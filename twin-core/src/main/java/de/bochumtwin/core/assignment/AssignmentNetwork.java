package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * A frozen network for static assignment: one primitive array per link attribute plus CSR
 * out-adjacency, so the shortest-path and line-search loops touch only contiguous arrays.
 *
 * <p>Link cost is the BPR volume-delay function in TNTP's form, plus TNTP's generalized-cost terms:
 * <pre>
 *   t_a(x) = freeFlowTime_a * (1 + alpha_a * (x / capacity_a)^beta_a)
 *   c_a(x) = t_a(x) + tollFactor * toll_a + distanceFactor * length_a
 * </pre>
 * {@code t} is the travel time reported in flow tables; {@code c} is what travellers minimise.
 *
 * <p>Zones are nodes; zone {@code z} sits on node {@link #zoneNode(int)}. A node that is not a
 * through node (TNTP: node id below {@code <FIRST THRU NODE>}) may start or end a path but is never
 * passed through. Instances are immutable and shared between threads. Build with {@link Builder}.
 */
public final class AssignmentNetwork {
  private final String[] nodeIds;
  private final boolean[] through;
  private final int[] zoneNode;
  private final int[] from;
  private final int[] to;
  private final double[] capacity;
  private final double[] length;
  private final double[] freeFlowTime;
  private final double[] alpha;
  private final double[] beta;
  private final double[] toll;
  private final int[] linkType;
  private final double tollFactor;
  private final double distanceFactor;
  private final double[] fixedCost;
  private final int[] outStart;
  private final int[] outLinks;

  private AssignmentNetwork(Builder b, double tollFactor, double distanceFactor) {
    int n = b.nodeCount;
    int l = b.linkCount;
    this.nodeIds = Arrays.copyOf(b.nodeIds, n);
    this.through = Arrays.copyOf(b.through, n);
    this.zoneNode = Arrays.copyOf(b.zoneNode, b.zoneCount);
    this.from = Arrays.copyOf(b.from, l);
    this.to = Arrays.copyOf(b.to, l);
    this.capacity = Arrays.copyOf(b.capacity, l);
    this.length = Arrays.copyOf(b.length, l);
    this.freeFlowTime = Arrays.copyOf(b.fft, l);
    this.alpha = Arrays.copyOf(b.alpha, l);
    this.beta = Arrays.copyOf(b.beta, l);
    this.toll = Arrays.copyOf(b.toll, l);
    this.linkType = Arrays.copyOf(b.type, l);
    this.tollFactor = tollFactor;
    this.distanceFactor = distanceFactor;
    this.fixedCost = new double[l];
    for (int a = 0; a < l; a++) {
      fixedCost[a] = tollFactor * toll[a] + distanceFactor * length[a];
    }
    this.outStart = new int[n + 1];
    for (int a = 0; a < l; a++) {
      outStart[from[a] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
    }
    this.outLinks = new int[l];
    int[] fill = Arrays.copyOf(outStart, n);
    for (int a = 0; a < l; a++) {
      outLinks[fill[from[a]]++] = a;
    }
  }

  /** Same network with other generalized-cost weights (e.g. set on the command line). */
  public AssignmentNetwork withCostWeights(double newTollFactor, double newDistanceFactor) {
    Builder b = new Builder();
    b.nodeIds = nodeIds;
    b.through = through;
    b.nodeCount = nodeIds.length;
    b.zoneNode = zoneNode;
    b.zoneCount = zoneNode.length;
    b.from = from;
    b.to = to;
    b.capacity = capacity;
    b.length = length;
    b.fft = freeFlowTime;
    b.alpha = alpha;
    b.beta = beta;
    b.toll = toll;
    b.type = linkType;
    b.linkCount = from.length;
    return new AssignmentNetwork(b, newTollFactor, newDistanceFactor);
  }

  public int nodeCount() {
    return nodeIds.length;
  }

  public int linkCount() {
    return from.length;
  }

  public int zoneCount() {
    return zoneNode.length;
  }

  public String nodeId(int node) {
    return nodeIds[node];
  }

  /** Whether paths may pass through this node (false for TNTP zones below the first thru node). */
  public boolean isThrough(int node) {
    return through[node];
  }

  public int zoneNode(int zone) {
    return zoneNode[zone];
  }

  public int from(int link) {
    return from[link];
  }

  public int to(int link) {
    return to[link];
  }

  public double capacity(int link) {
    return capacity[link];
  }

  public double length(int link) {
    return length[link];
  }

  public double freeFlowTime(int link) {
    return freeFlowTime[link];
  }

  public double alpha(int link) {
    return alpha[link];
  }

  public double beta(int link) {
    return beta[link];
  }

  public double toll(int link) {
    return toll[link];
  }

  public int linkType(int link) {
    return linkType[link];
  }

  public double tollFactor() {
    return tollFactor;
  }

  public double distanceFactor() {
    return distanceFactor;
  }

  public int outStart(int node) {
    return outStart[node];
  }

  public int outEnd(int node) {
    return outStart[node + 1];
  }

  public int outLinkAt(int pos) {
    return outLinks[pos];
  }

  /** BPR travel time at flow {@code x} (negative round-off flows count as 0). */
  public double travelTime(int a, double x) {
    if (x <= 0 || alpha[a] == 0) {
      return freeFlowTime[a];
    }
    return freeFlowTime[a] * (1 + alpha[a] * pow(x / capacity[a], beta[a]));
  }

  /** Generalized cost {@code c_a(x)}: travel time plus the weighted toll and length. */
  public double cost(int a, double x) {
    return travelTime(a, x) + fixedCost[a];
  }

  /** {@code dc_a/dx} at {@code x}; used as the diagonal Hessian by the conjugate and path-based methods. */
  public double costDerivative(int a, double x) {
    double b = beta[a];
    if (alpha[a] == 0 || b == 0) {
      return 0;
    }
    if (b == 1) {
      return freeFlowTime[a] * alpha[a] / capacity[a];
    }
    if (x <= 0) {
      return 0;
    }
    return freeFlowTime[a] * alpha[a] * b / capacity[a] * pow(x / capacity[a], b - 1);
  }

  /** Beckmann term {@code integral_0^x c_a(s) ds}. */
  public double costIntegral(int a, double x) {
    if (x <= 0) {
      return 0;
    }
    double t = freeFlowTime[a] * x;
    if (alpha[a] != 0) {
      t += freeFlowTime[a] * alpha[a] * capacity[a] / (beta[a] + 1) * pow(x / capacity[a], beta[a] + 1);
    }
    return t + fixedCost[a] * x;
  }

  /** Fills {@code cost[a] = c_a(flow[a])} for every link. */
  public void costs(double[] flow, double[] cost) {
    for (int a = 0; a < from.length; a++) {
      cost[a] = cost(a, flow[a]);
    }
  }

  /** Beckmann objective {@code sum_a integral_0^{x_a} c_a}. */
  public double objective(double[] flow) {
    double s = 0;
    for (int a = 0; a < from.length; a++) {
      s += costIntegral(a, flow[a]);
    }
    return s;
  }

  /** Exact fast paths for the common integer powers; Math.pow otherwise. Deterministic either way. */
  static double pow(double r, double p) {
    if (p == 4) {
      double r2 = r * r;
      return r2 * r2;
    }
    if (p == 1) {
      return r;
    }
    if (p == 2) {
      return r * r;
    }
    if (p == 5) {
      double r2 = r * r;
      return r2 * r2 * r;
    }
    if (p == 0) {
      return 1;
    }
    return Math.pow(r, p);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects nodes, zones and links; validates each value as it is added. */
  public static final class Builder {
    private String[] nodeIds = new String[16];
    private boolean[] through = new boolean[16];
    private int nodeCount;
    private int[] zoneNode = new int[16];
    private int zoneCount;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] capacity = new double[16];
    private double[] length = new double[16];
    private double[] fft = new double[16];
    private double[] alpha = new double[16];
    private double[] beta = new double[16];
    private double[] toll = new double[16];
    private int[] type = new int[16];
    private int linkCount;
    private double tollFactor;
    private double distanceFactor;

    private Builder() {
    }

    public int nodeCount() {
      return nodeCount;
    }

    /** Adds a node and returns its index; {@code through=false} bars paths from passing it. */
    public int addNode(String id, boolean isThrough) {
      if (nodeCount == nodeIds.length) {
        nodeIds = Arrays.copyOf(nodeIds, nodeCount * 2);
        through = Arrays.copyOf(through, nodeCount * 2);
      }
      nodeIds[nodeCount] = id;
      through[nodeCount] = isThrough;
      return nodeCount++;
    }

    /** Declares the next zone (index = number of zones so far) to sit on {@code node}. */
    public int addZone(int node) {
      checkNode(node);
      if (zoneCount == zoneNode.length) {
        zoneNode = Arrays.copyOf(zoneNode, zoneCount * 2);
      }
      zoneNode[zoneCount] = node;
      return zoneCount++;
    }

    /**
     * Adds a directed link with BPR parameters and returns its index.
     *
     * @throws IllegalArgumentException with the offending value and the fix
     */
    public int addLink(int fromNode, int toNode, double cap, double len, double freeFlowTime,
        double bprAlpha, double bprBeta, double linkToll, int linkType) {
      checkNode(fromNode);
      checkNode(toNode);
      require(freeFlowTime >= 0 && Double.isFinite(freeFlowTime), "free-flow time must be finite and >= 0", freeFlowTime);
      require(bprAlpha >= 0 && Double.isFinite(bprAlpha), "BPR alpha (b) must be finite and >= 0", bprAlpha);
      require(bprBeta >= 0 && Double.isFinite(bprBeta), "BPR power must be finite and >= 0", bprBeta);
      require(bprAlpha == 0 || (cap > 0 && Double.isFinite(cap)),
          "capacity must be finite and > 0 when the BPR alpha (b) is not 0", cap);
      require(Double.isFinite(len), "length must be finite", len);
      require(Double.isFinite(linkToll), "toll must be finite", linkToll);
      if (linkCount == from.length) {
        int n = linkCount * 2;
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        capacity = Arrays.copyOf(capacity, n);
        length = Arrays.copyOf(length, n);
        fft = Arrays.copyOf(fft, n);
        alpha = Arrays.copyOf(alpha, n);
        beta = Arrays.copyOf(beta, n);
        toll = Arrays.copyOf(toll, n);
        type = Arrays.copyOf(type, n);
      }
      from[linkCount] = fromNode;
      to[linkCount] = toNode;
      capacity[linkCount] = cap;
      length[linkCount] = len;
      fft[linkCount] = freeFlowTime;
      alpha[linkCount] = bprAlpha;
      beta[linkCount] = bprBeta;
      toll[linkCount] = linkToll;
      type[linkCount] = linkType;
      return linkCount++;
    }

    /** Generalized-cost weights (TNTP: toll factor and distance factor, default 0). */
    public Builder withCostWeights(double tollWeight, double distanceWeight) {
      require(Double.isFinite(tollWeight), "toll factor must be finite", tollWeight);
      require(Double.isFinite(distanceWeight), "distance factor must be finite", distanceWeight);
      this.tollFactor = tollWeight;
      this.distanceFactor = distanceWeight;
      return this;
    }

    public AssignmentNetwork build() {
      return new AssignmentNetwork(this, tollFactor, distanceFactor);
    }

    private void checkNode(int node) {
      if (node < 0 || node >= nodeCount) {
        throw new IllegalArgumentException("node index " + node + " out of range 0.." + (nodeCount - 1) + "; add the node first");
      }
    }

    private static void require(boolean ok, String what, double got) {
      if (!ok) {
        throw new IllegalArgumentException(what + ", got " + got);
      }
    }
  }
}
