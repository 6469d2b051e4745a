package de.bochumtwin.core.analysis;

/**
 * Hourly link volumes per network mode (one row per link, hour and mode with at least one vehicle),
 * sorted by link index, hour, mode. {@code volume} counts vehicles entering the link in that hour (as
 * MATSim's volumes analysis does); {@code meanSpeed_mps} is link length divided by the mean time
 * between entering and leaving the link for the vehicles that entered in that hour and later left it
 * (NaN when none left, e.g. all of them arrived on the link).
 */
public final class LinkVolumeTable {
  private final int size;
  private final int[] link;
  private final int[] hour;
  private final int[] mode;
  private final int[] volume;
  private final double[] meanSpeed_mps;
  private final String[] linkIds;
  private final String[] modeNames;

  LinkVolumeTable(int size, int[] link, int[] hour, int[] mode, int[] volume, double[] meanSpeed_mps,
      String[] linkIds, String[] modeNames) {
    this.size = size;
    this.link = link;
    this.hour = hour;
    this.mode = mode;
    this.volume = volume;
    this.meanSpeed_mps = meanSpeed_mps;
    this.linkIds = linkIds;
    this.modeNames = modeNames;
  }

  public int size() {
    return size;
  }

  public int link(int row) {
    return link[row];
  }

  public String linkId(int row) {
    return linkIds[link[row]];
  }

  /** Hour of day starting at 0 (hour 0 = 00:00-01:00; hours beyond 23 continue past midnight). */
  public int hour(int row) {
    return hour[row];
  }

  public int mode(int row) {
    return mode[row];
  }

  public String modeName(int row) {
    return modeNames[mode[row]];
  }

  public int volume(int row) {
    return volume[row];
  }

  public double meanSpeed_mps(int row) {
    return meanSpeed_mps[row];
  }
}
