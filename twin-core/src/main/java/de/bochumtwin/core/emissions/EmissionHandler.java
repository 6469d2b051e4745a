package de.bochumtwin.core.emissions;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Computes warm and cold-start emissions from the event stream, online (as a mobsim sink) or offline
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
 * <p>Why it is fast (docs/performance.md, "Emissions overhead"): an event only touches one int of
 * per-vehicle state (type and two flags) and, while a cold start is open, the vehicle's cold record;
 * each emission is appended to a small log of ints. The log is applied in event order when it is full,
 * at {@link #end} and before any result is read: the traffic situation comes from per-link travel-time
 * thresholds ({@link TravelTimeSituations}, no division), and the grams are added to the link-hour rows,
 * the totals and (optionally) the per-vehicle sums. Applying the log in order adds exactly the same
 * doubles in exactly the same order as handling each event at once, so results are bit-identical to
 * the per-event computation; the batch loop lets the CPU overlap the cache misses on link-hour rows
 * that used to stall the mobsim. With a listener every entry is applied at once (emission events keep
 * their order relative to other events).
 *
 * <p>Totals: {@link #linkHour_g} (link x hour x pollutant, hour = emission time / 3600) and, unless
 * switched off at construction, {@link #vehicle_g}. Arrays grow only when a new vehicle index or hour
 * appears, so steady-state event handling allocates nothing.
 */
public final class EmissionHandler implements SimEventSink {
  private static final int NONE = Integer.MIN_VALUE;
  // per-vehicle state word: bits 0-23 type + 2 (0 = unresolved, 1 = not in the fleet), then two flags
  private static final int TYPE_MASK = 0xFF_FFFF;
  private static final int UNRESOLVED = 0;
  private static final int IGNORED = 1;
  private static final int ON_DEPARTURE_LINK = 1 << 24; // from vehicle enters traffic until its first left link
  private static final int COLD_ACTIVE = 1 << 25; // until the 1-2 km increment is emitted or the trip ends

  // log entry: time, link, vehicle, kind | payload, travel time (warm) or 0
  private static final int E = 5;
  private static final int LOG_ENTRIES = 1024;
  private static final int KIND_SHIFT = 28;
  private static final int WARM = 0;
  private static final int COLD_FIRST = 1;
  private static final int COLD_SECOND = 2;
  private static final int PAYLOAD_MASK = (1 << KIND_SHIFT) - 1;

  private final EmissionModel model;
  private final TravelTimeSituations situations;
  private final double[] length_m;
  private final double[] length_km;
  private final int linkCount;
  private final ToIntFunction<String> typeOfVehicleId;
  private final EmissionEventListener listener;
  private final boolean vehicleTotals;
  private final boolean capHighSpeeds;
  private final int P;
  private final double[] scratch;
  private EventIds ids;

  private final int[] log = new int[LOG_ENTRIES * E];
  private int logged;

  private int[] state = new int[0];
  // per-vehicle cold-start record (one 32-byte row: ints stored exactly as doubles), read at traffic
  // entry/exit and while a cold start is open
  private static final int C = 4;
  private static final int LAST_STOP = 0;
  private static final int COLD_LINK = 1;
  private static final int COLD_CLASS = 2;
  private static final int COLD_DISTANCE_M = 3;
  private double[] cold = new double[0];
  private int vehicles;
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
  public EmissionHandler(EmissionModel model, Network network, ToIntFunction<String> typeOfVehicleId,
      EmissionEventListener listener) {
    this(model, network, typeOfVehicleId, listener, true);
  }

  /**
   * As {@link #EmissionHandler(EmissionModel, Network, ToIntFunction, EmissionEventListener)};
   * {@code vehicleTotals} false skips the per-vehicle sums ({@link #vehicle_g} then returns 0), for runs
   * that write no per-vehicle table.
   */
  public EmissionHandler(EmissionModel model, Network network, ToIntFunction<String> typeOfVehicleId,
      EmissionEventListener listener, boolean vehicleTotals) {
    this.vehicleTotals = vehicleTotals;
    if (network.linkCount() != model.linkCount()) {
      throw new IllegalArgumentException("the emission model was resolved for " + model.linkCount()
          + " links, the network has " + network.linkCount());
    }
    if (model.types().size() > TYPE_MASK - 2) {
      throw new IllegalArgumentException("at most " + (TYPE_MASK - 2) + " emission classes, got " + model.types().size());
    }
    this.model = model;
    this.typeOfVehicleId = typeOfVehicleId;
    this.listener = listener;
    this.capHighSpeeds = model.settings().capHighAverageSpeeds();
    this.P = model.P;
    this.scratch = new double[P];
    this.warmTotal_g = new double[P];
    this.coldTotal_g = new double[P];
    this.linkCount = network.linkCount();
    this.length_m = new double[linkCount];
    this.length_km = new double[linkCount];
    for (int l = 0; l < linkCount; l++) {
      length_m[l] = network.length_m(l);
      length_km[l] = network.length_m(l) / 1000.0;
    }
    this.situations = new TravelTimeSituations(model, network);
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void vehicleEntersTraffic(int t, int person, int link, int v, int mode) {
    int s = state(v);
    int type = (s & TYPE_MASK) - 2;
    if (type < 0) {
      return;
    }
    // the vehicle starts at the end of the link: no warm emission for it
    state[v] = s | ON_DEPARTURE_LINK | COLD_ACTIVE;
    int c = v * C;
    int last = (int) cold[c + LAST_STOP];
    int parking_s = last == NONE ? EmissionSettings.FIRST_START_PARKING_S : t - last;
    int pc = EmissionModel.parkingClass(parking_s);
    cold[c + COLD_LINK] = link;
    cold[c + COLD_CLASS] = pc;
    cold[c + COLD_DISTANCE_M] = 0;
    if (model.hasCold()) {
      append(t, link, v, COLD_FIRST, type * EmissionModel.PARKING + pc - 1, 0);
    }
  }

  @Override
  public void linkLeave(int t, int link, int v) {
    int s = state(v);
    if ((s & ON_DEPARTURE_LINK) == 0 || (s & TYPE_MASK) < 2) {
      // any other link left is traversed: linkTraversed follows and counts its distance
      return;
    }
    state[v] = s & ~ON_DEPARTURE_LINK;
    if ((s & COLD_ACTIVE) != 0) {
      coldDistance(t, link, v, (s & TYPE_MASK) - 2);
    }
  }

  @Override
  public void linkTraversed(int t, int link, int v, int enter_s) {
    int s = state(v);
    int type = (s & TYPE_MASK) - 2;
    if (type < 0) {
      return;
    }
    warm(t, link, v, type, t - enter_s);
    if ((s & COLD_ACTIVE) != 0) {
      coldDistance(t, link, v, type);
    }
  }

  /** Adds the length of a left link to the open cold start's distance; emits the 1-2 km increment past 1 km. */
  private void coldDistance(int t, int link, int v, int type) {
    double len = length_m[link];
    if (len > 0) {
      int c = v * C;
      double d = cold[c + COLD_DISTANCE_M] + len;
      if (d > 1000.0) {
        if (model.hasCold()) {
          append(t, (int) cold[c + COLD_LINK], v, COLD_SECOND,
              type * EmissionModel.PARKING + (int) cold[c + COLD_CLASS] - 1, 0);
        }
        state[v] &= ~COLD_ACTIVE;
      }
      cold[c + COLD_DISTANCE_M] = d;
    }
  }

  @Override
  public void vehicleLeavesTraffic(int t, int person, int link, int v, int mode) {
    int s = state(v);
    if ((s & TYPE_MASK) < 2) {
      return;
    }
    state[v] = s & ~(ON_DEPARTURE_LINK | COLD_ACTIVE);
    cold[v * C + LAST_STOP] = t;
  }

  @Override
  public void arrivalLinkTraversed(int t, int link, int v, int enter_s) {
    int type = (state(v) & TYPE_MASK) - 2;
    if (type < 0) {
      return;
    }
    warm(t, link, v, type, t - enter_s);
  }

  @Override
  public void end(int time_s) {
    flush();
  }

  private void warm(int t, int link, int v, int type, int travelTime_s) {
    if (!capHighSpeeds) {
      rejectHighSpeed(link, v, travelTime_s);
    }
    append(t, link, v, WARM, type, travelTime_s);
  }

  /** Without capping, a traversal faster than the free speed + 1 km/h aborts at its own event. */
  private void rejectHighSpeed(int link, int v, int travelTime_s) {
    double len = length_m[link];
    if (len <= 0) {
      return;
    }
    double vFree = situations.freeSpeed_kmh(link);
    if (TravelTimeSituations.speed_kmh(len, travelTime_s) - vFree > 1.0) {
      throw new IllegalArgumentException("vehicle " + vehicleId(v) + " crossed link " + linkId(link) + " ("
          + len + " m) in " + travelTime_s + " s, faster than its free speed " + vFree
          + " km/h + 1; enable capping of high average speeds to use the free speed instead");
    }
  }

  private void append(int t, int link, int v, int kind, int payload, int travelTime_s) {
    int b = logged * E;
    log[b] = t;
    log[b + 1] = link;
    log[b + 2] = v;
    log[b + 3] = kind << KIND_SHIFT | payload;
    log[b + 4] = travelTime_s;
    logged++;
    if (logged == LOG_ENTRIES || listener != null) {
      flush();
    }
  }

  /** Applies the logged emissions in order. */
  private void flush() {
    int n = logged;
    logged = 0;
    for (int i = 0; i < n; i++) {
      int b = i * E;
      int t = log[b];
      int link = log[b + 1];
      int v = log[b + 2];
      int kind = log[b + 3] >>> KIND_SHIFT;
      int payload = log[b + 3] & PAYLOAD_MASK;
      if (kind == WARM) {
        applyWarm(t, link, v, payload, log[b + 4]);
      } else {
        applyCold(t, link, v, payload * P, kind == COLD_FIRST ? model.coldFirst_g : model.coldSecond_g);
      }
    }
  }

  private void applyWarm(int t, int link, int v, int type, int travelTime_s) {
    if (length_m[link] <= 0) {
      return;
    }
    int sit = situations.situation(situations.group(type), link, travelTime_s);
    if ((sit & TravelTimeSituations.CAPPED) != 0) {
      cappedSpeeds++;
      sit &= ~TravelTimeSituations.CAPPED;
    }
    situationCount[sit]++;
    int base = ((type * model.roads + model.linkRoad[link]) * EmissionModel.SITUATIONS + sit) * P;
    double km = length_km[link];
    double[] w = model.warm_gpkm;
    warmTraversals++;
    if (listener == null) {
      // the same products and sums as add(), without the round trip through scratch
      double[] row = t >= rowStart_s && t < rowStart_s + 3600 ? currentRow : row(t);
      int lb = link * P;
      for (int p = 0; p < P; p++) {
        double g = km * w[base + p];
        row[lb + p] += g;
        warmTotal_g[p] += g;
      }
      if (vehicleTotals) {
        int vb = v * P;
        for (int p = 0; p < P; p++) {
          vehicle_g[vb + p] += km * w[base + p];
        }
      }
      return;
    }
    for (int p = 0; p < P; p++) {
      scratch[p] = km * w[base + p];
    }
    add(t, link, v, scratch, warmTotal_g);
    listener.warmEmission(t, link, v, scratch);
  }

  private void applyCold(int t, int link, int v, int base, double[] factors) {
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

  /** State word of vehicle {@code v}, resolving its type (and growing the arrays) on first sight. */
  private int state(int v) {
    if (v >= vehicles) {
      grow(v + 1);
    }
    int s = state[v];
    int t = s & TYPE_MASK;
    if (t >= 2) {
      return s;
    }
    if (t == UNRESOLVED) {
      String id = vehicleId(v);
      int type = typeOfVehicleId.applyAsInt(id);
      if (type < 0) {
        if (!model.settings().ignoreUnknownVehicles()) {
          throw new IllegalArgumentException("vehicle '" + id + "' is not in the vehicles file: add it with an "
              + "emission type (HbefaVehicleCategory etc.) or choose to ignore unknown vehicles");
        }
        s = IGNORED;
      } else {
        s = type + 2;
      }
      state[v] = s;
    }
    if (s == IGNORED) {
      ignoredEvents++;
    }
    return s;
  }

  private void grow(int n) {
    int m = Math.max(n, vehicles * 2 + 16);
    state = Arrays.copyOf(state, m);
    cold = Arrays.copyOf(cold, m * C);
    for (int v = vehicles; v < m; v++) {
      cold[v * C + LAST_STOP] = NONE;
    }
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
    flush();
    for (int h = hours.length - 1; h >= 0; h--) {
      if (hours[h] != null) {
        return h + 1;
      }
    }
    return 0;
  }

  /** Grams of pollutant column {@code p} emitted on {@code link} during {@code hour}. */
  public double linkHour_g(int link, int hour, int p) {
    flush();
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
    return v < vehicles && (state[v] & TYPE_MASK) >= 2;
  }

  /** Grams of pollutant column {@code p} emitted by vehicle index {@code v}. */
  public double vehicle_g(int v, int p) {
    flush();
    return v * P + p < vehicle_g.length ? vehicle_g[v * P + p] : 0;
  }

  /** Emission class index of vehicle {@code v}, or -1. */
  public int vehicleType(int v) {
    return v < vehicles ? Math.max(-1, (state[v] & TYPE_MASK) - 2) : -1;
  }

  public double warmTotal_g(int p) {
    flush();
    return warmTotal_g[p];
  }

  public double coldTotal_g(int p) {
    flush();
    return coldTotal_g[p];
  }

  public long warmTraversals() {
    flush();
    return warmTraversals;
  }

  public long coldStarts() {
    flush();
    return coldStarts;
  }

  /** Traversals whose average speed was capped to the free speed. */
  public long cappedSpeeds() {
    flush();
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
    flush();
    return situationCount[s.ordinal()];
  }

  /** The vehicle id behind index {@code v} (from the events' id tables), for writers. */
  public String vehicleIdOf(int v) {
    return vehicleId(v);
  }
}
