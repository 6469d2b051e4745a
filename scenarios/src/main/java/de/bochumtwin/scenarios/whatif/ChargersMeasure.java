package de.bochumtwin.scenarios.whatif;

import java.util.List;

/**
 * {@code chargers}: public chargers added and/or removed for the EV model. Removal first (by id or all
 * chargers whose position lies in an area), then the additions ({@link ChargerPlacement}). Immutable.
 *
 * @param add the chargers to add, or null
 * @param removeIds ids of chargers to remove (empty for none)
 * @param removeArea area whose chargers are removed, or null
 */
public record ChargersMeasure(Where where, Addition add, List<String> removeIds, AreaSpec removeArea)
    implements Measure.DemandSide {
  public ChargersMeasure {
    removeIds = List.copyOf(removeIds);
  }

  /**
   * Chargers to add: {@code count} of them in {@code area} at the links with the most activity ends, or
   * one at each of {@code links}, or one at the link nearest to each of {@code points} (x, y pairs in the
   * network CRS). Each has {@code plugs} plugs of {@code power_kW}.
   */
  public record Addition(Where where, int count, AreaSpec area, List<String> links, List<double[]> points,
      double power_kW, int plugs) {
    public Addition {
      links = List.copyOf(links);
      points = List.copyOf(points);
    }

    String text() {
      String at = area != null ? count + " in " + area.text() : !links.isEmpty() ? links.size() + " at links"
          : points.size() + " at points";
      return "add " + at + " (" + plugs + " x " + power_kW + " kW)";
    }
  }

  @Override
  public String type() {
    return "chargers";
  }

  @Override
  public String describe() {
    StringBuilder b = new StringBuilder("chargers");
    if (!removeIds.isEmpty()) {
      b.append(" remove ").append(String.join(",", removeIds));
    }
    if (removeArea != null) {
      b.append(" remove in ").append(removeArea.text());
    }
    if (add != null) {
      b.append(' ').append(add.text());
    }
    return b.toString();
  }
}
