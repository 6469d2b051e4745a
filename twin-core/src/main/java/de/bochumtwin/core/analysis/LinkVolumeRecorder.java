package de.bochumtwin.core.analysis;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;

/**
 * Counts hourly link entries per mode and the travel time of each completed link traversal, in flat
 * arrays indexed {@code (link * hours + hour) * modes + mode}. Hours beyond the array grow it.
 */
public final class LinkVolumeRecorder implements SimEventSink {
  private final Network network;
  private EventIds ids;
  private int modes = 1;
  private int hours = 30;
  private int[] volume = new int[0];
  private long[] ttSum_s = new long[0];
  private int[] ttCount = new int[0];
  private int[] vehMode = new int[0];
  private int[] vehEnterTime = new int[0];
  private int[] vehEnterLink = new int[0];

  public LinkVolumeRecorder(Network network) {
    this.network = network;
  }

  /** Prepares for a run with the given vehicle count and number of mode indices. */
  public void reset(int vehicles, int modeCount) {
    this.modes = Math.max(1, modeCount);
    this.volume = new int[network.linkCount() * hours * modes];
    this.ttSum_s = new long[volume.length];
    this.ttCount = new int[volume.length];
    this.vehMode = new int[vehicles];
    this.vehEnterTime = new int[vehicles];
    this.vehEnterLink = new int[vehicles];
    Arrays.fill(vehEnterLink, -1);
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
    vehEnterLink[v] = -1;
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    int h = t / 3600;
    if (h >= hours) {
      growHours(h + 1);
    }
    volume[slot(l, h, vehMode[v])]++;
    vehEnterTime[v] = t;
    vehEnterLink[v] = l;
  }

  @Override
  public void linkLeave(int t, int l, int v) {
    if (vehEnterLink[v] == l) {
      int s = slot(l, vehEnterTime[v] / 3600, vehMode[v]);
      ttSum_s[s] += t - vehEnterTime[v];
      ttCount[s]++;
    }
    vehEnterLink[v] = -1;
  }

  private int slot(int link, int hour, int mode) {
    return (link * hours + hour) * modes + mode;
  }

  private void growHours(int newHours) {
    int nh = Math.max(newHours, hours + 6);
    int[] v2 = new int[network.linkCount() * nh * modes];
    long[] s2 = new long[v2.length];
    int[] c2 = new int[v2.length];
    for (int l = 0; l < network.linkCount(); l++) {
      for (int h = 0; h < hours; h++) {
        for (int m = 0; m < modes; m++) {
          int o = (l * hours + h) * modes + m;
          int n = (l * nh + h) * modes + m;
          v2[n] = volume[o];
          s2[n] = ttSum_s[o];
          c2[n] = ttCount[o];
        }
      }
    }
    volume = v2;
    ttSum_s = s2;
    ttCount = c2;
    hours = nh;
  }

  /** The rows with a non-zero volume, sorted by link, hour and mode. */
  public LinkVolumeTable table() {
    int n = 0;
    for (int x : volume) {
      if (x > 0) {
        n++;
      }
    }
    int[] link = new int[n];
    int[] hour = new int[n];
    int[] mode = new int[n];
    int[] vol = new int[n];
    double[] speed = new double[n];
    int r = 0;
    for (int i = 0; i < volume.length; i++) {
      if (volume[i] > 0) {
        int l = i / (hours * modes);
        link[r] = l;
        hour[r] = (i / modes) % hours;
        mode[r] = i % modes;
        vol[r] = volume[i];
        speed[r] = ttCount[i] == 0 ? Double.NaN
            : network.length_m(l) / Math.max(1.0, (double) ttSum_s[i] / ttCount[i]);
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
