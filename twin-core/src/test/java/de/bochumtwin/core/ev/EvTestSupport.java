package de.bochumtwin.core.ev;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.testing.FixedIds;
import java.util.List;

/** Hand-fed event sequences for the EV feature tests. */
final class EvTestSupport {
  private EvTestSupport() {}

  /** Fixed ids: persons p0..p9 (vehicle = person), activity types home/work/shop, modes car/walk. */
  static final EventIds IDS = new FixedIds(p -> "p" + p, v -> "p" + v, l -> "l" + l, List.of("home", "work", "shop"),
      List.of("car", "walk"));
  static final int HOME = 0;
  static final int WORK = 1;
  static final int SHOP = 2;
  static final int CAR = 0;

  /**
   * A car trip of person {@code p} in vehicle {@code p}: ends activity {@code fromType} at {@code times[0]},
   * enters traffic on {@code links[0]}, leaves link i-1 / enters link i at {@code times[i]}, leaves
   * traffic at {@code times[links.length]} and starts {@code toType}. A one-link trip enters and leaves
   * traffic at once.
   */
  static void trip(SimEventSink sink, int p, int fromType, int toType, int[] links, int... times) {
    // the mobsim reports completed traversals itself; hand-fed events get them derived, as from a file
    SimEventSink s = EventSinks.withTraversals(sink);
    int dep = times[0];
    s.activityEnd(dep, p, links[0], fromType);
    s.departure(dep, p, links[0], CAR);
    s.personEntersVehicle(dep, p, p);
    s.vehicleEntersTraffic(dep, p, links[0], p, CAR);
    for (int i = 1; i < links.length; i++) {
      s.linkLeave(times[i], links[i - 1], p);
      s.linkEnter(times[i], links[i], p);
    }
    int arr = links.length == 1 ? dep : times[links.length];
    int last = links[links.length - 1];
    s.vehicleLeavesTraffic(arr, p, last, p, CAR);
    s.personLeavesVehicle(arr, p, p);
    s.arrival(arr, p, last, CAR);
    s.activityStart(arr, p, last, toType);
  }
}
