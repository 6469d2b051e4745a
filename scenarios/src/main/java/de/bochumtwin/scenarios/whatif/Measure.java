package de.bochumtwin.scenarios.whatif;

import java.util.List;

/**
 * One measure of a scenario file, parsed and checked for form but not yet matched to a network (see
 * {@link MeasureResolver}). Immutable.
 */
public sealed interface Measure {
  /** Where the measure starts in the file (its list item). */
  Where where();

  /** The {@code type} key of the measure in the file. */
  String type();

  /** One line for logs and run.json, e.g. {@code speed_limit 30 km/h in district Mitte}. */
  String describe();

  /**
   * Measures that change the demand, the fleet, the chargers or the teleported modes rather than the
   * network (ev_share, chargers, pt_change, growth); each is its own record file implementing this.
   */
  non-sealed interface DemandSide extends Measure {}

  /**
   * Tempo limit: {@code freespeed = min(freespeed, limit)} on every link whose midpoint lies in the
   * area, except links whose type is in {@code exceptTypes} (e.g. motorways crossing the area).
   */
  record SpeedLimit(Where where, AreaSpec area, double limit_kmh, List<String> exceptTypes) implements Measure {
    public SpeedLimit {
      exceptTypes = List.copyOf(exceptTypes);
    }

    @Override
    public String type() {
      return "speed_limit";
    }

    @Override
    public String describe() {
      return "speed_limit " + fmt(limit_kmh) + " km/h in " + area.text()
          + (exceptTypes.isEmpty() ? "" : " except " + String.join(",", exceptTypes));
    }
  }

  /**
   * Closure of roads for some modes (empty list = every mode). A link that loses all its modes also
   * gets capacity 0. Routes over closed links are removed so that they are planned again.
   */
  record RoadClosure(Where where, RoadSpec roads, List<String> modes) implements Measure {
    public RoadClosure {
      modes = List.copyOf(modes);
    }

    @Override
    public String type() {
      return "road_closure";
    }

    @Override
    public String describe() {
      return "road_closure of " + roads + (modes.isEmpty() ? " (all modes)" : " for " + String.join(",", modes));
    }
  }

  /**
   * Lane or capacity change: {@code lanes += lanesDelta} (capacity scaled by new/old lanes), then
   * {@code capacity *= capacityFactor}. E.g. one lane turned into a bike lane: {@code lanes_delta: -1}.
   */
  record CapacityChange(Where where, RoadSpec roads, double lanesDelta, double capacityFactor) implements Measure {
    @Override
    public String type() {
      return "capacity_change";
    }

    @Override
    public String describe() {
      return "capacity_change on " + roads + (lanesDelta != 0 ? " lanes " + (lanesDelta > 0 ? "+" : "") + fmt(lanesDelta) : "")
          + (capacityFactor != 1 ? " capacity x" + fmt(capacityFactor) : "");
    }
  }

  /** Measures acting on routing, vehicles and scores rather than on link attributes: see {@link PolicyMeasure}. */
  non-sealed interface Policy extends Measure {}

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
