package de.bochumtwin.core.emissions;

/**
 * HBEFA vehicle categories with MATSim's enum names (used in vehicle files as
 * {@code HbefaVehicleCategory}) and the spelling of HBEFA exports' {@code VehCat} column.
 * {@link #NON_HBEFA_VEHICLE} emits nothing (MATSim's convention for e.g. bicycles).
 */
public enum VehicleCategory {
  PASSENGER_CAR("pass. car"),
  LIGHT_COMMERCIAL_VEHICLE("LCV"),
  HEAVY_GOODS_VEHICLE("HGV"),
  URBAN_BUS("urban bus"),
  COACH("coach"),
  MOTORCYCLE("motorcycle"),
  NON_HBEFA_VEHICLE("non-HBEFA vehicle");

  private final String hbefaName;

  VehicleCategory(String hbefaName) {
    this.hbefaName = hbefaName;
  }

  public String hbefaName() {
    return hbefaName;
  }

  /** Accepts the HBEFA spelling or the enum name; returns null when unknown. */
  public static VehicleCategory fromName(String name) {
    for (VehicleCategory c : values()) {
      if (c.hbefaName.equals(name) || c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
