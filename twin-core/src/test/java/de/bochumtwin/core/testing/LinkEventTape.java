package de.bochumtwin.core.testing;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the four vehicle events of an events file (enters traffic, left link, entered link, leaves
 * traffic) as int tuples {@code {kind, time, person, link, vehicle, mode}} plus the id table, and replays
 * them into another sink, as an events-file reader would. Subclasses may listen to more events.
 */
public class LinkEventTape implements SimEventSink {
  public final List<int[]> events = new ArrayList<>();
  public EventIds ids;

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
    events.add(new int[] {0, t, p, l, v, m});
  }

  @Override
  public void linkLeave(int t, int l, int v) {
    events.add(new int[] {1, t, 0, l, v, 0});
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    events.add(new int[] {2, t, 0, l, v, 0});
  }

  @Override
  public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
    events.add(new int[] {3, t, p, l, v, m});
  }

  /** Feeds the recorded events to {@code s} in order, framed by {@code begin} (when ids were seen) and {@code end}. */
  public void replay(SimEventSink s) {
    if (ids != null) {
      s.begin(ids);
    }
    for (int[] e : events) {
      switch (e[0]) {
        case 0 -> s.vehicleEntersTraffic(e[1], e[2], e[3], e[4], e[5]);
        case 1 -> s.linkLeave(e[1], e[3], e[4]);
        case 2 -> s.linkEnter(e[1], e[3], e[4]);
        default -> s.vehicleLeavesTraffic(e[1], e[2], e[3], e[4], e[5]);
      }
    }
    s.end(0);
  }
}
