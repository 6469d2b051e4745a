package de.bochumtwin.scenarios.whatif;

import java.util.List;

/**
 * {@code growth}: more or fewer residents and jobs in some zones. Where: Bochum zone ids ({@code zones},
 * only for the bundled base) or an area. For {@code base: bochum-default} the factors go into the
 * population generator (residents of a zone x {@code residentsFactor}, its jobs, i.e. its weight as a
 * work destination, x {@code jobsFactor}); for a MATSim plans base, agents whose home activity lies in
 * the area are cloned or dropped ({@link PopulationGrowth}); {@code jobsFactor} needs the Bochum base.
 *
 * @param zones zone ids, empty when {@code area} is given
 * @param area the area, null when {@code zones} are given
 */
public record GrowthMeasure(Where where, List<String> zones, AreaSpec area, double residentsFactor, double jobsFactor)
    implements Measure.DemandSide {
  public GrowthMeasure {
    zones = List.copyOf(zones);
  }

  @Override
  public String type() {
    return "growth";
  }

  @Override
  public String describe() {
    return "growth residents x" + residentsFactor + " jobs x" + jobsFactor + " in "
        + (area != null ? area.text() : "zones " + String.join(",", zones));
  }
}
