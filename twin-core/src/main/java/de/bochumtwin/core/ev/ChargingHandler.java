package de.bochumtwin.core.ev;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.util.LongMinHeap;
import java.util.Arrays;

/**
 * The EV model as an event sink: discharges batteries while driving and simulates charging at plugs
 * with FIFO queues, driven by the mobsim's event times.
 *
 * <p><b>Discharging.</b> On {@code left link} (for links the vehicle entered) and on {@code vehicle
 * leaves traffic} (for its last link) the battery loses the Ohde-Slaski drive energy of the link at
 * the average speed {@code length / (leave - enter)}, plus auxiliary power times the time since the last
 * discharge (from {@code vehicle enters traffic}). The start link is not driven (the vehicle starts at
 * its end), as in MATSim. When the battery is empty the rest is counted as unserved energy; a
 * battery-electric vehicle is then stranded (counted once), a PHEV drives on fuel.
 *
 * <p><b>Charging</b> is a discrete-event simulation inside the handler. Its own events (a session
 * reaching its target SoC, a queued vehicle giving up after {@code maxWait_s}, an overnight session
 * ending at the next morning's departure) sit in a heap keyed by (time, kind, vehicle); before every
 * incoming event all own events up to that event's time are processed, and {@link #end} processes the
 * rest. At equal times a completion comes before a give-up, so a vehicle whose wait ends just as a plug
 * frees up gets the plug. Session ends are exact: the FastThenSlow curve gives the time to the target
 * in closed form, rounded up to whole seconds.
 *
 * <p><b>Behaviour.</b> When a person starts activity {@code i} having just parked their vehicle (left it
 * after a drive): at a home activity with a home charger the vehicle charges at home (no queue); else if
 * the {@link ChargingPlan} has a stop at {@code i} the vehicle chooses among the stop's candidates: the
 * nearest with a free plug, else the one with the fewest queued vehicles per plug (ties to the nearer);
 * it plugs in or joins that charger's FIFO queue. Else, if it arrives below {@code criticalSoc x
 * capacity}, it charges reactively at a public fast charger within {@code enrouteRadius_m} of the
 * activity's link (same choice rule, en-route target). A queued vehicle gives up after {@code maxWait_s}
 * and tries the best untried candidate (arriving there at the same second: the short repositioning drive
 * is not simulated). Plugging in away from the activity's link adds the walk there and back
 * ({@link EvSettings#walkTime_s}) to the vehicle's walk time, which is scored. When the activity ends the vehicle is unplugged (or leaves the queue). Sessions still
 * open at the end of the day run until the person's first departure of the next day (first
 * {@code actend} + 24 h). The resulting end SoC is what the next iteration starts with.
 *
 * <p>Per-vehicle state is in primitive arrays sized at construction; events allocate nothing except
 * when the session table grows. One instance per mobsim run; the result is available after {@link #end}.
 */
public final class ChargingHandler implements SimEventSink {
  private static final int DAY_S = 24 * 3600;
  private static final int IDLE = 0;
  private static final int QUEUED = 1;
  private static final int CHARGING = 2;
  private static final long COMPLETE = 0;
  private static final long DEPART = 1;
  private static final long GIVE_UP = 2;
  /** Kind of a stop the handler adds itself: reactive fast charging (not in the plan). */
  static final int REACTIVE = 2;

  private final Network network;
  private final Chargers chargers;
  private final EvFleet fleet;
  private final ChargingPlan plan;
  private final EvSettings settings;
  private final int n;
  private final int home;
  private final double aux_kW;
  private final int[] typeOf;
  private final double[] capacity;

  private final double[] soc;
  private final double[] consumed;
  private final double[] charged;
  private final double[] unserved;
  private final boolean[] stranded;
  private final int[] parked_s; // time the vehicle left traffic, until its arrival energy is booked; else -1
  private final int[] lastAux_s;
  private final int[] state;
  private final int[] chargerOf;
  private final int[][] candsOf;
  private final int[] kindOf;
  private final long[] tried;
  private final int[] actLink;
  private final double[] walk_s;
  private final int[] arrival_s;
  private final int[] plugStart_s;
  private final double[] arrivalSoc;
  private final double[] plugSoc;
  private final double[] target;
  private final double[] power;
  private final int[] completion_s;
  private final int[] giveUp_s;
  private final int[] depart_s;
  private final int[] nextInQueue;
  private final double[] cost;
  private final long[] wait_s;
  private final int[] driver;

  private final int[] actIndex;
  private final int[] arrivedWith;
  private final int[] firstActEnd_s;
  private final int[] chargingVehicle;

  private final int[] plugged;
  private final int[] queueHead;
  private final int[] queueTail;
  private final int[] queueLength;
  private final ChargerIndex fastIndex;
  private final LongMinHeap heap;
  private boolean[] homeType;
  private ChargingSessionTable sessions;
  private int failedAttempts;
  private int reactiveAttempts;
  private int strandedCount;
  private int endTime_s;
  private EvRunResult result;

  public ChargingHandler(Network network, Chargers chargers, EvFleet fleet, ChargingPlan plan, EvSettings settings) {
    this.network = network;
    this.chargers = chargers;
    this.fleet = fleet;
    this.plan = plan;
    this.settings = settings;
    this.n = fleet.vehicleCount();
    this.home = chargers.size();
    this.aux_kW = OhdeSlaski.auxPower_kW(settings.temperature_C());
    typeOf = new int[n];
    capacity = new double[n];
    for (int v = 0; v < n; v++) {
      typeOf[v] = fleet.typeIndex(v);
      capacity[v] = typeOf[v] >= 0 ? fleet.type(v).capacity_kWh() : 0;
    }
    soc = new double[n];
    consumed = new double[n];
    charged = new double[n];
    unserved = new double[n];
    stranded = new boolean[n];
    parked_s = new int[n];
    lastAux_s = new int[n];
    state = new int[n];
    chargerOf = new int[n];
    candsOf = new int[n][];
    kindOf = new int[n];
    tried = new long[n];
    actLink = new int[n];
    walk_s = new double[n];
    arrival_s = new int[n];
    plugStart_s = new int[n];
    arrivalSoc = new double[n];
    plugSoc = new double[n];
    target = new double[n];
    power = new double[n];
    completion_s = new int[n];
    giveUp_s = new int[n];
    depart_s = new int[n];
    nextInQueue = new int[n];
    cost = new double[n];
    wait_s = new long[n];
    driver = new int[n];
    actIndex = new int[n];
    arrivedWith = new int[n];
    firstActEnd_s = new int[n];
    chargingVehicle = new int[n];
    plugged = new int[chargers.size() + 1];
    queueHead = new int[chargers.size()];
    queueTail = new int[chargers.size()];
    queueLength = new int[chargers.size()];
    fastIndex = new ChargerIndex(chargers, settings.enrouteRadius_m());
    heap = new LongMinHeap(64);
  }

  @Override
  public void begin(EventIds ids) {
    homeType = new boolean[ids.activityTypeCount()];
    for (int a = 0; a < homeType.length; a++) {
      homeType[a] = settings.isHome(ids.activityType(a));
    }
    for (int v = 0; v < n; v++) {
      soc[v] = typeOf[v] >= 0 ? fleet.initialSoc_kWh(v) : 0;
    }
    Arrays.fill(consumed, 0);
    Arrays.fill(charged, 0);
    Arrays.fill(unserved, 0);
    Arrays.fill(stranded, false);
    Arrays.fill(parked_s, -1);
    Arrays.fill(lastAux_s, -1);
    Arrays.fill(state, IDLE);
    Arrays.fill(cost, 0);
    Arrays.fill(wait_s, 0);
    Arrays.fill(walk_s, 0);
    Arrays.fill(candsOf, null);
    Arrays.fill(driver, -1);
    Arrays.fill(actIndex, 0);
    Arrays.fill(arrivedWith, -1);
    Arrays.fill(firstActEnd_s, -1);
    Arrays.fill(chargingVehicle, -1);
    Arrays.fill(plugged, 0);
    Arrays.fill(queueHead, -1);
    Arrays.fill(queueTail, -1);
    Arrays.fill(queueLength, 0);
    heap.clear();
    sessions = new ChargingSessionTable();
    failedAttempts = 0;
    reactiveAttempts = 0;
    strandedCount = 0;
    result = null;
  }

  /** Current SoC of vehicle {@code v} in kWh (0 for non-electric vehicles); for checks during a run. */
  public double soc_kWh(int v) {
    return soc[v];
  }

  public int vehicleCount() {
    return n;
  }

  // ---- incoming events ----

  @Override
  public void activityEnd(int t, int p, int link, int actType) {
    process(t);
    if (p < n && firstActEnd_s[p] < 0) {
      firstActEnd_s[p] = t;
    }
    if (p < n && chargingVehicle[p] >= 0) {
      leave(t, chargingVehicle[p]);
    }
  }

  @Override
  public void departure(int t, int p, int link, int mode) {
    process(t);
    if (p < n) {
      arrivedWith[p] = -1;
    }
  }

  @Override
  public void personEntersVehicle(int t, int p, int v) {
    process(t);
    if (v < n) {
      driver[v] = p;
      if (state[v] != IDLE) {
        leave(t, v);
      }
    }
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int link, int v, int mode) {
    process(t);
    if (isEv(v)) {
      parked_s[v] = -1;
      lastAux_s[v] = t;
    }
  }

  // Link events come as completed traversals (linkTraversed / arrivalLinkTraversed, which carry the
  // enter time), so this sink overrides neither linkEnter nor linkLeave and the mobsim's fan-out never
  // calls it for the ~10 M plain link events of a day. A driving vehicle's discharge does not touch the
  // chargers, so the charger events are processed (process(t)) at the next other event, in time order.

  @Override
  public void linkTraversed(int t, int link, int v, int enter_s) {
    if (isEv(v)) {
      dischargeLink(t, link, v, enter_s);
    }
  }

  /**
   * Parking: the drive ends. The arrival link's energy comes with {@link #arrivalLinkTraversed} right
   * after this event when the link was entered; otherwise (a trip on its departure link) only the
   * auxiliary energy since the last link is due, booked at {@link #personLeavesVehicle}. Until then the
   * vehicle is marked as parked at {@code t} ({@code parked_s = t}).
   */
  @Override
  public void vehicleLeavesTraffic(int t, int p, int link, int v, int mode) {
    process(t);
    if (isEv(v)) {
      parked_s[v] = t;
    }
  }

  @Override
  public void arrivalLinkTraversed(int t, int link, int v, int enter_s) {
    if (isEv(v) && parked_s[v] == t) {
      dischargeLink(t, link, v, enter_s);
      parked_s[v] = -1;
      lastAux_s[v] = -1;
    }
  }

  @Override
  public void personLeavesVehicle(int t, int p, int v) {
    if (isEv(v) && parked_s[v] >= 0) {
      // parked without an entered arrival link: auxiliary energy since the last link left
      if (lastAux_s[v] >= 0) {
        discharge(v, aux_kW * (parked_s[v] - lastAux_s[v]) / 3600.0);
      }
      parked_s[v] = -1;
      lastAux_s[v] = -1;
    }
    if (p < n) {
      arrivedWith[p] = v;
    }
  }

  @Override
  public void activityStart(int t, int p, int link, int actType) {
    process(t);
    if (p >= n) {
      return;
    }
    int act = ++actIndex[p];
    int v = arrivedWith[p];
    if (!isEv(v)) {
      return;
    }
    driver[v] = p;
    if (homeType[actType] && fleet.hasHomeCharging(v)) {
      startHome(t, v, p);
      return;
    }
    actLink[v] = link;
    int stop = plan.findStop(v, act);
    if (stop >= 0) {
      int[] c = new int[plan.candidateCount(stop)];
      for (int i = 0; i < c.length; i++) {
        c[i] = plan.candidate(stop, i);
      }
      startStop(t, v, p, plan.stopKind(stop), c);
    } else if (settings.reactiveCharging() && soc[v] < settings.criticalSoc() * capacity[v]) {
      // reactive: below the critical SoC without a planned stop here; fast chargers near the activity's link
      EvType type = fleet.type(v);
      int[] c = fastIndex.near(midX(link), midY(link), settings.enrouteRadius_m(), 1 + settings.maxAlternatives(),
          k -> chargers.isPublic(k) && type.canUse(chargers.type(k))
              && Math.min(chargers.plugPower_kW(k), type.maxChargingPower_kW()) >= settings.fastChargerMinPower_kW());
      if (c.length > 0) {
        reactiveAttempts++;
        startStop(t, v, p, REACTIVE, c);
      }
    }
  }

  private void startStop(int t, int v, int p, int kind, int[] cands) {
    kindOf[v] = kind;
    candsOf[v] = cands;
    tried[v] = 0;
    double tgt = (kind == ChargingPlan.ACTIVITY ? settings.activityTargetSoc() : settings.enrouteTargetSoc()) * capacity[v];
    if (soc[v] < tgt) {
      arrive(t, v, p, choose(v));
    }
  }

  /**
   * The charger a vehicle tries next among its untried candidates (nearest first): the nearest with a free
   * plug; if none is free, the one with the fewest queued vehicles per plug, ties to the nearer one.
   */
  private int choose(int v) {
    int[] c = candsOf[v];
    int best = -1;
    double bestQueue = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.length && i < 64; i++) {
      if ((tried[v] & (1L << i)) != 0) {
        continue;
      }
      int k = c[i];
      if (plugged[k] < chargers.plugCount(k)) {
        return i;
      }
      double q = (double) queueLength[k] / chargers.plugCount(k);
      if (q < bestQueue) {
        bestQueue = q;
        best = i;
      }
    }
    return best;
  }

  @Override
  public void stuckAndAbort(int t, int p, int link, int mode) {
    process(t);
    if (p < n && isEv(p)) {
      parked_s[p] = -1;
      lastAux_s[p] = -1;
    }
  }

  @Override
  public void end(int t) {
    process(t);
    endTime_s = t;
    for (int v = 0; v < n; v++) {
      if (state[v] != IDLE) {
        int p = driver[v];
        int cap = p >= 0 && firstActEnd_s[p] >= 0 ? firstActEnd_s[p] + DAY_S : t;
        depart_s[v] = Math.max(cap, t);
        heap.add(key(depart_s[v], DEPART, v));
      }
    }
    process(Integer.MAX_VALUE);
    result = EvRunResult.build(this);
  }

  /** The day's result; only after {@link #end}. */
  public EvRunResult result() {
    if (result == null) {
      throw new IllegalStateException("the EV result is available after the mobsim run has ended");
    }
    return result;
  }

  // ---- discharging ----

  private boolean isEv(int v) {
    return v >= 0 && v < n && typeOf[v] >= 0;
  }

  private void dischargeLink(int t, int link, int v, int enter_s) {
    double e = OhdeSlaski.driveEnergy_kWh(network.length_m(link), t - enter_s, network.freespeed_mps(link),
        fleet.type(v));
    e += aux_kW * (t - lastAux_s[v]) / 3600.0;
    lastAux_s[v] = t;
    discharge(v, e);
  }

  private void discharge(int v, double e) {
    if (e <= soc[v]) {
      soc[v] -= e;
      consumed[v] += e;
      return;
    }
    consumed[v] += soc[v];
    unserved[v] += e - soc[v];
    soc[v] = 0;
    if (!stranded[v] && !fleet.type(v).isPhev()) {
      stranded[v] = true;
      strandedCount++;
    }
  }

  // ---- charging: the discrete-event part ----

  private static long key(int time, long kind, int v) {
    return ((long) time << 32) | (kind << 30) | v;
  }

  /** Processes own events with time <= {@code t}, in (time, kind, vehicle) order. */
  private void process(int t) {
    while (!heap.isEmpty() && (heap.peek() >>> 32) <= t) {
      long k = heap.poll();
      int time = (int) (k >>> 32);
      long kind = (k >>> 30) & 3;
      int v = (int) (k & ((1 << 30) - 1));
      if (kind == COMPLETE && state[v] == CHARGING && completion_s[v] == time) {
        unplug(time, v, ChargingSessionTable.COMPLETED);
      } else if (kind == GIVE_UP && state[v] == QUEUED && giveUp_s[v] == time) {
        dequeue(v);
        record(v, -1, time, 0, ChargingSessionTable.GAVE_UP);
        failedAttempts++;
        int p = driver[v];
        int next = choose(v);
        if (next >= 0) {
          arrive(time, v, p, next);
        } else if (p >= 0) {
          chargingVehicle[p] = -1;
        }
      } else if (kind == DEPART && state[v] != IDLE && depart_s[v] == time) {
        leave(time, v);
      }
    }
  }

  /** The vehicle arrives at its candidate {@code cand} (an index into its candidates). */
  private void arrive(int t, int v, int p, int cand) {
    int c = candsOf[v][cand];
    double cap = capacity[v];
    double tgt = (kindOf[v] == ChargingPlan.ACTIVITY ? settings.activityTargetSoc() : settings.enrouteTargetSoc()) * cap;
    tried[v] |= 1L << cand;
    chargerOf[v] = c;
    arrival_s[v] = t;
    arrivalSoc[v] = soc[v];
    target[v] = tgt;
    power[v] = Math.min(chargers.plugPower_kW(c), fleet.type(v).maxChargingPower_kW());
    chargingVehicle[p] = v;
    if (plugged[c] < chargers.plugCount(c)) {
      plug(t, v);
    } else {
      state[v] = QUEUED;
      nextInQueue[v] = -1;
      if (queueTail[c] < 0) {
        queueHead[c] = v;
      } else {
        nextInQueue[queueTail[c]] = v;
      }
      queueTail[c] = v;
      queueLength[c]++;
      giveUp_s[v] = t + settings.maxWait_s();
      heap.add(key(giveUp_s[v], GIVE_UP, v));
    }
  }

  private void startHome(int t, int v, int p) {
    double tgt = settings.homeTargetSoc() * capacity[v];
    if (soc[v] >= tgt) {
      return;
    }
    chargerOf[v] = home;
    arrival_s[v] = t;
    arrivalSoc[v] = soc[v];
    target[v] = tgt;
    power[v] = Math.min(settings.homePower_kW(), fleet.type(v).maxChargingPower_kW());
    chargingVehicle[p] = v;
    plug(t, v);
  }

  private void plug(int t, int v) {
    int c = chargerOf[v];
    if (c != home && chargers.link(c) != actLink[v]) {
      walk_s[v] += 2 * settings.walkTime_s(Math.hypot(chargers.x_m(c) - midX(actLink[v]), chargers.y_m(c) - midY(actLink[v])));
    }
    plugged[c]++;
    state[v] = CHARGING;
    plugStart_s[v] = t;
    plugSoc[v] = soc[v];
    double d = FastThenSlowCurve.timeToCharge_s(soc[v], target[v], capacity[v], power[v]);
    completion_s[v] = t + (int) Math.ceil(d - 1e-9);
    heap.add(key(completion_s[v], COMPLETE, v));
  }

  /** The person leaves: unplug a charging vehicle, or take a queued one out of its queue. */
  private void leave(int t, int v) {
    if (state[v] == CHARGING) {
      unplug(t, v, ChargingSessionTable.INTERRUPTED);
    } else if (state[v] == QUEUED) {
      dequeue(v);
      record(v, -1, t, 0, ChargingSessionTable.LEFT_QUEUE);
      failedAttempts++;
    }
    if (driver[v] >= 0 && chargingVehicle[driver[v]] == v) {
      chargingVehicle[driver[v]] = -1;
    }
  }

  private void unplug(int t, int v, int outcome) {
    double e = outcome == ChargingSessionTable.COMPLETED
        ? target[v] - plugSoc[v]
        : FastThenSlowCurve.energyCharged_kWh(plugSoc[v], target[v], t - plugStart_s[v], capacity[v], power[v]);
    e = Math.max(0, Math.min(e, capacity[v] - soc[v]));
    soc[v] += e;
    charged[v] += e;
    int c = chargerOf[v];
    record(v, plugStart_s[v], t, e, outcome);
    plugged[c]--;
    if (outcome == ChargingSessionTable.COMPLETED && driver[v] >= 0 && chargingVehicle[driver[v]] == v) {
      chargingVehicle[driver[v]] = -1;
    }
    if (c != home) {
      while (plugged[c] < chargers.plugCount(c) && queueHead[c] >= 0) {
        int u = queueHead[c];
        dequeue(u);
        plug(t, u);
      }
    }
  }

  private void dequeue(int v) {
    int c = chargerOf[v];
    int prev = -1;
    for (int u = queueHead[c]; u >= 0; u = nextInQueue[u]) {
      if (u == v) {
        if (prev < 0) {
          queueHead[c] = nextInQueue[u];
        } else {
          nextInQueue[prev] = nextInQueue[u];
        }
        if (queueTail[c] == v) {
          queueTail[c] = prev;
        }
        queueLength[c]--;
        break;
      }
      prev = u;
    }
    state[v] = IDLE;
  }

  private void record(int v, int start, int end, double energy, int outcome) {
    int c = chargerOf[v];
    double price = c == home ? settings.homePrice_EUR_per_kWh() : settings.publicPrice_EUR_per_kWh(chargers.plugPower_kW(c));
    double money = energy * price;
    cost[v] += money;
    int waited = (start >= 0 ? start : end) - arrival_s[v];
    wait_s[v] += waited;
    state[v] = IDLE;
    sessions.add(v, c == home ? ChargingSessionTable.HOME : c, arrival_s[v], start, end, energy,
        start >= 0 ? plugSoc[v] : arrivalSoc[v], power[v], money, outcome);
  }

  private double midX(int link) {
    return 0.5 * (network.nodeX_m(network.fromNode(link)) + network.nodeX_m(network.toNode(link)));
  }

  private double midY(int link) {
    return 0.5 * (network.nodeY_m(network.fromNode(link)) + network.nodeY_m(network.toNode(link)));
  }

  // ---- accessors for EvRunResult ----

  double[] walkArray() {
    return walk_s;
  }

  int reactiveAttempts() {
    return reactiveAttempts;
  }

  Chargers chargers() {
    return chargers;
  }

  EvFleet fleet() {
    return fleet;
  }

  EvSettings settings() {
    return settings;
  }

  ChargingPlan plan() {
    return plan;
  }

  ChargingSessionTable sessions() {
    return sessions;
  }

  double[] socArray() {
    return soc;
  }

  double[] consumedArray() {
    return consumed;
  }

  double[] chargedArray() {
    return charged;
  }

  double[] unservedArray() {
    return unserved;
  }

  boolean[] strandedArray() {
    return stranded;
  }

  double[] costArray() {
    return cost;
  }

  long[] waitArray() {
    return wait_s;
  }

  int failedAttempts() {
    return failedAttempts;
  }

  int strandedCount() {
    return strandedCount;
  }

  int endTime_s() {
    return endTime_s;
  }
}
