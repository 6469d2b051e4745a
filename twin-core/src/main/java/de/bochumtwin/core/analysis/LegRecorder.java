package de.bochumtwin.core.analysis;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;

/**
 * Builds a {@link LegTable} from events: a leg starts at {@code departure} and ends at {@code arrival};
 * its distance is the length of every link entered during the leg (MATSim's convention: the start link
 * is not counted, the end link is) or the {@code travelled} distance of a teleported leg. Legs aborted
 * as stuck are not recorded (they are counted by the mobsim).
 */
public final class LegRecorder implements SimEventSink {
  private final Network network;
  private EventIds ids;
  private int[] legCounter = new int[0];
  private int[] openDep = new int[0];
  private double[] openDist = new double[0];
  private int[] vehicleDriver = new int[0];

  private int size;
  private int[] person = new int[1024];
  private int[] legIndex = new int[1024];
  private int[] mode = new int[1024];
  private int[] dep = new int[1024];
  private int[] trav = new int[1024];
  private double[] dist = new double[1024];

  public LegRecorder(Network network) {
    this.network = network;
  }

  /** Sizes the per-person state; call before the run with the population size and vehicle count. */
  public void reset(int persons, int vehicles) {
    legCounter = new int[persons];
    openDep = new int[persons];
    openDist = new double[persons];
    vehicleDriver = new int[vehicles];
    Arrays.fill(vehicleDriver, -1);
    size = 0;
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void departure(int t, int p, int l, int m) {
    openDep[p] = t;
    openDist[p] = 0;
  }

  @Override
  public void personEntersVehicle(int t, int p, int v) {
    vehicleDriver[v] = p;
  }

  @Override
  public void linkEnter(int t, int l, int v) {
    int p = vehicleDriver[v];
    if (p >= 0) {
      openDist[p] += network.length_m(l);
    }
  }

  @Override
  public void personLeavesVehicle(int t, int p, int v) {
    vehicleDriver[v] = -1;
  }

  @Override
  public void teleported(int t, int p, double d, int m) {
    openDist[p] = d;
  }

  @Override
  public void arrival(int t, int p, int l, int m) {
    if (size == person.length) {
      grow();
    }
    person[size] = p;
    legIndex[size] = legCounter[p]++;
    mode[size] = m;
    dep[size] = openDep[p];
    trav[size] = t - openDep[p];
    dist[size] = openDist[p];
    size++;
  }

  @Override
  public void stuckAndAbort(int t, int p, int l, int m) {
    legCounter[p]++;
  }

  private void grow() {
    int n = person.length * 2;
    person = Arrays.copyOf(person, n);
    legIndex = Arrays.copyOf(legIndex, n);
    mode = Arrays.copyOf(mode, n);
    dep = Arrays.copyOf(dep, n);
    trav = Arrays.copyOf(trav, n);
    dist = Arrays.copyOf(dist, n);
  }

  /** The table of all legs recorded since the last {@link #reset}. */
  public LegTable table() {
    String[] pids = new String[legCounter.length];
    for (int i = 0; i < pids.length; i++) {
      pids[i] = ids.personId(i);
    }
    String[] modes = new String[ids.modeCount()];
    for (int i = 0; i < modes.length; i++) {
      modes[i] = ids.mode(i);
    }
    return new LegTable(size, Arrays.copyOf(person, size), Arrays.copyOf(legIndex, size), Arrays.copyOf(mode, size),
        Arrays.copyOf(dep, size), Arrays.copyOf(trav, size), Arrays.copyOf(dist, size), pids, modes);
  }
}
