package de.bochumtwin.core.mobsim;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.core.util.LongMinHeap;
import de.bochumtwin.core.util.SplitMix64;
import de.bochumtwin.core.util.TimingWheel;
import java.util.Arrays;

/**
 * The queue-model mobsim with MATSim QSim semantics, time-stepped at 1 s over active links and nodes
 * only (idle periods are skipped).
 *
 * <p>A link is a FIFO queue plus a buffer at its downstream end. A vehicle entering a link at time t
 * may leave the queue at {@code t + floor(length / freespeed)}; it moves to the buffer if the link's
 * flow capacity (accumulated per second, fractions carried over) and buffer space allow. Nodes move
 * vehicles from in-link buffers into out-links while the out-link's queue has storage left
 * ({@code length x lanes / 7.5 m x storage factor}, at least the buffer size and the free-flow
 * occupancy), visiting in-links in a capacity-weighted random order drawn from a counter-based
 * generator of (seed, node, time). A buffer head that cannot move for more than the stuck time is
 * pushed on regardless (or aborted). Departing vehicles wait at their start link and enter its
 * buffer, consuming flow capacity but no storage. Each step runs: activity ends and teleport arrivals
 * due, then all active nodes, then the links scheduled for this step (queue to buffer, then waiting
 * list to buffer). A link is scheduled only for the step in which its queue head reaches the link
 * end, its flow capacity accrues, or its buffer gets room, so idle links and vehicles in transit cost
 * nothing per step.
 *
 * <p>One instance runs one population at a time and is not thread-safe; it is deterministic: the same
 * network, plans, settings and seed give the same event stream. The step loop allocates nothing.
 */
public final class QueueSimulation {
  private static final int AT_ACTIVITY = 0;
  private static final int DRIVING = 1;
  private static final int TELEPORTING = 2;
  private static final int DONE = 3;
  private static final int ABORTED = 4;

  private final Network network;
  private final MobsimSettings settings;
  private final int links;

  // link state, struct-of-arrays
  private final double[] flowCapPerStep;
  private final double[] flowAccum;
  private final int[] flowLastUpdate;
  private final int[] bufferCap;
  private final double[] storageCap;
  private final int[] usedStorage;
  private final int[] exitDelay_s;
  private final int[] qHead;
  private final int[] qTail;
  private final int[] bHead;
  private final int[] bTail;
  private final int[] bSize;
  private final int[] wHead;
  private final int[] wTail;
  private final int[] bufferLastMoved;
  private final TimingWheel linkCalendar;
  private final boolean[] nodeActive;
  private int[] activeNodes;
  private int activeNodeCount;
  private final double[] inLinkWeight;
  private final int[] inLinkCandidate;

  // agent state (one vehicle per agent, same index)
  private CompiledPlans plans;
  private int[] nextVeh;
  private int[] earliestExit;
  private int[] enterTime; // when the vehicle entered its current link (valid for routePos > 0)
  private int[] routePos;
  private int[] curAct;
  private int[] state;
  private int[] legDepTime;
  private LongMinHeap wakeUps;
  private SimEventSink sink;

  private long departures;
  private long arrivals;
  private long stuckAborted;
  private long stuckForced;
  private long linkEvents;
  private long steps;
  private int finished;
  private int enRoute;

  public QueueSimulation(Network network, MobsimSettings settings) {
    this.network = network;
    this.settings = settings;
    this.links = network.linkCount();
    flowCapPerStep = new double[links];
    flowAccum = new double[links];
    flowLastUpdate = new int[links];
    bufferCap = new int[links];
    storageCap = new double[links];
    usedStorage = new int[links];
    exitDelay_s = new int[links];
    qHead = new int[links];
    qTail = new int[links];
    bHead = new int[links];
    bTail = new int[links];
    bSize = new int[links];
    wHead = new int[links];
    wTail = new int[links];
    bufferLastMoved = new int[links];
    linkCalendar = new TimingWheel(links, 4096);
    nodeActive = new boolean[network.nodeCount()];
    activeNodes = new int[Math.max(16, network.nodeCount())];
    int maxIn = 1;
    for (int n = 0; n < network.nodeCount(); n++) {
      maxIn = Math.max(maxIn, network.inLinkEnd(n) - network.inLinkStart(n));
    }
    inLinkWeight = new double[maxIn];
    inLinkCandidate = new int[maxIn];
    for (int l = 0; l < links; l++) {
      double fc = network.capacity_vph(l) / 3600.0 * settings.flowCapacityFactor();
      flowCapPerStep[l] = fc;
      bufferCap[l] = Math.max(1, (int) Math.ceil(fc));
      double fft = network.freespeedTravelTime_s(l);
      exitDelay_s[l] = (int) Math.floor(fft);
      double storage = network.length_m(l) * network.lanes(l) / settings.effectiveCellSize_m() * settings.storageCapacityFactor();
      storage = Math.max(storage, bufferCap[l]);
      storage = Math.max(storage, fft * fc);
      storageCap[l] = storage;
    }
  }

  /** Storage capacity of a link in vehicles (after the sample factor and MATSim's minimums). */
  public double storageCapacity(int link) {
    return storageCap[link];
  }

  /** Flow capacity of a link in vehicles per one-second step (after the sample factor). */
  public double flowCapacityPerStep(int link) {
    return flowCapPerStep[link];
  }

  /**
   * Simulates the selected plans of {@code population} and streams the events into {@code sink}.
   *
   * @throws IllegalArgumentException naming the person and leg when a plan cannot be simulated
   * @throws IllegalStateException if vehicle conservation fails (a bug, never expected)
   */
  public MobsimResult run(Population population, SimEventSink sink, MobsimProgress progress) {
    prepare(population, sink);
    int t = Integer.MAX_VALUE;
    for (int a = 0; a < plans.agents; a++) {
      int k = plans.actOffset[a];
      int end = firstActivityEnd(k);
      if (plans.actCount[a] == 1 || !Time.isDefined(end)) {
        state[a] = DONE;
        finished++;
      } else {
        wakeUps.add(key(end, a));
        t = Math.min(t, end);
      }
    }
    int startTime = t == Integer.MAX_VALUE ? 0 : t;
    sink.begin(plans);
    int endTime = Time.isDefined(settings.endTime_s()) ? settings.endTime_s() : safetyEndTime();
    int nextReport = startTime;
    t = startTime;
    while (finished < plans.agents) {
      if (t > endTime) {
        break;
      }
      if (activeNodeCount == 0) {
        // nothing moves before the next scheduled activity end, teleport arrival or link wake-up
        long next = Long.MAX_VALUE;
        if (!wakeUps.isEmpty()) {
          next = wakeUps.peek() >>> 32;
        }
        next = Math.min(next, linkCalendar.nextTime());
        if (next == Long.MAX_VALUE) {
          break;
        }
        t = Math.max(t, (int) next);
        if (t > endTime) {
          break;
        }
      }
      if (t >= nextReport) {
        progress.update(t, finished, plans.agents, enRoute);
        nextReport = t - t % 900 + 900;
      }
      steps++;
      handleWakeUps(t);
      moveNodes(t);
      moveLinks(t);
      t++;
    }
    int simEnd = Math.min(t, endTime);
    abortRemaining(simEnd);
    progress.update(simEnd, finished, plans.agents, enRoute);
    sink.end(simEnd);
    MobsimResult result = new MobsimResult(plans.agents, departures, arrivals, stuckAborted, stuckForced, linkEvents,
        startTime, simEnd, steps);
    if (!result.isConserved()) {
      throw new IllegalStateException("vehicle conservation violated: " + result);
    }
    return result;
  }

  /**
   * Without an explicit end time the simulation runs until every agent is done, but never longer than
   * 24 h after the latest planned activity end (at least 30 h): a link without capacity could otherwise
   * hold vehicles forever.
   */
  private int safetyEndTime() {
    int latest = 0;
    for (int k = 0; k < plans.actEnd_s.length; k++) {
      if (Time.isDefined(plans.actEnd_s[k])) {
        latest = Math.max(latest, plans.actEnd_s[k]);
      }
    }
    return Math.max(30 * 3600, latest + 24 * 3600);
  }

  private void prepare(Population population, SimEventSink sink) {
    this.plans = new CompiledPlans(population, network, settings);
    this.sink = sink;
    int n = plans.agents;
    nextVeh = new int[n];
    earliestExit = new int[n];
    enterTime = new int[n];
    routePos = new int[n];
    curAct = new int[n];
    state = new int[n];
    legDepTime = new int[n];
    wakeUps = new LongMinHeap(n);
    Arrays.fill(qHead, -1);
    Arrays.fill(qTail, -1);
    Arrays.fill(bHead, -1);
    Arrays.fill(bTail, -1);
    Arrays.fill(wHead, -1);
    Arrays.fill(wTail, -1);
    Arrays.fill(bSize, 0);
    Arrays.fill(usedStorage, 0);
    linkCalendar.reset(0);
    Arrays.fill(nodeActive, false);
    Arrays.fill(flowLastUpdate, Integer.MIN_VALUE);
    activeNodeCount = 0;
    departures = arrivals = stuckAborted = stuckForced = linkEvents = steps = 0;
    finished = 0;
    enRoute = 0;
  }

  private int firstActivityEnd(int k) {
    int end = plans.actEnd_s[k];
    if (!Time.isDefined(end) && Time.isDefined(plans.actMaxDur_s[k])) {
      end = plans.actMaxDur_s[k];
    }
    return end;
  }

  private static long key(int time, int agent) {
    return ((long) time << 32) | agent;
  }

  // ---- activities and teleportation -------------------------------------------------------------

  private void handleWakeUps(int t) {
    while (!wakeUps.isEmpty() && (int) (wakeUps.peek() >>> 32) <= t) {
      int a = (int) wakeUps.poll();
      if (state[a] == AT_ACTIVITY) {
        depart(t, a);
      } else if (state[a] == TELEPORTING) {
        int leg = plans.legOffset[a] + curAct[a];
        sink.teleported(t, a, plans.legTeleportDistance_m[leg], plans.legMode[leg]);
        int link = plans.actLink[plans.actOffset[a] + curAct[a] + 1];
        arriveAndStartActivity(t, a, link, plans.legMode[leg]);
      }
    }
  }

  private void depart(int t, int a) {
    int k = plans.actOffset[a] + curAct[a];
    int link = plans.actLink[k];
    int leg = plans.legOffset[a] + curAct[a];
    int mode = plans.legMode[leg];
    sink.activityEnd(t, a, link, plans.actType[k]);
    sink.departure(t, a, link, mode);
    departures++;
    enRoute++;
    legDepTime[a] = t;
    if (!plans.legOnNetwork[leg]) {
      state[a] = TELEPORTING;
      wakeUps.add(key(t + plans.legTeleportTime_s[leg], a));
      return;
    }
    state[a] = DRIVING;
    routePos[a] = 0;
    sink.personEntersVehicle(t, a, a);
    if (plans.legRouteLength[leg] == 1) {
      // start and end link are the same: the vehicle enters and leaves traffic at once
      sink.vehicleEntersTraffic(t, a, link, a, mode);
      leaveVehicle(t, a, link, mode, false);
      return;
    }
    nextVeh[a] = -1;
    if (wTail[link] < 0) {
      wHead[link] = a;
    } else {
      nextVeh[wTail[link]] = a;
    }
    wTail[link] = a;
    scheduleLink(link, t);
  }

  /** {@code entered}: the vehicle entered {@code link} (false only for a route of one link). */
  private void leaveVehicle(int t, int a, int link, int mode, boolean entered) {
    sink.vehicleLeavesTraffic(t, a, link, a, mode);
    if (entered) {
      sink.arrivalLinkTraversed(t, link, a, enterTime[a]);
    }
    sink.personLeavesVehicle(t, a, a);
    arriveAndStartActivity(t, a, link, mode);
  }

  private void arriveAndStartActivity(int t, int a, int link, int mode) {
    sink.arrival(t, a, link, mode);
    arrivals++;
    enRoute--;
    int next = ++curAct[a];
    int k = plans.actOffset[a] + next;
    sink.activityStart(t, a, link, plans.actType[k]);
    if (next == plans.actCount[a] - 1) {
      state[a] = DONE;
      finished++;
      return;
    }
    int end = plans.actEnd_s[k];
    if (!Time.isDefined(end)) {
      end = Time.isDefined(plans.actMaxDur_s[k]) ? t + plans.actMaxDur_s[k] : Time.UNDEFINED;
    }
    if (!Time.isDefined(end)) {
      // an intermediate activity without end: the agent stays (MATSim does the same)
      state[a] = DONE;
      finished++;
      return;
    }
    state[a] = AT_ACTIVITY;
    // an end time already passed: leave in the next step
    wakeUps.add(key(Math.max(end, t + 1), a));
  }

  // ---- nodes ----------------------------------------------------------------------------------

  private void activateNode(int n) {
    if (!nodeActive[n]) {
      nodeActive[n] = true;
      activeNodes[activeNodeCount++] = n;
    }
  }

  /**
   * Asks for link {@code l} to be processed in the link phase of step {@code time} (or earlier, if it
   * already is). A link is only processed when something on it can change: its queue head reaches the
   * link end, flow capacity accrues for a waiting vehicle, or its buffer gets room.
   */
  private void scheduleLink(int l, int time) {
    linkCalendar.schedule(l, time);
  }

  private void moveNodes(int t) {
    int kept = 0;
    int count = activeNodeCount;
    for (int i = 0; i < count; i++) {
      int n = activeNodes[i];
      if (moveNode(t, n)) {
        activeNodes[kept++] = n;
      } else {
        nodeActive[n] = false;
      }
    }
    activeNodeCount = kept;
  }

  /** Moves vehicles across node {@code n}; returns whether any in-link buffer still holds vehicles. */
  private boolean moveNode(int t, int n) {
    int candidates = 0;
    double total = 0;
    for (int p = network.inLinkStart(n); p < network.inLinkEnd(n); p++) {
      int l = network.inLinkAt(p);
      if (bSize[l] > 0) {
        inLinkCandidate[candidates] = l;
        double w = Math.max(network.capacity_vph(l), 1e-9);
        inLinkWeight[candidates++] = w;
        total += w;
      }
    }
    long rnd = SplitMix64.hash(settings.seed(), n, t);
    boolean anyLeft = false;
    while (candidates > 0) {
      int pick = 0;
      if (candidates > 1) {
        rnd = SplitMix64.mix(rnd);
        double u = SplitMix64.toUnit(rnd) * total;
        double acc = 0;
        pick = candidates - 1;
        for (int c = 0; c < candidates; c++) {
          acc += inLinkWeight[c];
          if (u < acc) {
            pick = c;
            break;
          }
        }
      }
      int l = inLinkCandidate[pick];
      total -= inLinkWeight[pick];
      candidates--;
      inLinkCandidate[pick] = inLinkCandidate[candidates];
      inLinkWeight[pick] = inLinkWeight[candidates];
      moveBuffer(t, l);
      if (bSize[l] > 0) {
        anyLeft = true;
      }
    }
    return anyLeft;
  }

  private void moveBuffer(int t, int l) {
    while (bSize[l] > 0) {
      int v = bHead[l];
      int leg = plans.legOffset[v] + curAct[v];
      int next = plans.routeLinks[plans.legRouteStart[leg] + routePos[v] + 1];
      if (usedStorage[next] < storageCap[next]) {
        popBuffer(t, l);
        enterLink(t, v, l, next);
      } else if (t - bufferLastMoved[l] > settings.stuckTime_s()) {
        popBuffer(t, l);
        if (settings.removeStuckVehicles()) {
          abort(t, v, l);
        } else {
          stuckForced++;
          enterLink(t, v, l, next);
        }
      } else {
        return;
      }
    }
  }

  private void popBuffer(int t, int l) {
    int v = bHead[l];
    bHead[l] = nextVeh[v];
    if (bHead[l] < 0) {
      bTail[l] = -1;
    }
    bSize[l]--;
    bufferLastMoved[l] = t;
    if (qHead[l] >= 0 || wHead[l] >= 0) {
      scheduleLink(l, t);
    }
  }

  private void enterLink(int t, int v, int from, int next) {
    sink.linkLeave(t, from, v);
    if (routePos[v] > 0) {
      sink.linkTraversed(t, from, v, enterTime[v]);
    }
    sink.linkEnter(t, next, v);
    linkEvents += 2;
    routePos[v]++;
    enterTime[v] = t;
    usedStorage[next]++;
    earliestExit[v] = t + exitDelay_s[next];
    nextVeh[v] = -1;
    if (qTail[next] < 0) {
      qHead[next] = v;
      scheduleLink(next, earliestExit[v]);
    } else {
      nextVeh[qTail[next]] = v;
    }
    qTail[next] = v;
  }

  private void abort(int t, int a, int link) {
    int leg = plans.legOffset[a] + curAct[a];
    sink.stuckAndAbort(t, a, link, plans.legMode[leg]);
    state[a] = ABORTED;
    stuckAborted++;
    enRoute--;
    finished++;
  }

  // ---- links ----------------------------------------------------------------------------------

  private void moveLinks(int t) {
    int l;
    while ((l = linkCalendar.poll(t)) >= 0) {
      moveQueueToBuffer(t, l);
      moveWaitToBuffer(t, l);
      scheduleNext(t, l);
    }
  }

  /** After processing: when can something on link {@code l} change next without outside help? */
  private void scheduleNext(int t, int l) {
    int v = qHead[l];
    if (v >= 0 && earliestExit[v] > t) {
      scheduleLink(l, earliestExit[v]);
      return;
    }
    if ((v >= 0 || wHead[l] >= 0) && bSize[l] < bufferCap[l] && flowCapPerStep[l] > 0) {
      // blocked by flow capacity: wake when the accumulator is positive again
      double missing = 1e-9 - flowAccum[l];
      int wait = missing <= 0 ? 1 : (int) Math.floor(missing / flowCapPerStep[l]) + 1;
      scheduleLink(l, t + Math.max(1, wait));
    }
    // blocked by a full buffer: popBuffer schedules the link when the node makes room
  }

  private boolean hasFlowCapacity(int t, int l) {
    if (flowLastUpdate[l] != t) {
      double cap = flowCapPerStep[l];
      if (flowLastUpdate[l] == Integer.MIN_VALUE) {
        flowAccum[l] = cap;
      } else {
        flowAccum[l] = Math.min(flowAccum[l] + (double) (t - flowLastUpdate[l]) * cap, cap);
      }
      flowLastUpdate[l] = t;
    }
    // a tolerance absorbs rounding of repeated fractional refills (19 x 0.05 must not exceed 0.95)
    return flowAccum[l] > 1e-9;
  }

  private void moveQueueToBuffer(int t, int l) {
    int v;
    while ((v = qHead[l]) >= 0) {
      if (earliestExit[v] > t) {
        return;
      }
      int leg = plans.legOffset[v] + curAct[v];
      if (routePos[v] == plans.legRouteLength[leg] - 1) {
        popQueue(l, v);
        state[v] = AT_ACTIVITY;
        leaveVehicle(t, v, l, plans.legMode[leg], true);
        continue;
      }
      if (bSize[l] >= bufferCap[l] || !hasFlowCapacity(t, l)) {
        return;
      }
      popQueue(l, v);
      pushBuffer(t, l, v);
    }
  }

  private void popQueue(int l, int v) {
    qHead[l] = nextVeh[v];
    if (qHead[l] < 0) {
      qTail[l] = -1;
    }
    usedStorage[l]--;
  }

  private void pushBuffer(int t, int l, int v) {
    flowAccum[l] -= 1.0;
    nextVeh[v] = -1;
    if (bTail[l] < 0) {
      bHead[l] = v;
      bufferLastMoved[l] = t;
    } else {
      nextVeh[bTail[l]] = v;
    }
    bTail[l] = v;
    bSize[l]++;
    activateNode(network.toNode(l));
  }

  private void moveWaitToBuffer(int t, int l) {
    int v;
    while ((v = wHead[l]) >= 0) {
      if (bSize[l] >= bufferCap[l] || !hasFlowCapacity(t, l)) {
        return;
      }
      wHead[l] = nextVeh[v];
      if (wHead[l] < 0) {
        wTail[l] = -1;
      }
      int leg = plans.legOffset[v] + curAct[v];
      sink.vehicleEntersTraffic(t, v, l, v, plans.legMode[leg]);
      pushBuffer(t, l, v);
    }
  }

  // ---- end of simulation --------------------------------------------------------------------------

  /** Agents still travelling at the end are aborted (stuckAndAbort), as MATSim does at its end time. */
  private void abortRemaining(int t) {
    for (int a = 0; a < plans.agents; a++) {
      if (state[a] == DRIVING || state[a] == TELEPORTING) {
        int leg = plans.legOffset[a] + curAct[a];
        int link = state[a] == DRIVING ? plans.routeLinks[plans.legRouteStart[leg] + routePos[a]] : -1;
        abort(t, a, link);
      }
    }
  }
}
