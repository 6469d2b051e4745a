package de.bochumtwin.core.scoring;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores every person's executed day from the mobsim's events, the way MATSim's events-based scoring
 * does (see docs/scoring.md):
 *
 * <ul>
 *   <li>An {@code actend} without a preceding {@code actstart} ends the person's first activity; it is
 *       remembered. Every later activity is scored when it ends, from its start to its end.
 *   <li>At {@link #end}, an activity that started but never ended is the last activity. If it has the
 *       first activity's type, the two are one overnight activity from the last start to the first end
 *       plus 24 h (also when the first activity's type is {@code "not specified"}, as in MATSim; that
 *       type needs no parameters and scores 0 when it cannot be wrapped). Otherwise the first is scored
 *       from 0 to its end and the last from its start to 24 h
 *       (both only if any activity beta is non-zero). A person with a first but no last activity (stuck,
 *       or still travelling) gets only the first, from 0 to its end. A person without events scores 0.
 *   <li>A leg is scored at {@code arrival}: travel time since {@code departure}; distance from the
 *       {@code travelled} event (teleported) or the lengths of the links its vehicle entered (network
 *       legs: start link excluded, end link included, as MATSim). Daily constants come with the first
 *       leg of each mode in the day.
 *   <li>{@code stuckAndAbort} adds {@link ScoringParameters#abortedPlanScore()} once per abort; the
 *       aborted leg itself is not scored (as in MATSim).
 * </ul>
 *
 * <p>Per-person state lives in primitive arrays sized at construction; handling an event allocates
 * nothing (the vehicle table grows only when a vehicle index beyond it appears). Activity types and
 * modes are mapped to their parameters once, in {@link #begin}, which fails naming every activity type
 * without parameters. A mode without parameters fails at its first departure, naming the person.
 * One instance scores one mobsim run; results are available after {@link #end}.
 */
public final class EventsScoring implements SimEventSink {
  private static final int DAY_S = 24 * 3600;
  /** A first activity of this type wraps with any last activity (MATSim: surveys often omit it). */
  static final String NOT_SPECIFIED = "not specified";

  private final ScoringParameters params;
  private final Network network;
  private final int persons;

  private EventIds ids;
  private ActivityParams[] actParams;
  private ModeParams[] modeParams;
  private int modeCount;
  private int notSpecifiedType;

  private final int[] firstActType;
  private final int[] firstActEnd_s;
  private final int[] curActType;
  private final int[] curActStart_s;
  private final int[] legDep_s;
  private final double[] legDist_m;
  private final int[] stuckCount;
  private boolean[] modeUsed;
  private int[] vehicleDriver;

  private final double[] activityUtils;
  private final double[] legUtils;
  private final double[] moneyUtils;
  private final double[] stuckUtils;
  private boolean ended;

  /**
   * @param network for the lengths of entered links (network legs)
   * @param persons number of persons; events carry person indices below it
   */
  public EventsScoring(ScoringParameters params, Network network, int persons) {
    if (persons < 0) {
      throw new IllegalArgumentException("persons must be >= 0, got " + persons);
    }
    this.params = params;
    this.network = network;
    this.persons = persons;
    firstActType = new int[persons];
    firstActEnd_s = new int[persons];
    curActType = new int[persons];
    curActStart_s = new int[persons];
    legDep_s = new int[persons];
    legDist_m = new double[persons];
    stuckCount = new int[persons];
    activityUtils = new double[persons];
    legUtils = new double[persons];
    moneyUtils = new double[persons];
    stuckUtils = new double[persons];
    vehicleDriver = new int[Math.max(16, persons)];
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
    List<String> missing = new ArrayList<>();
    actParams = new ActivityParams[ids.activityTypeCount()];
    for (int i = 0; i < actParams.length; i++) {
      actParams[i] = params.findActivityParams(ids.activityType(i)).orElse(null);
      if (actParams[i] == null && !ids.activityType(i).equals(NOT_SPECIFIED)) {
        missing.add(ids.activityType(i));
      }
    }
    if (!missing.isEmpty()) {
      params.checkCovers(missing, List.of());
    }
    notSpecifiedType = -1;
    for (int i = 0; i < actParams.length; i++) {
      if (ids.activityType(i).equals(NOT_SPECIFIED)) {
        notSpecifiedType = i;
      }
    }
    modeCount = ids.modeCount();
    modeParams = new ModeParams[modeCount];
    for (int m = 0; m < modeCount; m++) {
      modeParams[m] = params.findModeParams(ids.mode(m)).orElse(null);
    }
    Arrays.fill(firstActType, -1);
    Arrays.fill(curActType, -1);
    Arrays.fill(firstActEnd_s, 0);
    Arrays.fill(curActStart_s, 0);
    Arrays.fill(stuckCount, 0);
    Arrays.fill(activityUtils, 0.0);
    Arrays.fill(legUtils, 0.0);
    Arrays.fill(moneyUtils, 0.0);
    Arrays.fill(stuckUtils, 0.0);
    Arrays.fill(vehicleDriver, -1);
    modeUsed = new boolean[persons * modeCount];
    ended = false;
  }

  @Override
  public void activityEnd(int t, int p, int link, int actType) {
    if (curActType[p] >= 0) {
      activityUtils[p] += CharyparNagel.activityScore(params, actParams[curActType[p]], curActStart_s[p], t);
      curActType[p] = -1;
    } else if (firstActType[p] < 0) {
      firstActType[p] = actType;
      firstActEnd_s[p] = t;
    }
  }

  @Override
  public void activityStart(int t, int p, int link, int actType) {
    curActType[p] = actType;
    curActStart_s[p] = t;
  }

  @Override
  public void departure(int t, int p, int link, int mode) {
    if (modeParams[mode] == null) {
      throw new IllegalArgumentException("person '" + ids.personId(p) + "' departs with mode '" + ids.mode(mode)
          + "', which has no scoring parameters; add modeParams for it");
    }
    legDep_s[p] = t;
    legDist_m[p] = 0.0;
  }

  @Override
  public void vehicleEntersTraffic(int t, int p, int link, int vehicle, int mode) {
    if (vehicle >= vehicleDriver.length) {
      int n = Math.max(vehicle + 1, vehicleDriver.length * 2);
      int old = vehicleDriver.length;
      vehicleDriver = Arrays.copyOf(vehicleDriver, n);
      Arrays.fill(vehicleDriver, old, n, -1);
    }
    vehicleDriver[vehicle] = p;
  }

  @Override
  public void linkEnter(int t, int link, int vehicle) {
    if (vehicle < vehicleDriver.length) {
      int p = vehicleDriver[vehicle];
      if (p >= 0) {
        legDist_m[p] += network.length_m(link);
      }
    }
  }

  @Override
  public void vehicleLeavesTraffic(int t, int p, int link, int vehicle, int mode) {
    if (vehicle < vehicleDriver.length) {
      vehicleDriver[vehicle] = -1;
    }
  }

  @Override
  public void teleported(int t, int p, double distance_m, int mode) {
    legDist_m[p] = distance_m;
  }

  @Override
  public void arrival(int t, int p, int link, int mode) {
    ModeParams m = modeParams[mode];
    double d = legDist_m[p];
    legUtils[p] += CharyparNagel.legUtility(m, t - legDep_s[p], d);
    moneyUtils[p] += CharyparNagel.legMoneyUtility(params, m, d);
    int used = p * modeCount + mode;
    if (!modeUsed[used]) {
      modeUsed[used] = true;
      legUtils[p] += m.dailyUtilityConstant();
      moneyUtils[p] += params.marginalUtilityOfMoney() * m.dailyMonetaryConstant();
    }
  }

  @Override
  public void stuckAndAbort(int t, int p, int link, int mode) {
    stuckCount[p]++;
    stuckUtils[p] += params.abortedPlanScore();
  }

  /** Scores the first and last activities of every person (the overnight wrap); called once by the mobsim. */
  @Override
  public void end(int time_s) {
    if (ended) {
      throw new IllegalStateException("end() was already called; create a new EventsScoring (or call begin()) per run");
    }
    for (int p = 0; p < persons; p++) {
      activityUtils[p] += firstAndLastActivity(p);
    }
    ended = true;
  }

  private double firstAndLastActivity(int p) {
    int first = firstActType[p];
    int last = curActType[p];
    if (last < 0) {
      return first < 0 ? 0.0 : firstActivity(p);
    }
    if (first < 0) {
      // an activity started but none ended before it: not produced by our mobsim; scored to midnight
      return CharyparNagel.activityScore(params, actParams[last], curActStart_s[p], DAY_S);
    }
    if (first == last || first == notSpecifiedType) {
      return CharyparNagel.activityScore(params, actParams[last], curActStart_s[p], firstActEnd_s[p] + DAY_S);
    }
    if (!params.scoresActivities()) {
      return 0.0;
    }
    return firstActivity(p) + CharyparNagel.activityScore(params, actParams[last], curActStart_s[p], DAY_S);
  }

  /** The first activity alone, from midnight to its end ("not specified" without parameters: 0). */
  private double firstActivity(int p) {
    ActivityParams a = actParams[firstActType[p]];
    return a == null ? 0.0 : CharyparNagel.activityScore(params, a, 0, firstActEnd_s[p]);
  }

  /** The scores of this run, by person index. */
  public PersonScores result() {
    if (!ended) {
      throw new IllegalStateException("scores are complete only after end(); run the mobsim first");
    }
    String[] pids = new String[persons];
    for (int p = 0; p < persons; p++) {
      pids[p] = ids.personId(p);
    }
    return new PersonScores(pids, activityUtils.clone(), legUtils.clone(), moneyUtils.clone(), stuckUtils.clone(),
        stuckCount.clone());
  }
}
