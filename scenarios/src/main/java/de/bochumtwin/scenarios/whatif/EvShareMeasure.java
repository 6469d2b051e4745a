package de.bochumtwin.scenarios.whatif;

/**
 * {@code ev_share}: the share of BEVs among the car agents for the run. Either {@code share} (the new
 * share, replacing {@code --ev-share}) or {@code delta} (added to {@code --ev-share}, or to 0 without
 * it). The EV machinery of {@code --ev-share} (seeded draw per person, docs/ev.md) does the rest, so a
 * higher share only adds EVs to those of a lower one.
 *
 * @param share the new share in [0, 1], or NaN when {@code delta} is given
 * @param delta the change of the share in [-1, 1], or NaN when {@code share} is given
 */
public record EvShareMeasure(Where where, double share, double delta) implements Measure.DemandSide {
  @Override
  public String type() {
    return "ev_share";
  }

  /** The share of the run given the command line's {@code --ev-share} (null when absent), clamped to [0, 1]. */
  public double effectiveShare(Double cliShare) {
    if (!Double.isNaN(share)) {
      return share;
    }
    double base = cliShare == null ? 0 : cliShare;
    return Math.max(0, Math.min(1, base + delta));
  }

  @Override
  public String describe() {
    return Double.isNaN(share) ? "ev_share " + (delta >= 0 ? "+" : "") + delta + " on the base share" : "ev_share " + share;
  }
}
