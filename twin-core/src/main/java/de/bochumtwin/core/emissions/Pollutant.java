package de.bochumtwin.core.emissions;

/**
 * Pollutants with the names of MATSim's {@code Pollutant} enum (used as attribute names in emission
 * events and as output column names) and the component name HBEFA exports use in their
 * {@code Component} column.
 */
public enum Pollutant {
  CO("CO"),
  CO2_TOTAL("CO2(total)"),
  FC("FC"),
  HC("HC"),
  NMHC("NMHC"),
  NOx("NOx"),
  NO2("NO2"),
  PM("PM"),
  SO2("SO2"),
  FC_MJ("FC_MJ"),
  CO2_rep("CO2(rep)"),
  CO2e("CO2e"),
  PM2_5("PM2.5"),
  PM2_5_non_exhaust("PM2.5 (non-exhaust)"),
  PM_non_exhaust("PM (non-exhaust)"),
  BC_exhaust("BC (exhaust)"),
  BC_non_exhaust("BC (non-exhaust)"),
  Benzene("Benzene"),
  PN("PN"),
  Pb("Pb"),
  CH4("CH4"),
  N2O("N2O"),
  NH3("NH3");

  private final String hbefaComponent;

  Pollutant(String hbefaComponent) {
    this.hbefaComponent = hbefaComponent;
  }

  /** The spelling in an HBEFA export's {@code Component} column. */
  public String hbefaComponent() {
    return hbefaComponent;
  }

  /**
   * Maps an HBEFA component (or a MATSim enum name, which some tables use, e.g. {@code CO2_TOTAL}) to
   * a pollutant; returns null when unknown.
   */
  public static Pollutant fromTableName(String name) {
    for (Pollutant p : values()) {
      if (p.hbefaComponent.equals(name) || p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }
}
