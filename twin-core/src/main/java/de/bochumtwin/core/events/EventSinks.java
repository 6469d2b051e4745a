package de.bochumtwin.core.events;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Helpers to combine and adapt sinks. */
public final class EventSinks {
  private EventSinks() {}

  /**
   * A sink forwarding every event to each of {@code sinks} in list order. Each event type goes only to
   * the sinks whose class overrides its method (decided once, here, by reflection): a no-op default
   * costs nothing per event, and the call sites see fewer receiver classes (megamorphic dispatch is
   * what makes a fan-out of many sinks slow).
   */
  public static SimEventSink fanOut(List<? extends SimEventSink> sinks) {
    SimEventSink[] s = sinks.toArray(new SimEventSink[0]);
    if (s.length == 1) {
      return s[0];
    }
    return new FanOut(s);
  }

  /**
   * Wraps {@code sink} for an event source that does not report traversals (an events file, a test):
   * forwards every event and derives {@link SimEventSink#linkTraversed} and
   * {@link SimEventSink#arrivalLinkTraversed} from {@code entered link}, {@code left link}, {@code
   * vehicle enters traffic} and {@code vehicle leaves traffic} exactly as the mobsim reports them, so
   * handlers give identical results online and offline. Traversal calls reaching the wrapper are dropped
   * (it derives its own). Keeps one enter link and time per vehicle index; not thread-safe.
   */
  public static SimEventSink withTraversals(SimEventSink sink) {
    return new DerivedTraversals(sink);
  }

  /** True when {@code sink}'s class overrides interface method {@code m} (not the no-op default). */
  static boolean overrides(SimEventSink sink, Method m) {
    try {
      return sink.getClass().getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass() != SimEventSink.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("event sink " + sink.getClass() + " lacks " + m, e);
    }
  }

  /** The sinks of {@code all} overriding the method named {@code name}, in list order. */
  static SimEventSink[] receivers(SimEventSink[] all, String name) {
    Method m = null;
    for (Method x : SimEventSink.class.getMethods()) {
      if (x.getName().equals(name)) {
        m = x;
      }
    }
    if (m == null) {
      throw new IllegalArgumentException("SimEventSink has no method " + name);
    }
    List<SimEventSink> r = new ArrayList<>();
    for (SimEventSink x : all) {
      if (overrides(x, m)) {
        r.add(x);
      }
    }
    return r.toArray(new SimEventSink[0]);
  }

  private static final class FanOut implements SimEventSink {
    private final SimEventSink[] begin;
    private final SimEventSink[] actEnd;
    private final SimEventSink[] departure;
    private final SimEventSink[] entersVeh;
    private final SimEventSink[] entersTraffic;
    private final SimEventSink[] leave;
    private final SimEventSink[] enter;
    private final SimEventSink[] leavesTraffic;
    private final SimEventSink[] traversed;
    private final SimEventSink[] arrivalTraversed;
    private final SimEventSink[] leavesVeh;
    private final SimEventSink[] teleported;
    private final SimEventSink[] arrival;
    private final SimEventSink[] actStart;
    private final SimEventSink[] stuck;
    private final SimEventSink[] end;

    FanOut(SimEventSink[] s) {
      begin = receivers(s, "begin");
      actEnd = receivers(s, "activityEnd");
      departure = receivers(s, "departure");
      entersVeh = receivers(s, "personEntersVehicle");
      entersTraffic = receivers(s, "vehicleEntersTraffic");
      leave = receivers(s, "linkLeave");
      enter = receivers(s, "linkEnter");
      leavesTraffic = receivers(s, "vehicleLeavesTraffic");
      traversed = receivers(s, "linkTraversed");
      arrivalTraversed = receivers(s, "arrivalLinkTraversed");
      leavesVeh = receivers(s, "personLeavesVehicle");
      teleported = receivers(s, "teleported");
      arrival = receivers(s, "arrival");
      actStart = receivers(s, "activityStart");
      stuck = receivers(s, "stuckAndAbort");
      end = receivers(s, "end");
    }

    @Override
    public void begin(EventIds ids) {
      for (SimEventSink x : begin) {
        x.begin(ids);
      }
    }

    @Override
    public void activityEnd(int t, int p, int l, int a) {
      for (SimEventSink x : actEnd) {
        x.activityEnd(t, p, l, a);
      }
    }

    @Override
    public void departure(int t, int p, int l, int m) {
      for (SimEventSink x : departure) {
        x.departure(t, p, l, m);
      }
    }

    @Override
    public void personEntersVehicle(int t, int p, int v) {
      for (SimEventSink x : entersVeh) {
        x.personEntersVehicle(t, p, v);
      }
    }

    @Override
    public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
      for (SimEventSink x : entersTraffic) {
        x.vehicleEntersTraffic(t, p, l, v, m);
      }
    }

    @Override
    public void linkLeave(int t, int l, int v) {
      for (SimEventSink x : leave) {
        x.linkLeave(t, l, v);
      }
    }

    @Override
    public void linkEnter(int t, int l, int v) {
      for (SimEventSink x : enter) {
        x.linkEnter(t, l, v);
      }
    }

    @Override
    public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
      for (SimEventSink x : leavesTraffic) {
        x.vehicleLeavesTraffic(t, p, l, v, m);
      }
    }

    @Override
    public void linkTraversed(int t, int l, int v, int enter_s) {
      for (SimEventSink x : traversed) {
        x.linkTraversed(t, l, v, enter_s);
      }
    }

    @Override
    public void arrivalLinkTraversed(int t, int l, int v, int enter_s) {
      for (SimEventSink x : arrivalTraversed) {
        x.arrivalLinkTraversed(t, l, v, enter_s);
      }
    }

    @Override
    public void personLeavesVehicle(int t, int p, int v) {
      for (SimEventSink x : leavesVeh) {
        x.personLeavesVehicle(t, p, v);
      }
    }

    @Override
    public void teleported(int t, int p, double d, int m) {
      for (SimEventSink x : teleported) {
        x.teleported(t, p, d, m);
      }
    }

    @Override
    public void arrival(int t, int p, int l, int m) {
      for (SimEventSink x : arrival) {
        x.arrival(t, p, l, m);
      }
    }

    @Override
    public void activityStart(int t, int p, int l, int a) {
      for (SimEventSink x : actStart) {
        x.activityStart(t, p, l, a);
      }
    }

    @Override
    public void stuckAndAbort(int t, int p, int l, int m) {
      for (SimEventSink x : stuck) {
        x.stuckAndAbort(t, p, l, m);
      }
    }

    @Override
    public void end(int t) {
      for (SimEventSink x : end) {
        x.end(t);
      }
    }
  }
}
