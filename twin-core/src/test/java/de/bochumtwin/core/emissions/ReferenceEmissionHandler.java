package de.bochumtwin.core.emissions;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Test reference: the emission handler as it was before the batched log (commit 23dddf1), computing
 * every emission at its event with the division-based traffic-situation rule. Kept to prove that
 * {@link EmissionHandler} gives bit-identical results. Original description: computes warm and
 * cold-start emissions from the event stream, online (as a mobsim sink) or offline
 * (fed by an events-file reader): both paths give identical totals for identical events.
 *
 * <p>Warm (MATSim's {@code WarmEmissionHandler}): a traversal from {@code entered link} to
 * {@code left link} or to {@code vehicle leaves traffic} on the same link emits {@code length_km x
 * EF(situation)} at that time; the start link of a trip (no {@code entered link}) emits nothing.
 * Zero-length links emit nothing. Cold (MATSim's {@code ColdEmissionHandler}): at {@code vehicle enters
 * traffic} the parking time since the vehicle last left traffic (12 h before its first start) selects
 * the parking class and the 0-1 km factor is emitted on the start link; once the lengths of the links
 * it left since then exceed 1 km, the 1-2 km increment is emitted on the same start link.
 *
 * <p>Traversals arrive as {@link #linkTraversed} / {@link #arrivalLinkTraversed} (from the mobsim, or
 * derived by {@link de.bochumtwin.core.events.EventSinks#withTraversals} for an events file), so the
 * handler keeps no enter time of its own and ignores {@code entered link}. Cold-start distance counts the
 * departure link at its {@code left link} and every other link at its traversal, after its warm
 * emission, which keeps the order of emissions of the former enter/leave bookkeeping.
 *
 * <p>Totals: {@link #linkHour_g} (link x hour x pollutant, hour = emission time / 3600) and, unless
 * switched off at construction (they cost a cache line per emission), {@link #vehicle_g}. Per-vehicle
 * state is one interleaved int array (8 ints = 32 bytes per
 * vehicle, so an event touches one cache line of it); arrays grow only when a new vehicle index or
 * hour appears, so steady-state event handling allocates nothing.
 */
final class ReferenceEmissionHandler implements SimEventSink {
  private static final int NONE = Integer.MIN_VALUE;
  private static final int UNRESOLVED = -2;
  private static final int IGNORED = -1;

  private final EmissionModel model;
  // per-link constants interleaved: [link * 4] length (m), [+1] free speed (km/h), [+2] road index, [+3] length (km)
  private final double[] linkData;
  private final int linkCount;
  private final ToIntFunction<String> typeOfVehicleId;
  private final EmissionEventListener listener;
  private final boolean vehicleTotals;
  private final int P;
  private final double[] scratch;
  private EventIds ids;

  // per-vehicle int state, interleaved so one event touches one cache line: st[v * S + field]
  private static final int S = 8;
  private static final int TYPE = 0;
  private static final int ON_DEPARTURE_LINK = 1; // 1 from vehicle enters traffic until its first left link
  private static final int LAST_STOP = 3;
  private static final int COLD_LINK = 4;
  private static final int COLD_CLASS = 5;
  private static final int COLD_ACTIVE = 6;
  private int[] st = new int[0];
  private int vehicles;
  private double[] coldDistance_m = new double[0];
  private double[][] hours = new double[0][];
  private double[] vehicle_g = new double[0];
  private final double[] warmTotal_g;
  private final double[] coldTotal_g;
  private long warmTraversals;
  private long coldStarts;
  private long cappedSpeeds;
  private long ignoredEvents;
  private final long[] situationCount = new long[TrafficSituation.values().length];

  /**
   * @param typeOfVehicleId maps a vehicle id to its index in {@link EmissionModel#types()}, or -1 when
   *     the fleet has no such vehicle (then aborts or skips, per {@link EmissionSettings})
   * @param listener receives each emission; may be null
   */
  ReferenceEmissionHandler(EmissionModel model, Network network, ToIntFunction<String> typeOfVehicleId,
      EmissionEventListener listener) {
    this(model, network, typeOfVehicleId, listener, true);
  }

  /**
   * As {@link #ReferenceEmissionHandler(EmissionModel, Network, ToIntFunction, EmissionEventListener)};
   * {@code vehicleTotals} false skips the per-vehicle sums ({@link #vehicle_g} then returns 0), for runs
   * that write no per-vehicle table.
   */
  ReferenceEmissionHandler(EmissionModel model, Network network, ToIntFunction<String> typeOfVehicleId,
      EmissionEventListener listener, boolean vehicleTotals) {
    this.vehicleTotals = vehicleTotals;
    if (network.linkCount() != model.linkCount()) {
      throw new IllegalArgumentException("the emission model was resolved for " + model.linkCount()
          + " links, the network has " + network.linkCount());
    }
    this.model = model;
    this.typeOfVehicleId = typeOfVehicleId;
    this.listener = listener;
    this.P = model.P;
    this.scratch = new double[P];
    this.warmTotal_g = new double[P];
    this.coldTotal_g = new double[P];
    this.linkCount = network.linkCount();
    this.linkData = new double[linkCount * 4];
    for (int l = 0; l < linkCount; l++) {
      linkData[l * 4] = network.length_m(l);
      linkData[l * 4 + 1] = network.freespeed_mps(l) * 3.6;
      linkData[l * 4 + 2] = model.linkRoad[l];
      linkData[l * 4 + 3] = network.length_m(l) / 1000.0;
    }
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void vehicleEntersTraffic(int t, int person, int link, int v, int mode) {
    int type = type(v);
    if (type < 0) {
      return;
    }
    int b = v * S;
    st[b + ON_DEPARTURE_LINK] = 1; // the vehicle starts at the end of the link: no warm emission for it
    int last = st[b + LAST_STOP];
    int parking_s = last == NONE ? EmissionSettings.FIRST_START_PARKING_S : t - last;
    int pc = EmissionModel.parkingClass(parking_s);
    st[b + COLD_LINK] = link;
    st[b + COLD_CLASS] = pc;
    st[b + COLD_ACTIVE] = 1;
    coldDistance_m[v] = 0;
    if (model.hasCold()) {
      emitCold(t, link, v, type, pc, model.coldFirst_g);
    }
  }

  @Override
  public void linkLeave(int t, int link, int v) {
    int type = type(v);
    if (type < 0) {
      return;
    }
    int b = v * S;
    if (st[b + ON_DEPARTURE_LINK] != 0) {
      st[b + ON_DEPARTURE_LINK] = 0;
      coldDistance(t, link, v, type, b);
    }
    // any other link left is traversed: linkTraversed follows and counts its distance
  }

  @Override
  public void linkTraversed(int t, int link, int v, int enter_s) {
    int type = type(v);
    if (type < 0) {
      return;
    }
    emitWarm(t, link, v, type, t - enter_s);
    coldDistance(t, link, v, type, v * S);
  }

  /** Adds the length of a left link to the cold-start distance; emits the 1-2 km increment past 1 km. */
  private void coldDistance(int t, int link, int v, int type, int b) {
    double len = linkData[link * 4];
    if (st[b + COLD_ACTIVE] != 0 && len > 0) {
      double d = coldDistance_m[v] + len;
      if (d > 1000.0) {
        if (model.hasCold()) {
          emitCold(t, st[b + COLD_LINK], v, type, st[b + COLD_CLASS], model.coldSecond_g);
        }
        st[b + COLD_ACTIVE] = 0;
      }
      coldDistance_m[v] = d;
    }
  }

  @Override
  public void vehicleLeavesTraffic(int t, int person, int link, int v, int mode) {
    int type = type(v);
    if (type < 0) {
      return;
    }
    int b = v * S;
    st[b + ON_DEPARTURE_LINK] = 0;
    st[b + LAST_STOP] = t;
    st[b + COLD_ACTIVE] = 0;
  }

  @Override
  public void arrivalLinkTraversed(int t, int link, int v, int enter_s) {
    int type = type(v);
    if (type < 0) {
      return;
    }
    emitWarm(t, link, v, type, t - enter_s);
  }

  private void emitWarm(int t, int link, int v, int type, int travelTime_s) {
    int lb = link * 4;
    double len = linkData[lb];
    if (len <= 0) {
      return;
    }
    double v_kmh = travelTime_s > 0 ? (len / 1000.0) / (travelTime_s / 3600.0) : Double.POSITIVE_INFINITY;
    double vFree = linkData[lb + 1];
    if (v_kmh - vFree > 1.0) {
      if (!model.settings().capHighAverageSpeeds()) {
        throw new IllegalArgumentException("vehicle " + vehicleId(v) + " crossed link " + linkId(link) + " ("
            + len + " m) in " + travelTime_s + " s, faster than its free speed " + vFree
            + " km/h + 1; enable capping of high average speeds to use the free speed instead");
      }
      v_kmh = vFree;
      cappedSpeeds++;
    }
    int road = (int) linkData[lb + 2];
    int s = model.situationIndex(type, road, v_kmh);
    situationCount[s]++;
    int base = ((type * model.roads + road) * EmissionModel.SITUATIONS + s) * P;
    double km = linkData[lb + 3];
    double[] w = model.warm_gpkm;
    for (int p = 0; p < P; p++) {
      scratch[p] = km * w[base + p];
    }
    warmTraversals++;
    add(t, link, v, scratch, warmTotal_g);
    if (listener != null) {
      listener.warmEmission(t, link, v, scratch);
    }
  }

  private void emitCold(int t, int link, int v, int type, int parkingClass, double[] factors) {
    int base = (type * EmissionModel.PARKING + parkingClass - 1) * P;
    for (int p = 0; p < P; p++) {
      scratch[p] = factors[base + p];
    }
    coldStarts++;
    add(t, link, v, scratch, coldTotal_g);
    if (listener != null) {
      listener.coldEmission(t, link, v, scratch);
    }
  }

  private void add(int t, int link, int v, double[] g, double[] total) {
    double[] row = t >= rowStart_s && t < rowStart_s + 3600 ? currentRow : row(t);
    int lb = link * P;
    for (int p = 0; p < P; p++) {
      row[lb + p] += g[p];
      total[p] += g[p];
    }
    if (vehicleTotals) {
      int vb = v * P;
      for (int p = 0; p < P; p++) {
        vehicle_g[vb + p] += g[p];
      }
    }
  }

  // the hour row of the last emission: events come in time order, so the hour rarely changes
  private double[] currentRow;
  private int rowStart_s = Integer.MIN_VALUE / 2;

  private double[] row(int t) {
    int h = Math.max(0, t) / 3600;
    if (h >= hours.length) {
      hours = Arrays.copyOf(hours, Math.max(h + 1, hours.length + 6));
    }
    double[] row = hours[h];
    if (row == null) {
      row = new double[linkCount * P];
      hours[h] = row;
    }
    if (t >= 0) {
      currentRow = row;
      rowStart_s = h * 3600;
    }
    return row;
  }

  /** Type index of vehicle {@code v}, resolving (and growing the state arrays) on first sight. */
  private int type(int v) {
    if (v >= vehicles) {
      grow(v + 1);
    }
    int t = st[v * S + TYPE];
    if (t >= 0) {
      return t;
    }
    if (t == UNRESOLVED) {
      String id = vehicleId(v);
      t = typeOfVehicleId.applyAsInt(id);
      if (t < 0) {
        if (!model.settings().ignoreUnknownVehicles()) {
          throw new IllegalArgumentException("vehicle '" + id + "' is not in the vehicles file: add it with an "
              + "emission type (HbefaVehicleCategory etc.) or choose to ignore unknown vehicles");
        }
        t = IGNORED;
      }
      st[v * S + TYPE] = t;
    }
    if (t == IGNORED) {
      ignoredEvents++;
    }
    return t;
  }

  private void grow(int n) {
    int m = Math.max(n, vehicles * 2 + 16);
    st = Arrays.copyOf(st, m * S);
    for (int v = vehicles; v < m; v++) {
      int b = v * S;
      st[b + TYPE] = UNRESOLVED;
      st[b + LAST_STOP] = NONE;
    }
    coldDistance_m = Arrays.copyOf(coldDistance_m, m);
    vehicle_g = Arrays.copyOf(vehicle_g, (vehicleTotals ? m : 0) * P);
    vehicles = m;
  }

  private String vehicleId(int v) {
    return ids == null ? String.valueOf(v) : ids.vehicleId(v);
  }

  private String linkId(int l) {
    return ids == null ? String.valueOf(l) : ids.linkId(l);
  }

  public EmissionModel model() {
    return model;
  }

  /** Number of hours with at least one emission slot (the last hour index + 1). */
  public int hourCount() {
    for (int h = hours.length - 1; h >= 0; h--) {
      if (hours[h] != null) {
        return h + 1;
      }
    }
    return 0;
  }

  /** Grams of pollutant column {@code p} emitted on {@code link} during {@code hour}. */
  public double linkHour_g(int link, int hour, int p) {
    if (hour >= hours.length || hours[hour] == null) {
      return 0;
    }
    return hours[hour][link * P + p];
  }

  /** Number of vehicle indices seen (the upper bound for {@link #vehicle_g}). */
  public int vehicleCount() {
    return vehicles;
  }

  /** True when the vehicle index was seen and belongs to the fleet. */
  public boolean hasVehicle(int v) {
    return v < vehicles && st[v * S + TYPE] >= 0;
  }

  /** Grams of pollutant column {@code p} emitted by vehicle index {@code v}. */
  public double vehicle_g(int v, int p) {
    return v * P + p < vehicle_g.length ? vehicle_g[v * P + p] : 0;
  }

  /** Emission class index of vehicle {@code v}, or -1. */
  public int vehicleType(int v) {
    return v < vehicles ? Math.max(-1, st[v * S + TYPE]) : -1;
  }

  public double warmTotal_g(int p) {
    return warmTotal_g[p];
  }

  public double coldTotal_g(int p) {
    return coldTotal_g[p];
  }

  public long warmTraversals() {
    return warmTraversals;
  }

  public long coldStarts() {
    return coldStarts;
  }

  /** Traversals whose average speed was capped to the free speed. */
  public long cappedSpeeds() {
    return cappedSpeeds;
  }

  /**
   * Events skipped because their vehicle is not in the fleet (ignore mode only): traffic entries and
   * exits, links left and traversals ({@code entered link} is not looked at).
   */
  public long ignoredEvents() {
    return ignoredEvents;
  }

  /** Warm traversals per traffic situation. */
  public long situationCount(TrafficSituation s) {
    return situationCount[s.ordinal()];
  }

  /** The vehicle id behind index {@code v} (from the events' id tables), for writers. */
  public String vehicleIdOf(int v) {
    return vehicleId(v);
  }
}
