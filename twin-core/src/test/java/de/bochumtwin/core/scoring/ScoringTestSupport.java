package de.bochumtwin.core.scoring;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.testing.FixedIds;
import java.util.List;

/** A hand-made {@link EventIds} and helpers that feed the events of whole trips into a sink. */
final class ScoringTestSupport {
  private ScoringTestSupport() {}

  /** Persons, activity types and modes given as lists; index = position. Vehicle i is person i's car. */
  static FixedIds ids(List<String> persons, List<String> types, List<String> modes) {
    return FixedIds.of(persons, "link", types, modes);
  }

  /**
   * The events of one network trip in the order our mobsim emits them: actend, departure, enters
   * vehicle, vehicle enters traffic on {@code links[0]}, a link change into each further link, leaves
   * traffic, leaves vehicle, arrival, actstart. Link entries are spread evenly between dep and arr.
   */
  static void carTrip(SimEventSink s, FixedIds ids, int p, String fromType, int dep_s, String mode, int[] links, int arr_s,
      String toType) {
    int m = ids.mode(mode);
    s.activityEnd(dep_s, p, links[0], ids.type(fromType));
    s.departure(dep_s, p, links[0], m);
    s.personEntersVehicle(dep_s, p, p);
    s.vehicleEntersTraffic(dep_s, p, links[0], p, m);
    for (int i = 1; i < links.length; i++) {
      int t = dep_s + (arr_s - dep_s) * i / links.length;
      s.linkLeave(t, links[i - 1], p);
      s.linkEnter(t, links[i], p);
    }
    int last = links[links.length - 1];
    s.vehicleLeavesTraffic(arr_s, p, last, p, m);
    s.personLeavesVehicle(arr_s, p, p);
    s.arrival(arr_s, p, last, m);
    s.activityStart(arr_s, p, last, ids.type(toType));
  }

  /** The events of one teleported trip: actend, departure, travelled, arrival, actstart. */
  static void teleportTrip(SimEventSink s, FixedIds ids, int p, String fromType, int dep_s, String mode, double dist_m,
      int arr_s, String toType) {
    int m = ids.mode(mode);
    s.activityEnd(dep_s, p, 0, ids.type(fromType));
    s.departure(dep_s, p, 0, m);
    s.teleported(arr_s, p, dist_m, m);
    s.arrival(arr_s, p, 0, m);
    s.activityStart(arr_s, p, 0, ids.type(toType));
  }

  static int hms(int h, int m) {
    return h * 3600 + m * 60;
  }
}
