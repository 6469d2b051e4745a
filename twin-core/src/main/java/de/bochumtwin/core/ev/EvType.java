package de.bochumtwin.core.ev;

import java.util.Objects;
import java.util.Set;

/**
 * An electric vehicle model: usable battery capacity, what the drive-energy model needs (mass,
 * drivetrain efficiency), the highest charging power the vehicle accepts and which charger types it
 * can use. A plug-in hybrid ({@link #isPhev()}) drives electrically while its battery has energy and on
 * fuel afterwards, so it is never stranded.
 *
 * <p>Immutable. Defaults of {@link #of} are the Nissan Leaf parameters of Ohde, Ślaski and Maciejewski
 * (2016) as used by MATSim's {@code OhdeSlaskiDriveEnergyConsumption}: 1,525 kg plus 100 kg load,
 * efficiency 0.935.
 */
public final class EvType {
  private final String id;
  private final double capacity_kWh;
  private final double mass_kg;
  private final double efficiency;
  private final double maxChargingPower_kW;
  private final boolean phev;
  private final Set<String> chargerTypes;

  private EvType(String id, double capacity_kWh, double mass_kg, double efficiency, double maxChargingPower_kW,
      boolean phev, Set<String> chargerTypes) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("EV type without id");
    }
    if (!(capacity_kWh > 0)) {
      throw new IllegalArgumentException("EV type '" + id + "': battery capacity must be > 0 kWh, got " + capacity_kWh);
    }
    if (!(mass_kg > 0)) {
      throw new IllegalArgumentException("EV type '" + id + "': mass must be > 0 kg, got " + mass_kg);
    }
    if (!(efficiency > 0 && efficiency <= 1)) {
      throw new IllegalArgumentException("EV type '" + id + "': efficiency must be in (0, 1], got " + efficiency);
    }
    if (!(maxChargingPower_kW > 0)) {
      throw new IllegalArgumentException("EV type '" + id + "': max charging power must be > 0 kW, got " + maxChargingPower_kW);
    }
    this.id = id;
    this.capacity_kWh = capacity_kWh;
    this.mass_kg = mass_kg;
    this.efficiency = efficiency;
    this.maxChargingPower_kW = maxChargingPower_kW;
    this.phev = phev;
    this.chargerTypes = Set.copyOf(chargerTypes);
  }

  /** A battery-electric type with the Leaf's mass and efficiency, accepting any charger up to {@code maxChargingPower_kW}. */
  public static EvType of(String id, double capacity_kWh, double maxChargingPower_kW) {
    return new EvType(id, capacity_kWh, OhdeSlaski.LEAF_MASS_KG, OhdeSlaski.LEAF_EFFICIENCY, maxChargingPower_kW, false, Set.of());
  }

  public EvType withMass_kg(double kg) {
    return new EvType(id, capacity_kWh, kg, efficiency, maxChargingPower_kW, phev, chargerTypes);
  }

  public EvType withEfficiency(double eta) {
    return new EvType(id, capacity_kWh, mass_kg, eta, maxChargingPower_kW, phev, chargerTypes);
  }

  public EvType withPhev(boolean isPhev) {
    return new EvType(id, capacity_kWh, mass_kg, efficiency, maxChargingPower_kW, isPhev, chargerTypes);
  }

  /** Restricts the charger types ({@code type} attribute of MATSim's chargers file) this vehicle can use; empty = any. */
  public EvType withChargerTypes(Set<String> types) {
    return new EvType(id, capacity_kWh, mass_kg, efficiency, maxChargingPower_kW, phev, types);
  }

  public String id() {
    return id;
  }

  public double capacity_kWh() {
    return capacity_kWh;
  }

  public double mass_kg() {
    return mass_kg;
  }

  public double efficiency() {
    return efficiency;
  }

  public double maxChargingPower_kW() {
    return maxChargingPower_kW;
  }

  public boolean isPhev() {
    return phev;
  }

  public Set<String> chargerTypes() {
    return chargerTypes;
  }

  /** True if this vehicle may plug into a charger of type {@code chargerType}. */
  public boolean canUse(String chargerType) {
    return chargerTypes.isEmpty() || chargerTypes.contains(chargerType);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EvType)) {
      return false;
    }
    EvType t = (EvType) o;
    return id.equals(t.id) && capacity_kWh == t.capacity_kWh && mass_kg == t.mass_kg && efficiency == t.efficiency
        && maxChargingPower_kW == t.maxChargingPower_kW && phev == t.phev && chargerTypes.equals(t.chargerTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, capacity_kWh, mass_kg);
  }

  @Override
  public String toString() {
    return "EvType[" + id + ", " + capacity_kWh + " kWh, " + maxChargingPower_kW + " kW" + (phev ? ", PHEV" : "") + "]";
  }
}
