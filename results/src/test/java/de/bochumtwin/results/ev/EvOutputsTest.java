package de.bochumtwin.results.ev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.ev.ChargingHandler;
import de.bochumtwin.core.ev.ChargingPlan;
import de.bochumtwin.core.ev.ChargingPlanner;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.ev.EvFleet;
import de.bochumtwin.core.ev.EvRunResult;
import de.bochumtwin.core.ev.EvSettings;
import de.bochumtwin.core.ev.EvType;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.results.testing.Duck;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small EV day through the real mobsim (three commuters with low batteries competing for a one-plug
 * charger at work, a fourth charging at home), written as Parquet and read back by DuckDB: the files hold
 * what the Java result holds.
 */
class EvOutputsTest {
  static EvRunResult result;
  static String[] vehicleIds = {"a", "b", "c", "d"};

  @BeforeAll
  static void runDay() {
    NetworkBuilder nb = new NetworkBuilder().withName("line").withCrs("EPSG:25832");
    nb.addNode("1", 0, 0);
    nb.addNode("2", 100, 0);
    nb.addNode("3", 20100, 0);
    nb.addNode("4", 20200, 0);
    nb.addLink("home", "1", "2", 100, 13.9, 3600, 1, List.of("car"), null, null);
    nb.addLink("out", "2", "3", 20000, 13.9, 3600, 1, List.of("car"), null, null);
    nb.addLink("work", "3", "4", 100, 13.9, 3600, 1, List.of("car"), null, null);
    nb.addLink("back", "4", "1", 20200, 13.9, 3600, 1, List.of("car"), null, null);
    Network net = nb.build();
    int h = net.getLinkIndex("home");
    int w = net.getLinkIndex("work");
    Population pop = new Population();
    for (int p = 0; p < 4; p++) {
      Person person = Person.of(vehicleIds[p], Map.of());
      person.addPlan(Plan.of(List.of(
          Activity.atLink("home", h).withEndTime(7 * 3600 + 60 * p),
          Leg.of("car").withRoute(NetworkRoute.of(new int[] {h, net.getLinkIndex("out"), w}, 20100)),
          Activity.atLink("work", w).withEndTime(16 * 3600),
          Leg.of("car").withRoute(NetworkRoute.of(new int[] {w, net.getLinkIndex("back"), h}, 20300)),
          Activity.atLink("home", h))), true);
      pop.add(person);
    }
    Chargers.Builder cb = Chargers.builder();
    cb.add("work-ac", w, 20150, 50, 11, 1, null, "Stadtwerke", true);
    Chargers chargers = cb.build();
    EvType type = EvType.of("bev10", 10, 11);
    // 5 kWh of 10: the day (about 4.6 kWh) would end below the critical 2 kWh without charging at work
    EvFleet fleet = EvFleet.of(List.of(type), new int[] {0, 0, 0, 0}, new double[] {5, 5, 5, 5},
        new boolean[] {false, false, false, true});
    EvSettings settings = EvSettings.defaults().withQueueing(3600, 0);
    ChargingPlan plan = new ChargingPlanner(net, chargers, settings).plan(pop, fleet);
    assertEquals(3, plan.stopCount(), "a, b and c plan to charge at work; d charges at home");
    ChargingHandler handler = new ChargingHandler(net, chargers, fleet, plan, settings);
    new QueueSimulation(net, MobsimSettings.builder().withSeed(1).build()).run(pop, handler, MobsimProgress.NONE);
    result = handler.result();
  }

  @Test
  void sessionsReadBackByDuckDb(@TempDir Path dir) throws Exception {
    Path f = dir.resolve(ChargingSessionsParquet.SCHEMA.fileName());
    ChargingSessionsParquet.write(f, result, vehicleIds);
    // a plugs in first; b and c queue; after 3600 s b gives up, c (queued 60 s later) gets the plug when a is done
    try (Duck d = new Duck()) {
      String src = "read_parquet(" + Duck.lit(f) + ")";
      assertEquals((long) result.sessions().size(), ((Number) d.value("SELECT count(*) FROM " + src)).longValue());
      assertEquals(result.totalCharged_kWh(), ((Number) d.value("SELECT sum(energy_kwh) FROM " + src)).doubleValue(), 1e-9);
      assertEquals((long) result.failedChargingAttempts(),
          ((Number) d.value("SELECT count(*) FROM " + src + " WHERE start_s IS NULL")).longValue());
      assertEquals(0L, ((Number) d.value("SELECT count(*) FROM " + src + " WHERE location = 'home' AND charger_id IS NOT NULL")).longValue());
      assertEquals(1L, ((Number) d.value("SELECT count(*) FROM " + src + " WHERE vehicle_id = 'd' AND location = 'home'")).longValue());
      assertEquals(List.of("a", "work-ac", "completed"),
          d.row("SELECT vehicle_id, charger_id, outcome FROM " + src + " WHERE location = 'public' ORDER BY start_s NULLS LAST LIMIT 1"));
      assertEquals(3600, ((Number) d.value("SELECT wait_s FROM " + src + " WHERE outcome = 'gave_up'")).intValue());
      double soc = ((Number) d.value("SELECT sum(soc_end_kwh - soc_start_kwh - energy_kwh) FROM " + src)).doubleValue();
      assertEquals(0.0, soc, 1e-9);
    }
    assertTrue(result.failedChargingAttempts() >= 1);
  }

  @Test
  void occupancyAndLoadCurvesReadBack(@TempDir Path dir) throws Exception {
    Path occ = dir.resolve(ChargerOccupancyParquet.SCHEMA.fileName());
    Path load = dir.resolve(ChargerLoadCurvesParquet.SCHEMA.fileName());
    ChargerOccupancyParquet.write(occ, result);
    ChargerLoadCurvesParquet.write(load, result);
    try (Duck d = new Duck()) {
      int bins = result.load().bins();
      assertEquals((long) bins, ((Number) d.value("SELECT count(*) FROM read_parquet(" + Duck.lit(occ) + ")")).longValue());
      assertEquals(2L * bins, ((Number) d.value("SELECT count(*) FROM read_parquet(" + Duck.lit(load) + ")")).longValue());
      // energy = sum of power x 0.25 h over the bins, equal to the sessions' energy; the one plug is never exceeded
      double e = ((Number) d.value("SELECT sum(power_kw) * 0.25 FROM read_parquet(" + Duck.lit(occ) + ")")).doubleValue();
      double pub = 0;
      for (int i = 0; i < result.sessions().size(); i++) {
        pub += result.sessions().charger(i) >= 0 ? result.sessions().energy_kWh(i) : 0;
      }
      assertEquals(pub, e, 1e-9);
      assertTrue(((Number) d.value("SELECT max(plugs_in_use) FROM read_parquet(" + Duck.lit(occ) + ")")).doubleValue() <= 1.0 + 1e-12);
      assertTrue(((Number) d.value("SELECT max(queue_length) FROM read_parquet(" + Duck.lit(occ) + ")")).doubleValue() > 0.5);
      double all = ((Number) d.value("SELECT sum(energy_kwh) FROM read_parquet(" + Duck.lit(load) + ")")).doubleValue();
      assertEquals(result.totalCharged_kWh(), all, 1e-9);
    }
  }

  @Test
  void loadCurvePngAndCounters(@TempDir Path dir) throws Exception {
    XYSeriesCollection data = LoadCurveChart.dataset(result);
    assertEquals(3, data.getSeriesCount(), "public total, home, and the one charger used");
    XYSeries pub = data.getSeries(0);
    double e = 0;
    for (int i = 0; i < pub.getItemCount(); i++) {
      e += pub.getY(i).doubleValue() * 0.25;
    }
    assertEquals(result.totalCharged_kWh() - homeEnergy(), e, 1e-9);
    Path png = dir.resolve("charger_load_curves.png");
    LoadCurveChart.writePng(png, result, "EV charging load", 900, 500);
    BufferedImage img = ImageIO.read(png.toFile());
    assertArrayEquals(new int[] {900, 500}, new int[] {img.getWidth(), img.getHeight()});

    Map<String, Long> c = EvSummary.counters(result);
    assertEquals(4L, c.get("ev_vehicles"));
    assertEquals((long) result.failedChargingAttempts(), c.get("ev_failed_charging_attempts"));
    assertEquals(0L, c.get("ev_stranded_vehicles"));
  }

  private static double homeEnergy() {
    double e = 0;
    for (int i = 0; i < result.sessions().size(); i++) {
      e += result.sessions().charger(i) < 0 ? result.sessions().energy_kWh(i) : 0;
    }
    return e;
  }
}
