package de.bochumtwin.core.events;

import java.util.Arrays;

/**
 * Derives {@link SimEventSink#linkTraversed} and {@link SimEventSink#arrivalLinkTraversed} for a source
 * that reports only the MATSim event types (see {@link EventSinks#withTraversals}). Per vehicle index it
 * keeps the link entered last and when (-1: none open); {@code vehicle enters traffic} closes any open
 * link, as the vehicle starts at the end of its departure link.
 */
final class DerivedTraversals implements SimEventSink {
  private final SimEventSink sink;
  private int[] enterLink = new int[0];
  private int[] enter_s = new int[0];

  DerivedTraversals(SimEventSink sink) {
    this.sink = sink;
  }

  private void ensure(int v) {
    if (v >= enterLink.length) {
      int n = Math.max(v + 1, enterLink.length * 2 + 16);
      int old = enterLink.length;
      enterLink = Arrays.copyOf(enterLink, n);
      enter_s = Arrays.copyOf(enter_s, n);
      Arrays.fill(enterLink, old, n, -1);
    }
  }

  @Override
  public void begin(EventIds ids) {
    Arrays.fill(enterLink, -1);
    sink.begin(ids);
  }

  @Override
  public void activityEnd(int t, int p, int l, int a) {
    sink.activityEnd(t, p, l, a);
  }

  @Override
  public void departure(int t, int p, int l, int m) {
    sink.departure(t, p, l, m);
  }

  @Override
  public void personEntersVehicle(int t, int p, int v) {
    sink.personEntersVehicle(t, p, v);
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int l, int v, int m) {
    ensure(v);
    enterLink[v] = -1;
    sink.vehicleEntersTraffic(t, p, l, v, m);
  }

  @Override
  public void linkLeave(int t, int l, int v) {
    ensure(v);
    sink.linkLeave(t, l, v);
    if (enterLink[v] == l) {
      enterLink[v] = -1;
      sink.linkTraversed(t, l, v, enter_s[v]);
    } else {
      enterLink[v] = -1;
    }
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    ensure(v);
    enterLink[v] = l;
    enter_s[v] = t;
    sink.linkEnter(t, l, v);
  }

  @Override
  public void vehicleLeavesTraffic(int t, int p, int l, int v, int m) {
    ensure(v);
    sink.vehicleLeavesTraffic(t, p, l, v, m);
    if (enterLink[v] == l) {
      enterLink[v] = -1;
      sink.arrivalLinkTraversed(t, l, v, enter_s[v]);
    } else {
      enterLink[v] = -1;
    }
  }

  @Override
  public void personLeavesVehicle(int t, int p, int v) {
    sink.personLeavesVehicle(t, p, v);
  }

  @Override
  public void teleported(int t, int p, double d, int m) {
    sink.teleported(t, p, d, m);
  }

  @Override
  public void arrival(int t, int p, int l, int m) {
    sink.arrival(t, p, l, m);
  }

  @Override
  public void activityStart(int t, int p, int l, int a) {
    sink.activityStart(t, p, l, a);
  }

  @Override
  public void stuckAndAbort(int t, int p, int l, int m) {
    sink.stuckAndAbort(t, p, l, m);
  }

  @Override
  public void end(int t) {
    sink.end(t);
  }
}
