package de.bochumtwin.core.analysis;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;

/**
 * Counts hourly link entries per mode and the travel time of each completed link traversal in one
 * flat {@code long[]}: slot {@code s = (link * hours + hour) * modes + mode} holds the travel time sum
 * at {@code 2s} and (volume &lt;&lt; 32 | completed traversals) at {@code 2s + 1}, so an event touches one
 * cache line instead of three (the recorder runs on every link event). Hours beyond the array grow it.
 *
 * <p>Volumes count {@code entered link} events in the hour of entry; travel times come from
 * {@link #linkTraversed} (left links only: a vehicle parking on its arrival link did not traverse it) and
 * count in the hour of entry. The only per-vehicle state is the mode of the current leg. An events-file
 * source must wrap the recorder with {@link de.bochumtwin.core.events.EventSinks#withTraversals}.
 */
public final class LinkVolumeRecorder implements SimEventSink {
  private final Network network;
  private EventIds ids;
  private int modes = 1;
  private int hours = 30;
  private long[] cells = new long[0];
  private int[] vehMode = new int[0];

  public LinkVolumeRecorder(Network network) {
    this.network = network;
  }

  /** Prepares for a run with the given vehicle count and number of mode indices. */
  public void reset(int vehicles, int modeCount) {
    this.modes = Math.max(1, modeCount);
    this.cells = new long[2 * network.linkCount() * hours * modes];
    this.vehMode = new int[vehicles];
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
    if (ids.modeCount() > modes) {
      reset(vehMode.length, ids.modeCount());
    }
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
    vehMode[v] = m;
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    int h = t / 3600;
    if (h >= hours) {
      growHours(h + 1);
    }
    cells[2 * slot(l, h, vehMode[v]) + 1] += 1L << 32;
  }

  @Override
  public void linkTraversed(int t, int l, int v, int enter_s) {
    // the enter hour exists: linkEnter grew the array for it
    int s = slot(l, enter_s / 3600, vehMode[v]);
    cells[2 * s] += t - enter_s;
    cells[2 * s + 1]++;
  }

  private int slot(int link, int hour, int mode) {
    return (link * hours + hour) * modes + mode;
  }

  private void growHours(int newHours) {
    int nh = Math.max(newHours, hours + 6);
    long[] c2 = new long[2 * network.linkCount() * nh * modes];
    for (int l = 0; l < network.linkCount(); l++) {
      for (int h = 0; h < hours; h++) {
        for (int m = 0; m < modes; m++) {
          int o = (l * hours + h) * modes + m;
          int n = (l * nh + h) * modes + m;
          c2[2 * n] = cells[2 * o];
          c2[2 * n + 1] = cells[2 * o + 1];
        }
      }
    }
    cells = c2;
    hours = nh;
  }

  /** The rows with a non-zero volume, sorted by link, hour and mode. */
  public LinkVolumeTable table() {
    int slots = cells.length / 2;
    int n = 0;
    for (int i = 0; i < slots; i++) {
      if ((cells[2 * i + 1] >>> 32) > 0) {
        n++;
      }
    }
    int[] link = new int[n];
    int[] hour = new int[n];
    int[] mode = new int[n];
    int[] vol = new int[n];
    double[] speed = new double[n];
    int r = 0;
    for (int i = 0; i < slots; i++) {
      int volume = (int) (cells[2 * i + 1] >>> 32);
      if (volume > 0) {
        int count = (int) cells[2 * i + 1];
        int l = i / (hours * modes);
        link[r] = l;
        hour[r] = (i / modes) % hours;
        mode[r] = i % modes;
        vol[r] = volume;
        speed[r] = count == 0 ? Double.NaN : network.length_m(l) / Math.max(1.0, (double) cells[2 * i] / count);
        r++;
      }
    }
    String[] modeNames = new String[ids.modeCount()];
    for (int i = 0; i < modeNames.length; i++) {
      modeNames[i] = ids.mode(i);
    }
    return new LinkVolumeTable(n, link, hour, mode, vol, speed, network.linkIds().toArray(new String[0]), modeNames);
  }
}
