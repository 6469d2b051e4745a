package de.bochumtwin.cli.configure;

import de.bochumtwin.core.ev.ChargingHandler;
import de.bochumtwin.core.ev.ChargingPlan;
import de.bochumtwin.core.ev.ChargingPlanner;
import de.bochumtwin.core.ev.ChargingSessionTable;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.ev.EvFleet;
import de.bochumtwin.core.ev.EvRunResult;
import de.bochumtwin.core.ev.EvSettings;
import de.bochumtwin.core.ev.EvType;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.results.ev.ChargerLoadCurvesParquet;
import de.bochumtwin.results.ev.ChargerOccupancyParquet;
import de.bochumtwin.results.ev.ChargingSessionsParquet;
import de.bochumtwin.results.ev.DistrictLoadCurves;
import de.bochumtwin.results.ev.EvSummary;
import de.bochumtwin.results.ev.LoadCurveChart;
import de.bochumtwin.results.run.RunManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import de.bochumtwin.scenarios.bochum.BochumChargers;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.bochum.Polygon2d;
import de.bochumtwin.scenarios.ev.ChargersCsv;
import de.bochumtwin.scenarios.ev.ChargersXml;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * E-mobility in {@code twin run} ({@code --ev-share}): a seeded share of the car agents drive a BEV.
 * Every iteration plans public charging for the selected plans ({@link ChargingPlanner}), runs the
 * {@link ChargingHandler} as a mobsim sink, adds {@link EvRunResult#scoreDelta} (charging cost, queueing,
 * stranding) to the executed scores, and starts the next iteration from the day's end SoC. After the
 * last iteration it writes the charging tables and charts and the EV counters (docs/ev.md).
 *
 * <p>Fleet: person {@code p} drives vehicle {@code p}; a person with a car leg in any plan gets a BEV
 * with probability {@code evShare} from {@link EvFleet#draw} (its own split of the seed), so the same seed
 * gives the same EVs and raising the share only adds EVs. Not thread-safe; one instance per run.
 */
public final class EvRunExtension implements RunExtension {
  /** The default vehicle: a compact BEV (assumption; ID.3-class 58 kWh usable, 120 kW DC peak). */
  public static final EvType DEFAULT_TYPE = EvType.of("bev", 58, 120);
  /** Initial SoC drawn uniform in this range of the capacity (assumption). */
  public static final double SOC_MIN = 0.3;
  public static final double SOC_MAX = 0.9;
  /** Share of BEVs with a private wallbox at home (assumption). */
  public static final double HOME_SHARE = 0.6;

  private final Network network;
  private final Chargers chargers;
  private final String chargersSource;
  private final EvSettings settings;
  private final ChargingPlanner planner;
  private final Map<String, Polygon> districts;
  private final double evShare;
  private final double plugScale;
  private final PrintStream log;
  private final String[] personIds;
  private EvFleet fleet;
  private ChargingHandler handler;
  private boolean lastIteration;
  private EvRunResult last;
  private double planning_s;

  /**
   * @param chargers public (and private) chargers, plug counts already scaled to the sample
   * @param districts polygons (network CRS) for the per-district load curves, empty for none
   */
  public EvRunExtension(Network network, Population population, Chargers chargers, String chargersSource,
      double evShare, double plugScale, EvSettings settings, Map<String, Polygon> districts, long seed, PrintStream log) {
    if (!(evShare >= 0 && evShare <= 1)) {
      throw new IllegalArgumentException("EV share must be in [0, 1], got " + evShare);
    }
    this.network = network;
    this.chargers = chargers;
    this.chargersSource = chargersSource;
    this.settings = settings;
    this.planner = new ChargingPlanner(network, chargers, settings);
    this.districts = districts;
    this.evShare = evShare;
    this.plugScale = plugScale;
    this.log = log;
    this.fleet = drawFleet(population, evShare, settings, seed);
    this.personIds = new String[population.size()];
    for (int p = 0; p < personIds.length; p++) {
      personIds[p] = population.get(p).id();
    }
  }

  /**
   * The extension for a run: chargers from {@code chargersFile} (MATSim chargers XML, or our CSV for any
   * other name) or, without a file, the bundled Bochum chargers (only for the Bochum scenario); plug
   * counts scaled by the run's flow capacity factor; Bochum's Stadtbezirke for the district curves.
   *
   * @param temperature_C outside temperature, null for the default of {@link EvSettings#defaults()}
   */
  public static EvRunExtension forRun(Scenario sc, RunConfig rc, double evShare, Path chargersFile, Double temperature_C,
      boolean bochum, PrintStream log) {
    return forRun(sc, rc, evShare, chargersFile, temperature_C, bochum, java.util.function.UnaryOperator.identity(), log);
  }

  /**
   * As above, with the chargers changed by {@code editChargers} (what-if {@code chargers} measures) before
   * their plugs are scaled to the sample.
   */
  public static EvRunExtension forRun(Scenario sc, RunConfig rc, double evShare, Path chargersFile, Double temperature_C,
      boolean bochum, java.util.function.UnaryOperator<Chargers> editChargers, PrintStream log) {
    Network net = sc.network();
    Chargers unedited = rawChargers(net, chargersFile, bochum);
    Chargers raw = editChargers.apply(unedited);
    String source = chargersFile != null ? chargersFile.toString() : BochumChargers.FILE + " (" + BochumChargers.SOURCE + ")";
    if (raw != unedited) {
      source += " changed by the scenario file";
    }
    double scale = Math.min(1.0, rc.controller().mobsim().flowCapacityFactor());
    EvSettings settings = temperature_C == null ? EvSettings.defaults() : EvSettings.defaults().withTemperature_C(temperature_C);
    // public charging during every activity, home included: street charging near home for BEVs without a wallbox
    java.util.Set<String> types = new java.util.TreeSet<>();
    for (Person p : sc.population().persons()) {
      for (Plan plan : p.plans()) {
        for (int i = 0; i < plan.activityCount(); i++) {
          types.add(plan.activity(i).type());
        }
      }
    }
    settings = settings.withChargingActivityTypes(types);
    Map<String, Polygon> districts = new java.util.LinkedHashMap<>();
    if (bochum) {
      GeometryFactory gf = new GeometryFactory();
      for (Polygon2d d : BochumScenario.load().districts()) {
        Coordinate[] ring = new Coordinate[d.size() + 1];
        for (int i = 0; i < d.size(); i++) {
          ring[i] = new Coordinate(d.x_m(i), d.y_m(i));
        }
        ring[d.size()] = ring[0];
        districts.put(d.name(), gf.createPolygon(ring));
      }
    }
    log.printf("e-mobility: EV share %.3f of car agents, %d chargers from %s, plugs scaled by %.3f (min 1), %.1f °C%n",
        evShare, raw.size(), source, scale, settings.temperature_C());
    return new EvRunExtension(net, sc.population(), scalePlugs(raw, scale), source, evShare, scale, settings, districts,
        rc.controller().seed(), log);
  }

  /**
   * The chargers of a run before any scaling: {@code chargersFile} (MATSim chargers XML, or our CSV for
   * any other name) or, without a file, the bundled Bochum chargers (only for the Bochum scenario).
   *
   * @throws IllegalArgumentException without a file for a scenario other than Bochum
   */
  public static Chargers rawChargers(Network net, Path chargersFile, boolean bochum) {
    if (chargersFile != null) {
      String name = chargersFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      return name.endsWith(".xml") || name.endsWith(".xml.gz") ? ChargersXml.read(chargersFile, net)
          : ChargersCsv.read(chargersFile, net);
    }
    if (bochum) {
      return BochumChargers.load(net);
    }
    throw new IllegalArgumentException("--ev-share needs --chargers FILE (MATSim chargers XML or CSV) for this"
        + " scenario; only the Bochum default has bundled chargers");
  }

  /**
   * BEVs for a share of the car agents (persons with a leg of an EV mode in any plan); everyone else -1.
   * The draw is by person index and independent of who drives a car, so it is stable under replanning.
   */
  public static EvFleet drawFleet(Population population, double evShare, EvSettings settings, long seed) {
    int n = population.size();
    EvFleet all = EvFleet.draw(n, evShare, List.of(DEFAULT_TYPE), new double[] {1}, SOC_MIN, SOC_MAX, HOME_SHARE,
        seed ^ 0x45565f666c656574L);
    int[] type = new int[n];
    double[] soc = new double[n];
    boolean[] home = new boolean[n];
    for (int p = 0; p < n; p++) {
      boolean car = all.isEv(p) && drivesCar(population.get(p), settings);
      type[p] = car ? all.typeIndex(p) : -1;
      soc[p] = car ? all.initialSoc_kWh(p) : 0;
      home[p] = car && all.hasHomeCharging(p);
    }
    return EvFleet.of(all.types(), type, soc, home);
  }

  private static boolean drivesCar(Person person, EvSettings settings) {
    for (Plan plan : person.plans()) {
      for (int i = 0; i < plan.legCount(); i++) {
        if (settings.evModes().contains(plan.leg(i).mode())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Plug counts scaled like road capacities: max(1, round(plugs x scale)). */
  public static Chargers scalePlugs(Chargers c, double scale) {
    Chargers.Builder b = Chargers.builder();
    for (int i = 0; i < c.size(); i++) {
      int plugs = Math.max(1, (int) Math.round(c.plugCount(i) * scale));
      b.add(c.id(i), c.link(i), c.x_m(i), c.y_m(i), c.plugPower_kW(i), plugs, c.type(i), c.operator(i), c.isPublic(i));
    }
    return b.build();
  }

  @Override
  public String name() {
    return "ev";
  }

  public EvFleet fleet() {
    return fleet;
  }

  @Override
  public List<SimEventSink> sinksFor(int iteration, boolean lastIteration, Population population) {
    long t0 = System.nanoTime();
    ChargingPlan plan = planner.plan(population, fleet);
    planning_s += (System.nanoTime() - t0) / 1e9;
    this.lastIteration = lastIteration;
    handler = new ChargingHandler(network, chargers, fleet, plan, settings);
    return List.of(handler);
  }

  @Override
  public void adjustScores(int iteration, double[] executedScores) {
    EvRunResult r = handler.result();
    for (int v = 0; v < executedScores.length && v < r.vehicleCount(); v++) {
      if (fleet.isEv(v)) {
        executedScores[v] += r.scoreDelta(v);
      }
    }
    fleet = r.nextDayFleet();
    handler = null;
    log.printf("iteration %d: EVs %d, %d charging attempts, %d failed, %d stranded, %.1f h queueing, %.0f kWh charged%n",
        iteration, r.fleet().evCount(), r.sessions().size(), r.failedChargingAttempts(), r.strandedVehicles(),
        totalWait_s(r) / 3600.0, r.totalCharged_kWh());
    if (lastIteration) {
      last = r;
    }
  }

  /** The last iteration's result (null before it ran). */
  public EvRunResult lastResult() {
    return last;
  }

  static long totalWait_s(EvRunResult r) {
    long s = 0;
    for (int v = 0; v < r.vehicleCount(); v++) {
      s += r.wait_s(v);
    }
    return s;
  }

  /** Name of the EV state file in a checkpoint folder. */
  public static final String CHECKPOINT_FILE = "ev_fleet.tsv";

  /**
   * Writes the fleet the next iteration starts with: one line per EV, {@code person_index, type, soc_kWh,
   * home_charger}, the SoC as {@link Double#toString} (reads back to the same bits), after a header line
   * with the vehicle count.
   */
  @Override
  public void saveCheckpoint(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# vehicles\t" + fleet.vehicleCount());
    for (int v = 0; v < fleet.vehicleCount(); v++) {
      if (fleet.isEv(v)) {
        lines.add(v + "\t" + fleet.type(v).id() + "\t" + fleet.initialSoc_kWh(v) + "\t" + (fleet.hasHomeCharging(v) ? 1 : 0));
      }
    }
    Files.write(dir.resolve(CHECKPOINT_FILE), lines, StandardCharsets.UTF_8);
  }

  /**
   * Replaces the freshly drawn fleet by the checkpoint's (which EVs, their SoC and wallboxes), so a resumed
   * run continues from the interrupted run's end SoC and not from the initial draw.
   */
  @Override
  public void restoreCheckpoint(Path dir) throws IOException {
    Path file = dir.resolve(CHECKPOINT_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": missing; the checkpoint was written by a run without --ev-share"
          + " (or an older version), so the EVs' state of charge cannot be resumed; start the run again");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int n = fleet.vehicleCount();
    int[] type = new int[n];
    double[] soc = new double[n];
    boolean[] home = new boolean[n];
    java.util.Arrays.fill(type, -1);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      String where = file + ", line " + (i + 1) + ": ";
      try {
        if (i == 0) {
          if (!f[0].equals("# vehicles") || Integer.parseInt(f[1]) != n) {
            throw new IllegalArgumentException(where + "expected '# vehicles<TAB>" + n + "' (the population size), got '"
                + lines.get(i) + "'; the checkpoint belongs to another population");
          }
          continue;
        }
        int v = Integer.parseInt(f[0]);
        if (v < 0 || v >= n || !f[1].equals(DEFAULT_TYPE.id()) || f.length != 4) {
          throw new IllegalArgumentException(where + "expected 'index<TAB>" + DEFAULT_TYPE.id()
              + "<TAB>soc_kWh<TAB>0|1' with index in [0, " + n + "), got '" + lines.get(i) + "'");
        }
        type[v] = 0;
        soc[v] = Double.parseDouble(f[2]);
        home[v] = f[3].equals("1");
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(where + "cannot read '" + lines.get(i) + "': " + e.getMessage(), e);
      }
    }
    fleet = EvFleet.of(List.of(DEFAULT_TYPE), type, soc, home);
    log.printf("e-mobility: resumed %d EVs with their state of charge from %s%n", fleet.evCount(), file);
  }

  @Override
  public void finish(Path runDir, RunManifest.Builder manifest) {
    manifest.setting("ev_share", evShare);
    manifest.setting("ev_chargers", chargersSource);
    manifest.setting("ev_plug_scale", plugScale);
    manifest.setting("ev_temperature_C", settings.temperature_C());
    manifest.setting("ev_type", DEFAULT_TYPE.toString());
    manifest.setting("ev_home_share", HOME_SHARE);
    manifest.phase("ev_planning_total", planning_s);
    if (last == null) {
      return;
    }
    ChargingSessionsParquet.write(runDir.resolve("charging_sessions.parquet"), last, personIds);
    ChargerOccupancyParquet.write(runDir.resolve("charger_occupancy.parquet"), last);
    ChargerLoadCurvesParquet.write(runDir.resolve("charger_load_curves.parquet"), last);
    LoadCurveChart.writePng(runDir.resolve("charger_load_curves.png"), last, "EV charging load", 1000, 560);
    DistrictLoadCurves byDistrict = null;
    if (!districts.isEmpty()) {
      byDistrict = DistrictLoadCurves.of(last, network, districts);
      byDistrict.writeParquet(runDir.resolve("district_load_curves.parquet"));
      byDistrict.writePng(runDir.resolve("district_load_curves.png"), "EV charging load per district", 1000, 560);
    }
    Map<String, Long> counters = EvSummary.counters(last);
    counters.forEach(manifest::counter);
    long wait = totalWait_s(last);
    manifest.counter("ev_queueing_s", wait);
    manifest.counter("ev_charger_count", chargers.size());
    long queued = 0;
    ChargingSessionTable s = last.sessions();
    for (int i = 0; i < s.size(); i++) {
      queued += s.wait_s(i) > 0 ? 1 : 0;
    }
    manifest.counter("ev_queued_attempts", queued);
    log.printf("e-mobility (last iteration): %d EVs, %d charging sessions, %d failed attempts, %d stranded vehicles,"
            + " %d unresolved plans, %d queued attempts, %.1f h queueing, %.0f kWh charged%n",
        counters.get("ev_vehicles"), counters.get("ev_charging_sessions"), last.failedChargingAttempts(),
        last.strandedVehicles(), last.unresolvedPlans(), queued, wait / 3600.0, last.totalCharged_kWh());
    if (byDistrict != null) {
      for (int d = 0; d < byDistrict.districts().size(); d++) {
        log.printf("  %-14s %3d plugs, %6.0f kWh, %6.1f h queueing%n", byDistrict.districts().get(d),
            byDistrict.plugs(d), byDistrict.energy_kWh(d), byDistrict.waiting_s(d) / 3600.0);
      }
    }
  }
}
