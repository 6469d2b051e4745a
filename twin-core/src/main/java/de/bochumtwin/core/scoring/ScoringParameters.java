package de.bochumtwin.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * All Charypar-Nagel scoring parameters (MATSim's {@code scoring} config group for one subpopulation).
 * Immutable; build with {@link #builder()}, which starts from MATSim's defaults: performing +6 utils/h,
 * late arrival -18 utils/h, early departure 0, waiting 0, marginal utility of money 1, line switch -1,
 * and mode parameters for car, pt, walk, bike, ride and other (traveling -6 utils/h each).
 *
 * <p>Every activity type of the plans needs its {@link ActivityParams} (at least a typical duration);
 * {@code "<mode> interaction"} stage activities are added automatically as not scored, as MATSim does.
 * The legs of {@code transit_walk} and {@code non_network_walk} use the {@code walk} parameters unless
 * they have their own (MATSim's fallback).
 *
 * <p>The aborted-plan score (added once to an agent that is stuck and aborted) is MATSim's: 24 h times
 * the most negative of {@code lateArrival}, {@code earlyDeparture}, {@code worst traveling - performing}
 * and {@code waiting - performing} (per hour); it can be overridden.
 */
public final class ScoringParameters {
  private static final String[] DEFAULT_MODES = {"car", "pt", "walk", "bike", "ride", "other"};

  private final double performing_utilsPerHr;
  private final double lateArrival_utilsPerHr;
  private final double earlyDeparture_utilsPerHr;
  private final double waiting_utilsPerHr;
  private final double marginalUtilityOfMoney;
  private final double utilityOfLineSwitch;
  private final double abortedPlanScore;
  private final double abortedPlanScoreOverride;
  private final Map<String, ActivityParams> activities;
  private final Map<String, ModeParams> modes;

  private ScoringParameters(Builder b) {
    double[] globals = {b.performing, b.lateArrival, b.earlyDeparture, b.waiting, b.money, b.lineSwitch};
    for (double v : globals) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("scoring parameters must be finite numbers, got " + v);
      }
    }
    if (b.performing < 0) {
      // below t_0 the performing utility is extended linearly with slope beta_perf * t_typ / t_0;
      // MATSim refuses a negative slope at scoring time, we refuse it up front
      throw new IllegalArgumentException("performing must be >= 0 utils/h, got " + b.performing);
    }
    this.performing_utilsPerHr = b.performing;
    this.lateArrival_utilsPerHr = b.lateArrival;
    this.earlyDeparture_utilsPerHr = b.earlyDeparture;
    this.waiting_utilsPerHr = b.waiting;
    this.marginalUtilityOfMoney = b.money;
    this.utilityOfLineSwitch = b.lineSwitch;
    Map<String, ModeParams> m = new LinkedHashMap<>(b.modes);
    Map<String, ActivityParams> a = new LinkedHashMap<>(b.activities);
    for (String mode : m.keySet()) {
      a.putIfAbsent(mode + " interaction", ActivityParams.notScored(mode + " interaction"));
    }
    this.modes = Collections.unmodifiableMap(m);
    this.activities = Collections.unmodifiableMap(a);
    this.abortedPlanScoreOverride = b.abortedPlanScore;
    if (Double.isNaN(b.abortedPlanScore)) {
      double worstTraveling = 0.0;
      for (ModeParams p : m.values()) {
        worstTraveling = Math.min(worstTraveling, p.marginalUtilityOfTraveling_utilsPerHr());
      }
      double worstPerHour = Math.min(Math.min(b.lateArrival, b.earlyDeparture),
          Math.min(worstTraveling - b.performing, b.waiting - b.performing));
      this.abortedPlanScore = 24.0 * worstPerHour;
    } else {
      this.abortedPlanScore = b.abortedPlanScore;
    }
  }

  /** A builder holding MATSim's defaults (see the class comment). */
  public static Builder builder() {
    return new Builder();
  }

  /** MATSim's defaults plus the given activity types. */
  public static ScoringParameters defaults(ActivityParams... activityParams) {
    Builder b = builder();
    for (ActivityParams p : activityParams) {
      b.withActivityParams(p);
    }
    return b.build();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.performing = performing_utilsPerHr;
    b.lateArrival = lateArrival_utilsPerHr;
    b.earlyDeparture = earlyDeparture_utilsPerHr;
    b.waiting = waiting_utilsPerHr;
    b.money = marginalUtilityOfMoney;
    b.lineSwitch = utilityOfLineSwitch;
    b.abortedPlanScore = abortedPlanScoreOverride;
    b.activities.putAll(activities);
    b.modes.clear();
    b.modes.putAll(modes);
    return b;
  }

  public double performing_utilsPerHr() {
    return performing_utilsPerHr;
  }

  public double lateArrival_utilsPerHr() {
    return lateArrival_utilsPerHr;
  }

  public double earlyDeparture_utilsPerHr() {
    return earlyDeparture_utilsPerHr;
  }

  public double waiting_utilsPerHr() {
    return waiting_utilsPerHr;
  }

  /** Utils per unit of money. */
  public double marginalUtilityOfMoney() {
    return marginalUtilityOfMoney;
  }

  /** Utils per pt line switch; kept for completeness, unused while the mobsim has no transit vehicles. */
  public double utilityOfLineSwitch() {
    return utilityOfLineSwitch;
  }

  /** Utils added once to an agent that is stuck and aborted (negative). */
  public double abortedPlanScore() {
    return abortedPlanScore;
  }

  /**
   * MATSim's {@code scoreActs}: whether any activity beta is non-zero. When false, the first and last
   * activity of a day with different types are not scored at all (as in MATSim).
   */
  public boolean scoresActivities() {
    return performing_utilsPerHr != 0 || waiting_utilsPerHr != 0 || lateArrival_utilsPerHr != 0
        || earlyDeparture_utilsPerHr != 0;
  }

  /** Activity parameters by type, in insertion order (including the automatic interaction types). */
  public Map<String, ActivityParams> activityParams() {
    return activities;
  }

  /** Mode parameters by mode, in insertion order. */
  public Map<String, ModeParams> modeParams() {
    return modes;
  }

  public Optional<ActivityParams> findActivityParams(String type) {
    return Optional.ofNullable(activities.get(type));
  }

  /** The parameters of {@code mode}, with MATSim's fallback of walk-like modes to {@code walk}. */
  public Optional<ModeParams> findModeParams(String mode) {
    ModeParams p = modes.get(mode);
    if (p == null && (mode.equals("transit_walk") || mode.equals("non_network_walk"))) {
      p = modes.get("walk");
    }
    return Optional.ofNullable(p);
  }

  /** @throws IllegalArgumentException naming the type and the fix when it has no parameters */
  public ActivityParams getActivityParams(String type) {
    ActivityParams p = activities.get(type);
    if (p == null) {
      throw new IllegalArgumentException("activity type '" + type + "' has no scoring parameters; add activityParams for it"
          + " (with at least a typicalDuration); known types: " + new TreeSet<>(activities.keySet()));
    }
    return p;
  }

  /** @throws IllegalArgumentException naming the mode and the fix when it has no parameters */
  public ModeParams getModeParams(String mode) {
    return findModeParams(mode).orElseThrow(() -> new IllegalArgumentException("mode '" + mode
        + "' has no scoring parameters; add modeParams for it; known modes: " + new TreeSet<>(modes.keySet())));
  }

  /**
   * Checks that every given activity type and mode has parameters and reports all that are missing in
   * one message, so a run can be refused before any work starts.
   *
   * @throws IllegalArgumentException listing every missing activity type and mode with the fix
   */
  public void checkCovers(Collection<String> activityTypes, Collection<String> legModes) {
    List<String> missingTypes = new ArrayList<>();
    for (String t : new TreeSet<>(activityTypes)) {
      if (!activities.containsKey(t)) {
        missingTypes.add(t);
      }
    }
    List<String> missingModes = new ArrayList<>();
    for (String m : new TreeSet<>(legModes)) {
      if (findModeParams(m).isEmpty()) {
        missingModes.add(m);
      }
    }
    if (missingTypes.isEmpty() && missingModes.isEmpty()) {
      return;
    }
    StringBuilder msg = new StringBuilder("scoring parameters are missing:");
    if (!missingTypes.isEmpty()) {
      msg.append(" activity types ").append(missingTypes)
          .append(" (add activityParams for each, with at least a typicalDuration)");
    }
    if (!missingModes.isEmpty()) {
      msg.append(missingTypes.isEmpty() ? "" : ";").append(" modes ").append(missingModes)
          .append(" (add modeParams for each)");
    }
    throw new IllegalArgumentException(msg.toString());
  }

  @Override
  public String toString() {
    return "ScoringParameters[performing=" + performing_utilsPerHr + "/h, lateArrival=" + lateArrival_utilsPerHr
        + "/h, earlyDeparture=" + earlyDeparture_utilsPerHr + "/h, waiting=" + waiting_utilsPerHr + "/h, money="
        + marginalUtilityOfMoney + ", lineSwitch=" + utilityOfLineSwitch + ", aborted=" + abortedPlanScore
        + ", activities=" + activities.values() + ", modes=" + modes.values() + "]";
  }

  /** Builder starting from MATSim's defaults. */
  public static final class Builder {
    private double performing = 6.0;
    private double lateArrival = -18.0;
    private double earlyDeparture = 0.0;
    private double waiting = 0.0;
    private double money = 1.0;
    private double lineSwitch = -1.0;
    private double abortedPlanScore = Double.NaN;
    private final Map<String, ActivityParams> activities = new LinkedHashMap<>();
    private final Map<String, ModeParams> modes = new LinkedHashMap<>();

    private Builder() {
      for (String m : DEFAULT_MODES) {
        modes.put(m, ModeParams.defaults(m));
      }
    }

    public Builder withPerforming_utilsPerHr(double v) {
      this.performing = v;
      return this;
    }

    public Builder withLateArrival_utilsPerHr(double v) {
      this.lateArrival = v;
      return this;
    }

    public Builder withEarlyDeparture_utilsPerHr(double v) {
      this.earlyDeparture = v;
      return this;
    }

    public Builder withWaiting_utilsPerHr(double v) {
      this.waiting = v;
      return this;
    }

    public Builder withMarginalUtilityOfMoney(double v) {
      this.money = v;
      return this;
    }

    public Builder withUtilityOfLineSwitch(double v) {
      this.lineSwitch = v;
      return this;
    }

    /** Replaces MATSim's computed aborted-plan score by a fixed value. */
    public Builder withAbortedPlanScore(double v) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("abortedPlanScore must be a finite number, got " + v);
      }
      this.abortedPlanScore = v;
      return this;
    }

    /** Adds or replaces the parameters of {@code p.type()}. */
    public Builder withActivityParams(ActivityParams p) {
      activities.put(p.type(), p);
      return this;
    }

    /** Adds or replaces the parameters of {@code p.mode()}. */
    public Builder withModeParams(ModeParams p) {
      modes.put(p.mode(), p);
      return this;
    }

    /** Removes all mode parameters, including MATSim's six defaults. */
    public Builder clearModeParams() {
      modes.clear();
      return this;
    }

    public ScoringParameters build() {
      return new ScoringParameters(this);
    }
  }
}
