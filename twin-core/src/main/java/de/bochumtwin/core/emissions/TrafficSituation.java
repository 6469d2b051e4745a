package de.bochumtwin.core.emissions;

/**
 * HBEFA traffic situations, from free flow to heavy stop-and-go, with the suffix HBEFA exports use
 * after the road type in the {@code TrafficSit} column (e.g. {@code URB/Local/50/St+Go}).
 */
public enum TrafficSituation {
  FREEFLOW("Freeflow"),
  HEAVY("Heavy"),
  SATURATED("Satur."),
  STOPANDGO("St+Go"),
  STOPANDGO_HEAVY("St+Go2");

  private final String hbefaSuffix;

  TrafficSituation(String hbefaSuffix) {
    this.hbefaSuffix = hbefaSuffix;
  }

  public String hbefaSuffix() {
    return hbefaSuffix;
  }

  /** The situation whose suffix equals {@code suffix} exactly, or null. */
  public static TrafficSituation fromHbefaSuffix(String suffix) {
    for (TrafficSituation s : values()) {
      if (s.hbefaSuffix.equals(suffix)) {
        return s;
      }
    }
    return null;
  }
}
