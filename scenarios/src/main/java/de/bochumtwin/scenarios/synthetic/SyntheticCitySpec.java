package de.bochumtwin.scenarios.synthetic;

/**
 * What {@link SyntheticCity#generate} builds: grid size and spacing, which streets are arterials,
 * the optional ring road, where the city sits, how many agents travel and by which mode. The seed is
 * not part of the spec, so one spec can be drawn with many seeds.
 *
 * <p>The defaults describe a Bochum-sized city (a 60 x 60 grid at 200 m covers 11.8 km x 11.8 km =
 * 139 km², Bochum has 145.7 km²) centred on Bochum's city centre in EPSG:25832; see
 * docs/synthetic-city.md for the reasoning behind each value. Immutable; build with {@link #builder()}
 * or change a copy with {@link #toBuilder()}.
 */
public final class SyntheticCitySpec {
  private final int gridSize;
  private final double spacing_m;
  private final int arterialEvery;
  private final boolean ringRoad;
  private final int ringInset;
  private final int requestedRingInset;
  private final double ringSpeed_kmh;
  private final double centreX_m;
  private final double centreY_m;
  private final int agents;
  private final double carShare;
  private final double walkWeight;
  private final double bikeWeight;
  private final double ptWeight;
  private final double workCentreDecay_m;

  private SyntheticCitySpec(Builder b) {
    require(b.gridSize >= 2, "gridSize must be >= 2 nodes per side, got " + b.gridSize);
    require((long) b.gridSize * b.gridSize <= 4_000_000L, "gridSize " + b.gridSize + " is too large (at most 2000 nodes per side)");
    require(b.spacing_m > 0 && Double.isFinite(b.spacing_m), "spacing_m must be a finite number > 0, got " + b.spacing_m);
    require(b.arterialEvery >= 1, "arterialEvery must be >= 1 (1 makes every street an arterial), got " + b.arterialEvery);
    int inset = b.ringInset >= 0 ? b.ringInset : b.gridSize / 4;
    if (b.ringRoad) {
      require(b.gridSize - 1 - 2 * inset >= 1, "ring road inset " + inset + " leaves no ring on a " + b.gridSize
          + "-node grid; use an inset <= " + ((b.gridSize - 2) / 2) + " or disable the ring road");
    }
    require(b.ringSpeed_kmh > 0 && Double.isFinite(b.ringSpeed_kmh), "ringSpeed_kmh must be > 0, got " + b.ringSpeed_kmh);
    require(Double.isFinite(b.centreX_m) && Double.isFinite(b.centreY_m), "centre coordinate must be finite");
    require(b.agents >= 0, "agents must be >= 0, got " + b.agents);
    require(b.carShare >= 0 && b.carShare <= 1, "carShare must be in [0, 1], got " + b.carShare);
    require(b.walkWeight >= 0 && b.bikeWeight >= 0 && b.ptWeight >= 0, "walk/bike/pt weights must be >= 0");
    require(b.carShare == 1 || b.walkWeight + b.bikeWeight + b.ptWeight > 0,
        "carShare < 1 needs a positive walk, bike or pt weight for the remaining agents");
    require(b.workCentreDecay_m > 0, "workCentreDecay_m must be > 0 (use a large value for uniform workplaces), got "
        + b.workCentreDecay_m);
    this.gridSize = b.gridSize;
    this.spacing_m = b.spacing_m;
    this.arterialEvery = b.arterialEvery;
    this.ringRoad = b.ringRoad;
    this.ringInset = inset;
    this.requestedRingInset = b.ringInset;
    this.ringSpeed_kmh = b.ringSpeed_kmh;
    this.centreX_m = b.centreX_m;
    this.centreY_m = b.centreY_m;
    this.agents = b.agents;
    this.carShare = b.carShare;
    this.walkWeight = b.walkWeight;
    this.bikeWeight = b.bikeWeight;
    this.ptWeight = b.ptWeight;
    this.workCentreDecay_m = b.workCentreDecay_m;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("synthetic city spec: " + message);
    }
  }

  /** The Bochum-sized default: 60 x 60 nodes, 200 m, arterial every 5th street, ring road, 100,000 agents. */
  public static SyntheticCitySpec defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.gridSize = gridSize;
    b.spacing_m = spacing_m;
    b.arterialEvery = arterialEvery;
    b.ringRoad = ringRoad;
    b.ringInset = requestedRingInset;
    b.ringSpeed_kmh = ringSpeed_kmh;
    b.centreX_m = centreX_m;
    b.centreY_m = centreY_m;
    b.agents = agents;
    b.carShare = carShare;
    b.walkWeight = walkWeight;
    b.bikeWeight = bikeWeight;
    b.ptWeight = ptWeight;
    b.workCentreDecay_m = workCentreDecay_m;
    return b;
  }

  /** Nodes per side of the square grid. */
  public int gridSize() {
    return gridSize;
  }

  /** Distance between neighbouring nodes, which is also every link's length. */
  public double spacing_m() {
    return spacing_m;
  }

  /** Rows and columns whose index is a multiple of this are arterials (row 0 and column 0 always are). */
  public int arterialEvery() {
    return arterialEvery;
  }

  public boolean ringRoad() {
    return ringRoad;
  }

  /** The ring runs along rows and columns {@code ringInset} and {@code gridSize - 1 - ringInset}. */
  public int ringInset() {
    return ringInset;
  }

  public double ringSpeed_kmh() {
    return ringSpeed_kmh;
  }

  /** Easting of the grid centre in EPSG:25832. */
  public double centreX_m() {
    return centreX_m;
  }

  /** Northing of the grid centre in EPSG:25832. */
  public double centreY_m() {
    return centreY_m;
  }

  /** Easting of node n0_0 (south-west corner). */
  public double originX_m() {
    return centreX_m - (gridSize - 1) * spacing_m / 2;
  }

  /** Northing of node n0_0 (south-west corner). */
  public double originY_m() {
    return centreY_m - (gridSize - 1) * spacing_m / 2;
  }

  public int agents() {
    return agents;
  }

  /** Probability that an agent drives; the others walk, cycle or take pt in proportion to the weights. */
  public double carShare() {
    return carShare;
  }

  public double walkWeight() {
    return walkWeight;
  }

  public double bikeWeight() {
    return bikeWeight;
  }

  public double ptWeight() {
    return ptWeight;
  }

  /** Workplace weight of a link is exp(-distance to centre / this); homes are uniform over links. */
  public double workCentreDecay_m() {
    return workCentreDecay_m;
  }

  /** The number of directed links the grid has: two per street segment, 4 N (N - 1). */
  public int linkCount() {
    return 4 * gridSize * (gridSize - 1);
  }

  @Override
  public String toString() {
    return "SyntheticCitySpec[grid=" + gridSize + "x" + gridSize + " spacing=" + spacing_m + "m arterialEvery="
        + arterialEvery + " ring=" + (ringRoad ? "inset " + ringInset + " @" + ringSpeed_kmh + "km/h" : "none")
        + " centre=(" + centreX_m + "," + centreY_m + ") agents=" + agents + " carShare=" + carShare
        + " walk:bike:pt=" + walkWeight + ":" + bikeWeight + ":" + ptWeight + " workDecay=" + workCentreDecay_m + "m]";
  }

  /** Collects spec values; {@link #build()} validates them all and names the first bad one. */
  public static final class Builder {
    private int gridSize = 60;
    private double spacing_m = 200;
    private int arterialEvery = 5;
    private boolean ringRoad = true;
    private int ringInset = -1;
    private double ringSpeed_kmh = 70;
    private double centreX_m = 376_000;
    private double centreY_m = 5_705_000;
    private int agents = 100_000;
    private double carShare = 0.70;
    private double walkWeight = 29.8;
    private double bikeWeight = 7.7;
    private double ptWeight = 13.3;
    private double workCentreDecay_m = 2_000;

    private Builder() {}

    public Builder withGridSize(int nodesPerSide) {
      this.gridSize = nodesPerSide;
      return this;
    }

    public Builder withSpacing_m(double spacing_m) {
      this.spacing_m = spacing_m;
      return this;
    }

    public Builder withArterialEvery(int k) {
      this.arterialEvery = k;
      return this;
    }

    /** Turns the ring road on or off; its inset defaults to a quarter of the grid size. */
    public Builder withRingRoad(boolean ringRoad) {
      this.ringRoad = ringRoad;
      return this;
    }

    /** The ring's distance from the grid edge in nodes; a negative value means "gridSize / 4". */
    public Builder withRingInset(int nodes) {
      this.ringInset = nodes;
      return this;
    }

    public Builder withRingSpeed_kmh(double kmh) {
      this.ringSpeed_kmh = kmh;
      return this;
    }

    public Builder withCentre_m(double x_m, double y_m) {
      this.centreX_m = x_m;
      this.centreY_m = y_m;
      return this;
    }

    public Builder withAgents(int agents) {
      this.agents = agents;
      return this;
    }

    public Builder withCarShare(double carShare) {
      this.carShare = carShare;
      return this;
    }

    /** Relative weights of walk, bike and pt among the agents who do not drive. */
    public Builder withNonCarWeights(double walk, double bike, double pt) {
      this.walkWeight = walk;
      this.bikeWeight = bike;
      this.ptWeight = pt;
      return this;
    }

    public Builder withWorkCentreDecay_m(double decay_m) {
      this.workCentreDecay_m = decay_m;
      return this;
    }

    public SyntheticCitySpec build() {
      return new SyntheticCitySpec(this);
    }
  }
}
