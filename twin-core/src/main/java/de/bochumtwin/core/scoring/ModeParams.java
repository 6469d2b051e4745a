package de.bochumtwin.core.scoring;

/**
 * Scoring parameters of one leg mode (MATSim's {@code modeParams}). Immutable; build with
 * {@link #builder(String)}. Defaults are MATSim's: traveling -6 utils/h, everything else 0.
 *
 * <p>A leg of this mode with travel time {@code t} and distance {@code d} is worth
 * {@code constant + traveling/3600 * t + marginalUtilityOfDistance * d} utils plus
 * {@code marginalUtilityOfMoney * monetaryDistanceRate * d} utils of money; the first leg of the day
 * with this mode also adds {@code dailyUtilityConstant + marginalUtilityOfMoney * dailyMonetaryConstant}.
 */
public final class ModeParams {
  private final String mode;
  private final double constant;
  private final double marginalUtilityOfTraveling_utilsPerHr;
  private final double marginalUtilityOfDistance_utilsPerM;
  private final double monetaryDistanceRate_perM;
  private final double dailyMonetaryConstant;
  private final double dailyUtilityConstant;

  private ModeParams(Builder b) {
    if (b.mode == null || b.mode.isBlank()) {
      throw new IllegalArgumentException("modeParams need a non-empty mode");
    }
    double[] all = {b.constant, b.traveling, b.distance, b.rate, b.dailyMoney, b.dailyUtility};
    for (double v : all) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("modeParams '" + b.mode + "': every parameter must be a finite number, got " + v);
      }
    }
    this.mode = b.mode;
    this.constant = b.constant;
    this.marginalUtilityOfTraveling_utilsPerHr = b.traveling;
    this.marginalUtilityOfDistance_utilsPerM = b.distance;
    this.monetaryDistanceRate_perM = b.rate;
    this.dailyMonetaryConstant = b.dailyMoney;
    this.dailyUtilityConstant = b.dailyUtility;
  }

  public static Builder builder(String mode) {
    return new Builder(mode);
  }

  /** MATSim's defaults for {@code mode}. */
  public static ModeParams defaults(String mode) {
    return builder(mode).build();
  }

  public Builder toBuilder() {
    Builder b = new Builder(mode);
    b.constant = constant;
    b.traveling = marginalUtilityOfTraveling_utilsPerHr;
    b.distance = marginalUtilityOfDistance_utilsPerM;
    b.rate = monetaryDistanceRate_perM;
    b.dailyMoney = dailyMonetaryConstant;
    b.dailyUtility = dailyUtilityConstant;
    return b;
  }

  public String mode() {
    return mode;
  }

  /** Alternative-specific constant, utils per leg. */
  public double constant() {
    return constant;
  }

  public double marginalUtilityOfTraveling_utilsPerHr() {
    return marginalUtilityOfTraveling_utilsPerHr;
  }

  public double marginalUtilityOfDistance_utilsPerM() {
    return marginalUtilityOfDistance_utilsPerM;
  }

  /** Money per metre (normally negative: a cost). */
  public double monetaryDistanceRate_perM() {
    return monetaryDistanceRate_perM;
  }

  /** Money per day the mode is used at all (normally negative). */
  public double dailyMonetaryConstant() {
    return dailyMonetaryConstant;
  }

  /** Utils per day the mode is used at all. */
  public double dailyUtilityConstant() {
    return dailyUtilityConstant;
  }

  @Override
  public String toString() {
    return "ModeParams[" + mode + ", const=" + constant + ", trav=" + marginalUtilityOfTraveling_utilsPerHr + "/h, dist="
        + marginalUtilityOfDistance_utilsPerM + "/m, money=" + monetaryDistanceRate_perM + "/m, daily money="
        + dailyMonetaryConstant + ", daily utils=" + dailyUtilityConstant + "]";
  }

  /** Builder starting from MATSim's defaults. */
  public static final class Builder {
    private final String mode;
    private double constant = 0.0;
    private double traveling = -6.0;
    private double distance = 0.0;
    private double rate = 0.0;
    private double dailyMoney = 0.0;
    private double dailyUtility = 0.0;

    private Builder(String mode) {
      this.mode = mode;
    }

    public Builder withConstant(double utils) {
      this.constant = utils;
      return this;
    }

    public Builder withMarginalUtilityOfTraveling_utilsPerHr(double v) {
      this.traveling = v;
      return this;
    }

    public Builder withMarginalUtilityOfDistance_utilsPerM(double v) {
      this.distance = v;
      return this;
    }

    public Builder withMonetaryDistanceRate_perM(double v) {
      this.rate = v;
      return this;
    }

    public Builder withDailyMonetaryConstant(double money) {
      this.dailyMoney = money;
      return this;
    }

    public Builder withDailyUtilityConstant(double utils) {
      this.dailyUtility = utils;
      return this;
    }

    public ModeParams build() {
      return new ModeParams(this);
    }
  }
}
