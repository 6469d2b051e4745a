package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.events.EventTypeCounter;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.matsim.EventsReader;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2, must show 1 and 4: MATSim's equil scenario reads, simulates and writes all outputs; the
 * events we write read back with the same counts per type as the in-memory run; DuckDB (an independent
 * Parquet reader) sees the same row counts and sums as the Java side.
 */
class R01_EquilRunTest {
  @TempDir
  Path tmp;

  @Test
  void plans100WritesAllOutputsAndEventsReadBack() {
    Path out = tmp.resolve("equil100");
    assertEquals(0, TestData.run("run", "--network", TestData.equil("network.xml").toString(), "--plans",
        TestData.equil("plans100.xml").toString(), "--events", "--threads", "1", "--out", out.toString()));
    for (String f : List.of("legs.parquet", "link_volumes.parquet", "links.parquet", "iterations.parquet",
        "iteration_modes.parquet", "run.json", "events.xml.gz", "output_plans.xml.gz", "scorestats.png", "modestats.png")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f + " written");
    }
    // the same plans simulated in memory (all plans100 legs have routes; seed 4711 as the CLI default)
    Network net = NetworkReader.read(TestData.equil("network.xml"));
    Population pop = PopulationReader.read(TestData.equil("plans100.xml"), net);
    EventTypeCounter counter = new EventTypeCounter();
    MobsimResult r = new QueueSimulation(net, MobsimSettings.builder().withSeed(4711).build()).run(pop, counter, MobsimProgress.NONE);
    Map<String, Long> fromFile = EventsReader.countByType(out.resolve("events.xml.gz"));
    assertEquals(counter.countsByType(), fromFile);
    // equil plans100: person 1 has 3 legs (one on a single link), the other 99 have 2: 201 legs, all arrive
    int legsPlanned = pop.persons().stream().mapToInt(p -> p.selectedPlan().legCount()).sum();
    assertEquals(201, legsPlanned);
    assertEquals(legsPlanned, r.arrivals());
    assertEquals(0, r.stuckAborted());

    String legs = out.resolve("legs.parquet").toString();
    assertEquals("201", TestData.one("SELECT count(*) FROM read_parquet('" + legs + "')"));
    assertEquals(Long.toString(r.arrivals()), TestData.one("SELECT count(*) FROM read_parquet('" + legs + "') WHERE mode = 'car'"));
    // link volumes: the number of link entries equals half the link events
    String vol = out.resolve("link_volumes.parquet").toString();
    assertEquals(Long.toString(r.linkEvents() / 2), TestData.one("SELECT sum(volume) FROM read_parquet('" + vol + "')"));
    // every car trip h->w passes link 1? no: it starts on link 1. It enters link 20 (arrival at work): 100 times
    assertEquals("100", TestData.one("SELECT sum(volume) FROM read_parquet('" + vol + "') WHERE link_id = '20'"));
    // distance of person 1's first leg: links 6, 15, 20 = 10000 + 5000 + 10000 m
    assertEquals("25000.0", TestData.one("SELECT distance_m FROM read_parquet('" + legs + "') WHERE person_id = '1' AND leg_index = 0"));
    String links = out.resolve("links.parquet").toString();
    assertEquals("23", TestData.one("SELECT count(*) FROM read_parquet('" + links + "')"));
    assertEquals("1", TestData.one("SELECT count(*) FROM read_parquet('" + out.resolve("iterations.parquet") + "')"));
  }

  @Test
  void plans2000GzRuns() {
    Path out = tmp.resolve("equil2000");
    assertEquals(0, TestData.run("run", "--network", TestData.equil("network.xml").toString(), "--plans",
        TestData.equil("plans2000.xml.gz").toString(), "--out", out.toString()));
    String legs = out.resolve("legs.parquet").toString();
    long arrivals = Long.parseLong(TestData.one("SELECT count(*) FROM read_parquet('" + legs + "')"));
    String departures = TestData.one("SELECT json_extract(counters, '$.departures') FROM read_json_auto('" + out.resolve("run.json") + "')");
    String stuck = TestData.one("SELECT json_extract(counters, '$.stuck_aborted') FROM read_json_auto('" + out.resolve("run.json") + "')");
    assertEquals(Long.parseLong(departures), arrivals + Long.parseLong(stuck), "departed = arrived + stuck");
    assertTrue(arrivals > 2000, "2000 persons with several legs each: " + arrivals);
  }
}
