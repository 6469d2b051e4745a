package de.bochumtwin.core.vehicles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A vehicle type as in MATSim's vehicle definitions v2: size, speed limit, road-space use (passenger
 * car equivalents) and free-form engine attributes (e.g. the HBEFA classification that the emission
 * model needs). Immutable; build with {@link #builder(String)}.
 *
 * <p>Defaults are MATSim's: length 7.5 m, width 1.0 m, no speed limit ({@code +Infinity}), pce 1.0,
 * network mode {@code car}, flow efficiency 1.0, one seat, no standing room; cost fields NaN when absent.
 * Units: metres, metres per second; costs in the scenario's monetary unit per day, metre and second.
 */
public final class VehicleType {
  private final String id;
  private final String description;
  private final int seats;
  private final int standingRoom;
  private final double length_m;
  private final double width_m;
  private final double maxVelocity_mps;
  private final double pce;
  private final String networkMode;
  private final double flowEfficiencyFactor;
  private final double fixedCostsPerDay;
  private final double costsPerMeter;
  private final double costsPerSecond;
  private final Map<String, String> engineAttributes;
  private final Map<String, String> attributes;

  private VehicleType(Builder b) {
    this.id = b.id;
    this.description = b.description;
    this.seats = b.seats;
    this.standingRoom = b.standingRoom;
    this.length_m = b.length_m;
    this.width_m = b.width_m;
    this.maxVelocity_mps = b.maxVelocity_mps;
    this.pce = b.pce;
    this.networkMode = b.networkMode;
    this.flowEfficiencyFactor = b.flowEfficiencyFactor;
    this.fixedCostsPerDay = b.fixedCostsPerDay;
    this.costsPerMeter = b.costsPerMeter;
    this.costsPerSecond = b.costsPerSecond;
    this.engineAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.engineAttributes));
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    requirePositive("length", length_m);
    requirePositive("width", width_m);
    requirePositive("maximum velocity", maxVelocity_mps);
    requirePositive("pce", pce);
    requirePositive("flow efficiency factor", flowEfficiencyFactor);
    if (seats < 0 || standingRoom < 0) {
      throw new IllegalArgumentException("vehicle type '" + id + "': seats and standing room must be >= 0");
    }
    if (networkMode == null || networkMode.isEmpty()) {
      throw new IllegalArgumentException("vehicle type '" + id + "': network mode must not be empty");
    }
  }

  private void requirePositive(String what, double v) {
    if (!(v > 0)) {
      throw new IllegalArgumentException("vehicle type '" + id + "': " + what + " must be > 0, got " + v);
    }
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder preset with all values of this type. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.description = description;
    b.seats = seats;
    b.standingRoom = standingRoom;
    b.length_m = length_m;
    b.width_m = width_m;
    b.maxVelocity_mps = maxVelocity_mps;
    b.pce = pce;
    b.networkMode = networkMode;
    b.flowEfficiencyFactor = flowEfficiencyFactor;
    b.fixedCostsPerDay = fixedCostsPerDay;
    b.costsPerMeter = costsPerMeter;
    b.costsPerSecond = costsPerSecond;
    b.engineAttributes.putAll(engineAttributes);
    b.attributes.putAll(attributes);
    return b;
  }

  public String id() {
    return id;
  }

  /** Free text, or null. */
  public String description() {
    return description;
  }

  public int seats() {
    return seats;
  }

  public int standingRoom() {
    return standingRoom;
  }

  public double length_m() {
    return length_m;
  }

  public double width_m() {
    return width_m;
  }

  /** Maximum speed, {@code +Infinity} when the type has none (the link speed limits alone apply). */
  public double maxVelocity_mps() {
    return maxVelocity_mps;
  }

  /** Passenger car equivalents: the share of link flow and storage capacity one vehicle uses. */
  public double pce() {
    return pce;
  }

  public String networkMode() {
    return networkMode;
  }

  public double flowEfficiencyFactor() {
    return flowEfficiencyFactor;
  }

  public double fixedCostsPerDay() {
    return fixedCostsPerDay;
  }

  public double costsPerMeter() {
    return costsPerMeter;
  }

  public double costsPerSecond() {
    return costsPerSecond;
  }

  /** Engine attributes in source order, e.g. {@code HbefaVehicleCategory -> PASSENGER_CAR}. */
  public Map<String, String> engineAttributes() {
    return engineAttributes;
  }

  /** Other attributes of the type in source order. */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VehicleType t && t.id.equals(id) && Objects.equals(t.description, description)
        && t.seats == seats && t.standingRoom == standingRoom
        && Double.compare(t.length_m, length_m) == 0 && Double.compare(t.width_m, width_m) == 0
        && Double.compare(t.maxVelocity_mps, maxVelocity_mps) == 0 && Double.compare(t.pce, pce) == 0
        && t.networkMode.equals(networkMode) && Double.compare(t.flowEfficiencyFactor, flowEfficiencyFactor) == 0
        && Double.compare(t.fixedCostsPerDay, fixedCostsPerDay) == 0 && Double.compare(t.costsPerMeter, costsPerMeter) == 0
        && Double.compare(t.costsPerSecond, costsPerSecond) == 0
        && t.engineAttributes.equals(engineAttributes) && t.attributes.equals(attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, length_m, pce, networkMode, engineAttributes);
  }

  @Override
  public String toString() {
    return "VehicleType[" + id + " " + networkMode + " pce=" + pce + "]";
  }

  /** Collects the values of a {@link VehicleType}; {@link #build()} validates them. */
  public static final class Builder {
    private final String id;
    private String description;
    private int seats = 1;
    private int standingRoom = 0;
    private double length_m = 7.5;
    private double width_m = 1.0;
    private double maxVelocity_mps = Double.POSITIVE_INFINITY;
    private double pce = 1.0;
    private String networkMode = "car";
    private double flowEfficiencyFactor = 1.0;
    private double fixedCostsPerDay = Double.NaN;
    private double costsPerMeter = Double.NaN;
    private double costsPerSecond = Double.NaN;
    private final Map<String, String> engineAttributes = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(String id) {
      if (id == null || id.isEmpty()) {
        throw new IllegalArgumentException("vehicle type without id");
      }
      this.id = id;
    }

    public Builder withDescription(String d) {
      this.description = d;
      return this;
    }

    public Builder withCapacity(int seats, int standingRoom) {
      this.seats = seats;
      this.standingRoom = standingRoom;
      return this;
    }

    public Builder withLength_m(double v) {
      this.length_m = v;
      return this;
    }

    public Builder withWidth_m(double v) {
      this.width_m = v;
      return this;
    }

    public Builder withMaxVelocity_mps(double v) {
      this.maxVelocity_mps = v;
      return this;
    }

    public Builder withPce(double v) {
      this.pce = v;
      return this;
    }

    public Builder withNetworkMode(String m) {
      this.networkMode = m;
      return this;
    }

    public Builder withFlowEfficiencyFactor(double v) {
      this.flowEfficiencyFactor = v;
      return this;
    }

    public Builder withCosts(double fixedPerDay, double perMeter, double perSecond) {
      this.fixedCostsPerDay = fixedPerDay;
      this.costsPerMeter = perMeter;
      this.costsPerSecond = perSecond;
      return this;
    }

    public Builder withEngineAttribute(String name, String value) {
      engineAttributes.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    public Builder withAttribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /** @throws IllegalArgumentException naming the type and the value when a value is invalid */
    public VehicleType build() {
      return new VehicleType(this);
    }
  }
}
