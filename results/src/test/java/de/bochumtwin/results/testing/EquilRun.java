package de.bochumtwin.results.testing;

import de.bochumtwin.core.analysis.LegRecorder;
import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeRecorder;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.List;

/**
 * A hand-written event stream on {@link Equil}'s network, fed into the core recorders. Three persons:
 * alice drives 1 -> 2 -> 11 -> 20 (06:00:00-06:15:00) and 20 -> 21 -> 22 -> 23 (08:00:00-08:33:20);
 * bob walks twice (teleported 1234.5 m and 500 m); carol drives onto link 3 at 07:00:00 and is removed
 * stuck. Hand-computed totals are the constants below.
 */
public final class EquilRun {
  public static final int LEGS = 4;
  public static final long SUM_DEP_TIME_S = 21600 + 25000 + 27000 + 28800;
  public static final long SUM_TRAV_TIME_S = 900 + 1000 + 500 + 2000;
  public static final double SUM_DISTANCE_M = (10000 + 5000 + 10000) + 1234.5 + 500 + (10000 + 35000 + 10000);
  public static final int VOLUME_ROWS = 7;
  public static final int VOLUME_NULL_SPEEDS = 3; // links 20, 3 and 23: entered but never left
  /** 2, 11, 21, 22: each at exactly free speed 10000/360 = 5000/180 = 35000/1260 m/s. */
  public static final double SUM_SPEED_MPS = 4 * 10000.0 / 360;

  public final Network network = Equil.network("EPSG:25832");
  public final LegTable legs;
  public final LinkVolumeTable volumes;

  public EquilRun() {
    LegRecorder lr = new LegRecorder(network);
    LinkVolumeRecorder vr = new LinkVolumeRecorder(network);
    lr.reset(3, 2);
    vr.reset(2, 2);
    SimEventSink s = EventSinks.withTraversals(EventSinks.fanOut(List.of(lr, vr)));
    String[] links = network.linkIds().toArray(new String[0]);
    s.begin(new TestIds(new String[] {"alice", "bob", "carol"}, new String[] {"alice_car", "carol_car"}, links,
        new String[] {"car", "walk"}));
    int car = 0;
    int walk = 1;
    int alice = 0;
    int bob = 1;
    int carol = 2;
    // alice, leg 0: link "1" -> "2" -> "11" -> "20"
    drive(s, alice, 0, car, 21600, new int[] {l("1"), l("2"), l("11"), l("20")}, new int[] {21601, 21961, 22141}, 22500);
    // bob, leg 0: walk (teleported)
    s.departure(25000, bob, l("1"), walk);
    s.teleported(26000, bob, 1234.5, walk);
    s.arrival(26000, bob, l("1"), walk);
    // carol: enters link "3" at 07:00:00, then removed as stuck (not a leg)
    s.departure(25100, carol, l("1"), car);
    s.personEntersVehicle(25100, carol, 1);
    s.vehicleEntersTraffic(25100, carol, l("1"), 1, car);
    s.linkLeave(25200, l("1"), 1);
    s.linkEnter(25200, l("3"), 1);
    s.stuckAndAbort(26000, carol, l("3"), car);
    // bob, leg 1
    s.departure(27000, bob, l("1"), walk);
    s.teleported(27500, bob, 500, walk);
    s.arrival(27500, bob, l("1"), walk);
    // alice, leg 1: "20" -> "21" -> "22" -> "23"
    drive(s, alice, 0, car, 28800, new int[] {l("20"), l("21"), l("22"), l("23")}, new int[] {28801, 29161, 30421}, 30800);
    s.end(30800);
    legs = lr.table();
    volumes = vr.table();
  }

  private int l(String id) {
    return network.getLinkIndex(id);
  }

  /** Departs on route[0], moves to route[i+1] at enter[i], arrives on the last link at {@code arrive}. */
  private static void drive(SimEventSink s, int p, int v, int m, int dep, int[] route, int[] enter, int arrive) {
    s.departure(dep, p, route[0], m);
    s.personEntersVehicle(dep, p, v);
    s.vehicleEntersTraffic(dep, p, route[0], v, m);
    for (int i = 1; i < route.length; i++) {
      s.linkLeave(enter[i - 1], route[i - 1], v);
      s.linkEnter(enter[i - 1], route[i], v);
    }
    s.vehicleLeavesTraffic(arrive, p, route[route.length - 1], v, m);
    s.personLeavesVehicle(arrive, p, v);
    s.arrival(arrive, p, route[route.length - 1], m);
  }
}
