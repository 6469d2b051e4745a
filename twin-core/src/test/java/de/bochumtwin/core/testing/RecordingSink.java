package de.bochumtwin.core.testing;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import java.util.ArrayList;
import java.util.List;

/** Records every event as a readable line "time type a b" for assertions. */
public final class RecordingSink implements SimEventSink {
  public final List<String> lines = new ArrayList<>();
  private EventIds ids;

  public record LinkEvent(int time_s, boolean enter, String link, String vehicle) {}

  public final List<LinkEvent> linkEvents = new ArrayList<>();

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void activityEnd(int t, int p, int l, int a) {
    lines.add(t + " actend " + ids.personId(p) + " " + ids.linkId(l) + " " + ids.activityType(a));
  }

  @Override
  public void departure(int t, int p, int l, int m) {
    lines.add(t + " departure " + ids.personId(p) + " " + ids.linkId(l) + " " + ids.mode(m));
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
    lines.add(t + " enterstraffic " + ids.vehicleId(v) + " " + ids.linkId(l));
  }

  @Override
  public void linkLeave(int t, int l, int v) {
    lines.add(t + " left " + ids.vehicleId(v) + " " + ids.linkId(l));
    linkEvents.add(new LinkEvent(t, false, ids.linkId(l), ids.vehicleId(v)));
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    lines.add(t + " entered " + ids.vehicleId(v) + " " + ids.linkId(l));
    linkEvents.add(new LinkEvent(t, true, ids.linkId(l), ids.vehicleId(v)));
  }

  @Override
  public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
    lines.add(t + " leavestraffic " + ids.vehicleId(v) + " " + ids.linkId(l));
  }

  @Override
  public void arrival(int t, int p, int l, int m) {
    lines.add(t + " arrival " + ids.personId(p) + " " + ids.linkId(l) + " " + ids.mode(m));
  }

  @Override
  public void teleported(int t, int p, double d, int m) {
    lines.add(t + " travelled " + ids.personId(p) + " " + Math.round(d) + " " + ids.mode(m));
  }

  @Override
  public void activityStart(int t, int p, int l, int a) {
    lines.add(t + " actstart " + ids.personId(p) + " " + ids.linkId(l) + " " + ids.activityType(a));
  }

  @Override
  public void stuckAndAbort(int t, int p, int l, int m) {
    lines.add(t + " stuck " + ids.personId(p) + " " + (l < 0 ? "-" : ids.linkId(l)));
  }

  /** Times of {@code left link} events on the given link, in order. */
  public List<Integer> leaveTimes(String link) {
    List<Integer> out = new ArrayList<>();
    for (LinkEvent e : linkEvents) {
      if (!e.enter() && e.link().equals(link)) {
        out.add(e.time_s());
      }
    }
    return out;
  }

  /** Maximum number of vehicles on a link at once (entered minus left, after each event). */
  public int maxOccupancy(String link) {
    int n = 0;
    int max = 0;
    for (LinkEvent e : linkEvents) {
      if (e.link().equals(link)) {
        n += e.enter() ? 1 : -1;
        max = Math.max(max, n);
      }
    }
    return max;
  }
}
