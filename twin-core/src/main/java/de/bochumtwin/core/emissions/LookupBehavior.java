package de.bochumtwin.core.emissions;

/**
 * How a vehicle's factors are looked up in the detailed and average tables; the names and the order
 * of the tries are MATSim's {@code detailedVsAverageLookupBehavior}. "Rewrite" is MATSim's HBEFA 3 to
 * HBEFA 4 key rewrite (size class {@code not specified}, {@code PC-D-Euro-3} becomes
 * {@code PC D Euro-3}). A lookup that finds nothing is an error, never a silent zero.
 */
public enum LookupBehavior {
  /** Detailed key, then its rewrite. */
  onlyTryDetailedElseAbort(true, false, false),
  /** Detailed key, its rewrite, then {@code <technology>;average;average} in the detailed table. */
  tryDetailedThenTechnologyAverageElseAbort(true, true, false),
  /** As above, then the vehicle category in the average table. */
  tryDetailedThenTechnologyAverageThenAverageTable(true, true, true),
  /** Only the vehicle category in the average table. */
  directlyTryAverageTable(false, false, true);

  private final boolean triesDetailed;
  private final boolean triesTechnologyAverage;
  private final boolean triesAverageTable;

  LookupBehavior(boolean detailed, boolean technologyAverage, boolean averageTable) {
    this.triesDetailed = detailed;
    this.triesTechnologyAverage = technologyAverage;
    this.triesAverageTable = averageTable;
  }

  public boolean triesDetailed() {
    return triesDetailed;
  }

  public boolean triesTechnologyAverage() {
    return triesTechnologyAverage;
  }

  public boolean triesAverageTable() {
    return triesAverageTable;
  }
}
