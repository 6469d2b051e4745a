package de.bochumtwin.core.airquality;

/**
 * The species the dispersion model carries. Emissions are given per species (NO2 = the directly
 * emitted NO2 share of NOx, PM10 = exhaust PM + non-exhaust PM, PM2.5 = exhaust PM2.5 + non-exhaust
 * PM2.5); concentrations are reported for the same species, NO2 after the NOx conversion.
 */
public enum AirSpecies {
  NOX("NOx"),
  NO2("NO2"),
  PM10("PM10"),
  PM2_5("PM2.5");

  private final String label;

  AirSpecies(String label) {
    this.label = label;
  }

  /** Human-readable name, e.g. {@code PM2.5}; used in output tables. */
  public String label() {
    return label;
  }

  /** The species with this label or enum name (case-insensitive), or null. */
  public static AirSpecies fromLabel(String s) {
    for (AirSpecies a : values()) {
      if (a.label.equalsIgnoreCase(s) || a.name().equalsIgnoreCase(s)) {
        return a;
      }
    }
    return null;
  }
}
