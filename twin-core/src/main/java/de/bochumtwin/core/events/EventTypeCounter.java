package de.bochumtwin.core.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts events per MATSim event type name; used for checks such as write/read-back equality. */
public final class EventTypeCounter implements SimEventSink {
  private final long[] n = new long[13];
  private static final String[] NAMES = {
    "actend", "departure", "PersonEntersVehicle", "vehicle enters traffic", "left link", "entered link",
    "vehicle leaves traffic", "PersonLeavesVehicle", "travelled", "arrival", "actstart", "stuckAndAbort", "(total)"
  };

  @Override
  public void activityEnd(int t, int p, int l, int a) {
    n[0]++;
  }

  @Override
  public void departure(int t, int p, int l, int m) {
    n[1]++;
  }

  @Override
  public void personEntersVehicle(int t, int p, int v) {
    n[2]++;
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
    n[3]++;
  }

  @Override
  public void linkLeave(int t, int l, int v) {
    n[4]++;
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    n[5]++;
  }

  @Override
  public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
    n[6]++;
  }

  @Override
  public void personLeavesVehicle(int t, int p, int v) {
    n[7]++;
  }

  @Override
  public void teleported(int t, int p, double d, int m) {
    n[8]++;
  }

  @Override
  public void arrival(int t, int p, int l, int m) {
    n[9]++;
  }

  @Override
  public void activityStart(int t, int p, int l, int a) {
    n[10]++;
  }

  @Override
  public void stuckAndAbort(int t, int p, int l, int m) {
    n[11]++;
  }

  /** Counts per MATSim event type name (types never seen are omitted), in a fixed order. */
  public Map<String, Long> countsByType() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      if (n[i] > 0) {
        m.put(NAMES[i], n[i]);
      }
    }
    return m;
  }

  /** Number of link events ({@code entered link} plus {@code left link}). */
  public long linkEvents() {
    return n[4] + n[5];
  }
}
