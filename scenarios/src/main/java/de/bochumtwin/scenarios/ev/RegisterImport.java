package de.bochumtwin.scenarios.ev;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.osm.TransverseMercator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns register rows into {@link Chargers} of a network: WGS84 coordinates are projected into the
 * network's CRS (a UTM zone, EPSG:25832 for Bochum), each row becomes one charger on the nearest car link
 * within {@code maxDistance_m}; rows further away (outside the network) are left out and listed.
 *
 * <p>Mapping: id {@code bnetza-<register id>}, plug count = charge points, plug power = the highest
 * single charge point's power (a device's connection power is shared by its points), type
 * {@code default}, public (the register lists public charging only), operator from the register.
 */
public final class RegisterImport {
  private RegisterImport() {}

  /**
   * The chargers built and what was left out.
   *
   * @param entryIndex per charger the index of its register row in the input list
   * @param distance_m per charger the distance from its coordinates to its link
   * @param unmatched register rows without a car link within the distance
   * @param byPowerClass chargers per class of the device's nominal power
   */
  public record Result(Chargers chargers, int[] entryIndex, double[] distance_m, List<RegisterEntry> unmatched,
      Map<PowerClass, Integer> byPowerClass) {}

  public static Result toChargers(List<RegisterEntry> entries, Network network, double maxDistance_m) {
    TransverseMercator tm = TransverseMercator.forCrs(network.crs());
    ChargerLinkMatcher matcher = new ChargerLinkMatcher(network, "car");
    Chargers.Builder b = Chargers.builder();
    List<Integer> idx = new ArrayList<>();
    List<Double> dist = new ArrayList<>();
    List<RegisterEntry> unmatched = new ArrayList<>();
    Map<PowerClass, Integer> classes = new EnumMap<>(PowerClass.class);
    for (PowerClass c : PowerClass.values()) {
      classes.put(c, 0);
    }
    double[] xy = new double[2];
    for (int i = 0; i < entries.size(); i++) {
      RegisterEntry e = entries.get(i);
      tm.project(e.lat_deg(), e.lon_deg(), xy);
      ChargerLinkMatcher.Match m = matcher.nearest(xy[0], xy[1]);
      if (m.link() < 0 || m.distance_m() > maxDistance_m) {
        unmatched.add(e);
        continue;
      }
      b.add("bnetza-" + e.id(), m.link(), xy[0], xy[1], e.maxPointPower_kW(), e.chargePoints(), Chargers.DEFAULT_TYPE,
          e.operator(), true);
      idx.add(i);
      dist.add(m.distance_m());
      classes.merge(PowerClass.of(e.devicePower_kW()), 1, Integer::sum);
    }
    return new Result(b.build(), idx.stream().mapToInt(Integer::intValue).toArray(),
        dist.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(unmatched), Map.copyOf(classes));
  }
}
