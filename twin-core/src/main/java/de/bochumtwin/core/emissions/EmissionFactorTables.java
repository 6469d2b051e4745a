package de.bochumtwin.core.emissions;

import java.util.Optional;

/**
 * The up to four tables MATSim's emissions contrib reads: average and detailed, warm and cold. At
 * least one warm table is required; cold tables are optional (no cold tables: no cold starts).
 */
public final class EmissionFactorTables {
  private final WarmFactorTable averageWarm;
  private final WarmFactorTable detailedWarm;
  private final ColdFactorTable averageCold;
  private final ColdFactorTable detailedCold;

  private EmissionFactorTables(WarmFactorTable averageWarm, WarmFactorTable detailedWarm,
      ColdFactorTable averageCold, ColdFactorTable detailedCold) {
    if (averageWarm == null && detailedWarm == null) {
      throw new IllegalArgumentException("at least one warm emission factor table (average or detailed) is required");
    }
    this.averageWarm = averageWarm;
    this.detailedWarm = detailedWarm;
    this.averageCold = averageCold;
    this.detailedCold = detailedCold;
  }

  /** Any argument may be null, except that one of the warm tables must be given. */
  public static EmissionFactorTables of(WarmFactorTable averageWarm, WarmFactorTable detailedWarm,
      ColdFactorTable averageCold, ColdFactorTable detailedCold) {
    return new EmissionFactorTables(averageWarm, detailedWarm, averageCold, detailedCold);
  }

  public Optional<WarmFactorTable> averageWarm() {
    return Optional.ofNullable(averageWarm);
  }

  public Optional<WarmFactorTable> detailedWarm() {
    return Optional.ofNullable(detailedWarm);
  }

  public Optional<ColdFactorTable> averageCold() {
    return Optional.ofNullable(averageCold);
  }

  public Optional<ColdFactorTable> detailedCold() {
    return Optional.ofNullable(detailedCold);
  }

  /** True when at least one cold table is present. */
  public boolean hasCold() {
    return averageCold != null || detailedCold != null;
  }
}
