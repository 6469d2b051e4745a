package de.bochumtwin.core.mobsim;

import de.bochumtwin.core.population.Time;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the queue mobsim, with MATSim's QSim defaults. Immutable; build with {@link #builder()}.
 *
 * <ul>
 *   <li>{@code flowCapacityFactor}, {@code storageCapacityFactor}: 1.0; set both to the sample share
 *       (0.1 for a 10 % population) so a sample sees the same congestion as the full population.
 *   <li>{@code stuckTime_s}: 10 s. A vehicle that heads a link's buffer for longer than this is moved
 *       on even if the next link is full (or, with {@code removeStuckVehicles}, aborted).
 *   <li>{@code effectiveCellSize_m}: 7.5 m of lane per vehicle (storage = length x lanes / cell size).
 *   <li>{@code endTime_s}: {@link Time#UNDEFINED} = run until every agent has finished its plan;
 *       agents still travelling at a defined end time are aborted as stuck.
 *   <li>{@code networkModes}: modes driven on the network ({@code car}); every other mode is teleported
 *       with its {@link TeleportedModeParams} (walk, bike, pt by default, see {@link #defaultTeleported()}).
 * </ul>
 */
public final class MobsimSettings {
  private final double flowCapacityFactor;
  private final double storageCapacityFactor;
  private final int stuckTime_s;
  private final boolean removeStuckVehicles;
  private final double effectiveCellSize_m;
  private final int endTime_s;
  private final Set<String> networkModes;
  private final Map<String, TeleportedModeParams> teleported;
  private final long seed;

  private MobsimSettings(Builder b) {
    if (!(b.flowCapacityFactor > 0) || !(b.storageCapacityFactor > 0)) {
      throw new IllegalArgumentException("capacity factors must be > 0, got flow " + b.flowCapacityFactor + ", storage " + b.storageCapacityFactor);
    }
    if (b.stuckTime_s < 1) {
      throw new IllegalArgumentException("stuckTime must be >= 1 s, got " + b.stuckTime_s);
    }
    if (!(b.effectiveCellSize_m > 0)) {
      throw new IllegalArgumentException("effectiveCellSize must be > 0 m, got " + b.effectiveCellSize_m);
    }
    this.flowCapacityFactor = b.flowCapacityFactor;
    this.storageCapacityFactor = b.storageCapacityFactor;
    this.stuckTime_s = b.stuckTime_s;
    this.removeStuckVehicles = b.removeStuckVehicles;
    this.effectiveCellSize_m = b.effectiveCellSize_m;
    this.endTime_s = b.endTime_s;
    this.networkModes = Set.copyOf(b.networkModes);
    this.teleported = Map.copyOf(b.teleported);
    this.seed = b.seed;
  }

  /**
   * MATSim's defaults for teleported modes: walk 3 km/h, bike 15 km/h; ours: pt 25 km/h and ride (car
   * passenger) 30 km/h, an urban car speed; all with beeline factor 1.3.
   */
  public static Map<String, TeleportedModeParams> defaultTeleported() {
    Map<String, TeleportedModeParams> m = new LinkedHashMap<>();
    m.put("walk", new TeleportedModeParams(3.0 / 3.6, 1.3));
    m.put("bike", new TeleportedModeParams(15.0 / 3.6, 1.3));
    m.put("pt", new TeleportedModeParams(25.0 / 3.6, 1.3));
    m.put("ride", new TeleportedModeParams(30.0 / 3.6, 1.3));
    return m;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.flowCapacityFactor = flowCapacityFactor;
    b.storageCapacityFactor = storageCapacityFactor;
    b.stuckTime_s = stuckTime_s;
    b.removeStuckVehicles = removeStuckVehicles;
    b.effectiveCellSize_m = effectiveCellSize_m;
    b.endTime_s = endTime_s;
    b.networkModes = networkModes;
    b.teleported = new LinkedHashMap<>(teleported);
    b.seed = seed;
    return b;
  }

  public double flowCapacityFactor() {
    return flowCapacityFactor;
  }

  public double storageCapacityFactor() {
    return storageCapacityFactor;
  }

  public int stuckTime_s() {
    return stuckTime_s;
  }

  public boolean removeStuckVehicles() {
    return removeStuckVehicles;
  }

  public double effectiveCellSize_m() {
    return effectiveCellSize_m;
  }

  public int endTime_s() {
    return endTime_s;
  }

  public Set<String> networkModes() {
    return networkModes;
  }

  public Map<String, TeleportedModeParams> teleported() {
    return teleported;
  }

  /** Seed of the node-transition random draws (capacity-weighted choice of the next in-link). */
  public long seed() {
    return seed;
  }

  /** Builder with MATSim's defaults. */
  public static final class Builder {
    private double flowCapacityFactor = 1.0;
    private double storageCapacityFactor = 1.0;
    private int stuckTime_s = 10;
    private boolean removeStuckVehicles = false;
    private double effectiveCellSize_m = 7.5;
    private int endTime_s = Time.UNDEFINED;
    private Set<String> networkModes = Set.of("car");
    private Map<String, TeleportedModeParams> teleported = defaultTeleported();
    private long seed = 4711;

    public Builder withFlowCapacityFactor(double f) {
      this.flowCapacityFactor = f;
      return this;
    }

    public Builder withStorageCapacityFactor(double f) {
      this.storageCapacityFactor = f;
      return this;
    }

    /** Sets flow and storage capacity factor to the share of the population simulated. */
    public Builder withSample(double share) {
      this.flowCapacityFactor = share;
      this.storageCapacityFactor = share;
      return this;
    }

    public Builder withStuckTime_s(int s) {
      this.stuckTime_s = s;
      return this;
    }

    public Builder withRemoveStuckVehicles(boolean b) {
      this.removeStuckVehicles = b;
      return this;
    }

    public Builder withEffectiveCellSize_m(double m) {
      this.effectiveCellSize_m = m;
      return this;
    }

    public Builder withEndTime_s(int t) {
      this.endTime_s = t;
      return this;
    }

    public Builder withNetworkModes(Set<String> modes) {
      this.networkModes = Set.copyOf(modes);
      return this;
    }

    public Builder withTeleportedMode(String mode, TeleportedModeParams p) {
      this.teleported.put(mode, p);
      return this;
    }

    public Builder withSeed(long seed) {
      this.seed = seed;
      return this;
    }

    public MobsimSettings build() {
      return new MobsimSettings(this);
    }
  }
}
