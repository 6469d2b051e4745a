package de.bochumtwin.core.analysis;

/**
 * Executed legs of one mobsim run as columns (one row per leg, in arrival order).
 * Units: times in seconds since scenario start, durations in seconds, distances in metres.
 * Mode is an index into {@link #modeNames()}; person an index into the population.
 */
public final class LegTable {
  private final int size;
  private final int[] person;
  private final int[] legIndex;
  private final int[] mode;
  private final int[] depTime_s;
  private final int[] travTime_s;
  private final double[] distance_m;
  private final String[] personIds;
  private final String[] modeNames;

  LegTable(int size, int[] person, int[] legIndex, int[] mode, int[] depTime_s, int[] travTime_s,
      double[] distance_m, String[] personIds, String[] modeNames) {
    this.size = size;
    this.person = person;
    this.legIndex = legIndex;
    this.mode = mode;
    this.depTime_s = depTime_s;
    this.travTime_s = travTime_s;
    this.distance_m = distance_m;
    this.personIds = personIds;
    this.modeNames = modeNames;
  }

  public int size() {
    return size;
  }

  public int person(int row) {
    return person[row];
  }

  public String personId(int row) {
    return personIds[person[row]];
  }

  /** 0-based index of the leg within the person's plan. */
  public int legIndex(int row) {
    return legIndex[row];
  }

  public int mode(int row) {
    return mode[row];
  }

  public String modeName(int row) {
    return modeNames[mode[row]];
  }

  public int depTime_s(int row) {
    return depTime_s[row];
  }

  public int travTime_s(int row) {
    return travTime_s[row];
  }

  public double distance_m(int row) {
    return distance_m[row];
  }

  public String[] modeNames() {
    return modeNames.clone();
  }
}
