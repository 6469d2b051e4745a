package de.bochumtwin.core.events;

import java.util.List;

/** Helpers to combine sinks. */
public final class EventSinks {
  private EventSinks() {}

  /** A sink forwarding every event to each of {@code sinks} in list order. */
  public static SimEventSink fanOut(List<? extends SimEventSink> sinks) {
    SimEventSink[] s = sinks.toArray(new SimEventSink[0]);
    if (s.length == 1) {
      return s[0];
    }
    return new FanOut(s);
  }

  private static final class FanOut implements SimEventSink {
    private final SimEventSink[] s;

    FanOut(SimEventSink[] s) {
      this.s = s;
    }

    @Override
    public void begin(EventIds ids) {
      for (SimEventSink x : s) {
        x.begin(ids);
      }
    }

    @Override
    public void activityEnd(int t, int p, int l, int a) {
      for (SimEventSink x : s) {
        x.activityEnd(t, p, l, a);
      }
    }

    @Override
    public void departure(int t, int p, int l, int m) {
      for (SimEventSink x : s) {
        x.departure(t, p, l, m);
      }
    }

    @Override
    public void personEntersVehicle(int t, int p, int v) {
      for (SimEventSink x : s) {
        x.personEntersVehicle(t, p, v);
      }
    }

    @Override
    public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
      for (SimEventSink x : s) {
        x.vehicleEntersTraffic(t, p, l, v, m);
      }
    }

    @Override
    public void linkLeave(int t, int l, int v) {
      for (SimEventSink x : s) {
        x.linkLeave(t, l, v);
      }
    }

    @Override
    public void linkEnter(int t, int l, int v) {
      for (SimEventSink x : s) {
        x.linkEnter(t, l, v);
      }
    }

    @Override
    public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
      for (SimEventSink x : s) {
        x.vehicleLeavesTraffic(t, p, l, v, m);
      }
    }

    @Override
    public void personLeavesVehicle(int t, int p, int v) {
      for (SimEventSink x : s) {
        x.personLeavesVehicle(t, p, v);
      }
    }

    @Override
    public void teleported(int t, int p, double d, int m) {
      for (SimEventSink x : s) {
        x.teleported(t, p, d, m);
      }
    }

    @Override
    public void arrival(int t, int p, int l, int m) {
      for (SimEventSink x : s) {
        x.arrival(t, p, l, m);
      }
    }

    @Override
    public void activityStart(int t, int p, int l, int a) {
      for (SimEventSink x : s) {
        x.activityStart(t, p, l, a);
      }
    }

    @Override
    public void stuckAndAbort(int t, int p, int l, int m) {
      for (SimEventSink x : s) {
        x.stuckAndAbort(t, p, l, m);
      }
    }

    @Override
    public void end(int t) {
      for (SimEventSink x : s) {
        x.end(t);
      }
    }
  }
}
