package de.bochumtwin.core.scoring;

import de.bochumtwin.core.population.Time;

/**
 * Scoring parameters of one activity type (MATSim's {@code activityParams}). Immutable; build with
 * {@link #builder(String)}. All times are seconds since midnight of day one; {@link Time#UNDEFINED}
 * means "not set" and switches the corresponding rule off (MATSim's default for every time).
 *
 * <p>The zero-utility duration {@code t_0} is computed once at build time from the typical duration,
 * the priority and the {@link TypicalDurationScoreComputation}.
 */
public final class ActivityParams {
  private final String type;
  private final int typicalDuration_s;
  private final double priority;
  private final TypicalDurationScoreComputation computation;
  private final int openingTime_s;
  private final int closingTime_s;
  private final int latestStartTime_s;
  private final int earliestEndTime_s;
  private final int minimalDuration_s;
  private final boolean scored;
  private final double zeroUtilityDuration_s;

  private ActivityParams(Builder b) {
    String where = "activityParams '" + b.type + "': ";
    if (b.type == null || b.type.isBlank()) {
      throw new IllegalArgumentException("activityParams need a non-empty activity type");
    }
    if (!(b.priority > 0)) {
      throw new IllegalArgumentException(where + "priority must be > 0, got " + b.priority);
    }
    double t0 = Double.NaN;
    if (b.scored) {
      if (!Time.isDefined(b.typicalDuration_s) || b.typicalDuration_s <= 0) {
        throw new IllegalArgumentException(where + "typicalDuration must be set and > 0 s, got "
            + Time.format(b.typicalDuration_s) + "; set it, or mark the type as not scored (interaction activities)");
      }
      t0 = b.computation.zeroUtilityDuration_s(b.typicalDuration_s, b.priority);
      if (!(t0 > 0)) {
        throw new IllegalArgumentException(where + "zero-utility duration underflows to 0 for typicalDuration "
            + b.typicalDuration_s + " s with " + b.computation + "; use a longer typical duration or RELATIVE");
      }
    }
    if (Time.isDefined(b.openingTime_s) && Time.isDefined(b.closingTime_s) && b.openingTime_s > b.closingTime_s) {
      throw new IllegalArgumentException(where + "openingTime " + Time.format(b.openingTime_s)
          + " is after closingTime " + Time.format(b.closingTime_s));
    }
    if (Time.isDefined(b.minimalDuration_s) && b.minimalDuration_s < 0) {
      throw new IllegalArgumentException(where + "minimalDuration must be >= 0 s, got " + b.minimalDuration_s);
    }
    this.type = b.type;
    this.typicalDuration_s = b.typicalDuration_s;
    this.priority = b.priority;
    this.computation = b.computation;
    this.openingTime_s = b.openingTime_s;
    this.closingTime_s = b.closingTime_s;
    this.latestStartTime_s = b.latestStartTime_s;
    this.earliestEndTime_s = b.earliestEndTime_s;
    this.minimalDuration_s = b.minimalDuration_s;
    this.scored = b.scored;
    this.zeroUtilityDuration_s = t0;
  }

  public static Builder builder(String type) {
    return new Builder(type);
  }

  /**
   * Parameters for a stage activity such as {@code car interaction}: present, but scored 0 (MATSim's
   * {@code scoringThisActivityAtAll=false}).
   */
  public static ActivityParams notScored(String type) {
    return builder(type).withScored(false).build();
  }

  public Builder toBuilder() {
    Builder b = new Builder(type);
    b.typicalDuration_s = typicalDuration_s;
    b.priority = priority;
    b.computation = computation;
    b.openingTime_s = openingTime_s;
    b.closingTime_s = closingTime_s;
    b.latestStartTime_s = latestStartTime_s;
    b.earliestEndTime_s = earliestEndTime_s;
    b.minimalDuration_s = minimalDuration_s;
    b.scored = scored;
    return b;
  }

  public String type() {
    return type;
  }

  public int typicalDuration_s() {
    return typicalDuration_s;
  }

  public double priority() {
    return priority;
  }

  public TypicalDurationScoreComputation typicalDurationScoreComputation() {
    return computation;
  }

  public int openingTime_s() {
    return openingTime_s;
  }

  public int closingTime_s() {
    return closingTime_s;
  }

  public int latestStartTime_s() {
    return latestStartTime_s;
  }

  public int earliestEndTime_s() {
    return earliestEndTime_s;
  }

  public int minimalDuration_s() {
    return minimalDuration_s;
  }

  /** False for stage activities, which always score 0. */
  public boolean isScored() {
    return scored;
  }

  /** {@code t_0}: the performed duration at which the activity is worth 0 utils; NaN when not scored. */
  public double zeroUtilityDuration_s() {
    return zeroUtilityDuration_s;
  }

  @Override
  public String toString() {
    return "ActivityParams[" + type + (scored ? ", typ=" + Time.format(typicalDuration_s) + ", prio=" + priority
        + ", " + computation + ", open=" + Time.format(openingTime_s) + ", close=" + Time.format(closingTime_s)
        + ", latestStart=" + Time.format(latestStartTime_s) + ", earliestEnd=" + Time.format(earliestEndTime_s)
        + ", minDur=" + Time.format(minimalDuration_s) : ", not scored") + "]";
  }

  /** Builder with MATSim's defaults: priority 1, RELATIVE, no time windows, scored. */
  public static final class Builder {
    private final String type;
    private int typicalDuration_s = Time.UNDEFINED;
    private double priority = 1.0;
    private TypicalDurationScoreComputation computation = TypicalDurationScoreComputation.RELATIVE;
    private int openingTime_s = Time.UNDEFINED;
    private int closingTime_s = Time.UNDEFINED;
    private int latestStartTime_s = Time.UNDEFINED;
    private int earliestEndTime_s = Time.UNDEFINED;
    private int minimalDuration_s = Time.UNDEFINED;
    private boolean scored = true;

    private Builder(String type) {
      this.type = type;
    }

    public Builder withTypicalDuration_s(int s) {
      this.typicalDuration_s = s;
      return this;
    }

    public Builder withPriority(double p) {
      this.priority = p;
      return this;
    }

    public Builder withTypicalDurationScoreComputation(TypicalDurationScoreComputation c) {
      this.computation = c;
      return this;
    }

    public Builder withOpeningTime_s(int t) {
      this.openingTime_s = t;
      return this;
    }

    public Builder withClosingTime_s(int t) {
      this.closingTime_s = t;
      return this;
    }

    public Builder withLatestStartTime_s(int t) {
      this.latestStartTime_s = t;
      return this;
    }

    public Builder withEarliestEndTime_s(int t) {
      this.earliestEndTime_s = t;
      return this;
    }

    public Builder withMinimalDuration_s(int s) {
      this.minimalDuration_s = s;
      return this;
    }

    public Builder withScored(boolean scored) {
      this.scored = scored;
      return this;
    }

    /** @throws IllegalArgumentException naming the type and the offending value */
    public ActivityParams build() {
      return new ActivityParams(this);
    }
  }
}
