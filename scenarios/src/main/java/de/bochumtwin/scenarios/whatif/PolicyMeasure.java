package de.bochumtwin.scenarios.whatif;

import java.util.List;
import java.util.Locale;

/**
 * Measures that leave the links as they are and act on routing, vehicles and scores instead: road
 * pricing ({@link Toll}), a {@link LowEmissionZone} and {@link ParkingCost}. They are resolved to the
 * links they concern like the others, and turned into a run-time policy by {@link Policies}. Money is
 * in EUR (the scoring's money unit), times in seconds since midnight.
 */
public sealed interface PolicyMeasure extends Measure.Policy permits PolicyMeasure.Toll, PolicyMeasure.LowEmissionZone,
    PolicyMeasure.ParkingCost {

  /** Both ways of charging a toll. */
  enum TollKind { CORDON, DISTANCE }

  /**
   * A toll for {@code modes} between {@code from_s} and {@code to_s}: {@code CORDON} charges
   * {@code amount_eur} on each link that enters the area (from-node outside, to-node inside);
   * {@code DISTANCE} charges {@code amount_eur} per km on each link whose midpoint is inside.
   */
  record Toll(Where where, AreaSpec area, TollKind kind, double amount_eur, int from_s, int to_s, List<String> modes)
      implements PolicyMeasure {
    public Toll {
      modes = List.copyOf(modes);
    }

    @Override
    public String type() {
      return "toll";
    }

    @Override
    public String describe() {
      return (kind == TollKind.CORDON ? "cordon toll " + eur(amount_eur) + " EUR per entry" : "distance toll "
          + eur(amount_eur) + " EUR/km") + " in " + area.text() + " " + clock(from_s) + "-" + clock(to_s) + " for "
          + String.join(",", modes);
    }
  }

  /**
   * A low-emission zone: vehicles of {@code modes} whose emission class technology is in
   * {@code technologies} (and, when {@code euroBelow > 0}, whose Euro class is known and below it) may
   * not use the links inside the area; their owners' legs are handled as docs/whatif.md describes.
   */
  record LowEmissionZone(Where where, AreaSpec area, List<String> technologies, int euroBelow, List<String> modes,
      String replacementMode) implements PolicyMeasure {
    public LowEmissionZone {
      technologies = List.copyOf(technologies);
      modes = List.copyOf(modes);
    }

    @Override
    public String type() {
      return "low_emission_zone";
    }

    @Override
    public String describe() {
      return "low_emission_zone in " + area.text() + " banning " + String.join(",", technologies)
          + (euroBelow > 0 ? " below Euro " + euroBelow : "") + " (" + String.join(",", modes) + " -> " + replacementMode + ")";
    }
  }

  /** Parking cost for legs of {@code modes} arriving at an activity on a link inside the area. */
  record ParkingCost(Where where, AreaSpec area, double eurPerHour, double eurPerArrival, List<String> modes)
      implements PolicyMeasure {
    public ParkingCost {
      modes = List.copyOf(modes);
    }

    @Override
    public String type() {
      return "parking_cost";
    }

    @Override
    public String describe() {
      return "parking_cost in " + area.text() + " " + eur(eurPerHour) + " EUR/h + " + eur(eurPerArrival)
          + " EUR per arrival for " + String.join(",", modes);
    }
  }

  private static String eur(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String clock(int t_s) {
    return String.format(Locale.ROOT, "%02d:%02d", t_s / 3600, t_s / 60 % 60);
  }
}
