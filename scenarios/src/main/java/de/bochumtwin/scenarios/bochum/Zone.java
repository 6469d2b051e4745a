package de.bochumtwin.scenarios.bochum;

/**
 * A traffic zone of the Bochum scenario: one of the 30 statistical districts ("Stadtteile"), with
 * residents and jobs, its Stadtbezirk, its centroid in EPSG:25832 metres and the connector links that
 * tie it to the road network. Activities of the zone take place at {@link #activityLink()} (the
 * connector into the zone) with coordinates scattered within {@link #radius_m()} of the centroid.
 * Immutable.
 */
public final class Zone {
  private final int index;
  private final String id;
  private final String name;
  private final String district;
  private final double x_m;
  private final double y_m;
  private final double radius_m;
  private final int residents;
  private final int jobs;
  private final double minorShare;
  private final double seniorShare;
  private final int activityLink;
  private final int exitLink;

  Zone(int index, String id, String name, String district, double x_m, double y_m, double radius_m, int residents,
      int jobs, double minorShare, double seniorShare, int activityLink, int exitLink) {
    this.index = index;
    this.id = id;
    this.name = name;
    this.district = district;
    this.x_m = x_m;
    this.y_m = y_m;
    this.radius_m = radius_m;
    this.residents = residents;
    this.jobs = jobs;
    this.minorShare = minorShare;
    this.seniorShare = seniorShare;
    this.activityLink = activityLink;
    this.exitLink = exitLink;
  }

  /** Position in {@link BochumScenario#zones()}. */
  public int index() {
    return index;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The Stadtbezirk (Mitte, Wattenscheid, Nord, Ost, Süd, Südwest). */
  public String district() {
    return district;
  }

  public double x_m() {
    return x_m;
  }

  public double y_m() {
    return y_m;
  }

  /** Radius of a circle with the zone's area (known or estimated); activity coordinates stay inside it. */
  public double radius_m() {
    return radius_m;
  }

  public int residents() {
    return residents;
  }

  public int jobs() {
    return jobs;
  }

  /** Share of residents under 18. */
  public double minorShare() {
    return minorShare;
  }

  /** Share of residents aged 60 or more. */
  public double seniorShare() {
    return seniorShare;
  }

  /** Network index of the connector link from the road network into the zone: where activities take place. */
  public int activityLink() {
    return activityLink;
  }

  /** Network index of the connector link from the zone back to the road network. */
  public int exitLink() {
    return exitLink;
  }

  @Override
  public String toString() {
    return "Zone[" + id + " " + district + " residents=" + residents + " jobs=" + jobs + "]";
  }
}
