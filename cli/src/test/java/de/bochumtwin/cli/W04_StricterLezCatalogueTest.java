package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.fleet.FleetDraw;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import de.bochumtwin.scenarios.whatif.MeasureResolver;
import de.bochumtwin.scenarios.whatif.ResolvedMeasure;
import de.bochumtwin.scenarios.whatif.ScenarioFileReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 catalogue: {@code scenarios/bochum/measures/stricter-lez.yaml} resolves on the bundled Bochum
 * network and runs end to end (2 iterations, 20 % of the default 1 % sample). In the events of the last
 * iteration no diesel car (the register draw, {@link FleetDraw#bochumLatest()}) enters a zone link,
 * while other cars do; run.json counts the banned vehicles exactly as the draw over the simulated
 * persons does.
 */
class W04_StricterLezCatalogueTest {
  static final Path YAML = Path.of("../scenarios/bochum/measures/stricter-lez.yaml");
  private static final Pattern ENTER = Pattern.compile("type=\"entered link\"[^>]*?link=\"([^\"]+)\"[^>]*?vehicle=\"([^\"]+)\"");

  @TempDir
  Path tmp;

  @Test
  void stricterLezRunsAndKeepsDieselCarsOutOfTheZone() throws Exception {
    Network net = BochumScenario.load().network();
    List<ResolvedMeasure> r = MeasureResolver.resolve(ScenarioFileReader.read(YAML), net, MeasureResolver.bochumDistricts());
    assertEquals(1, r.size());
    Set<String> zone = new HashSet<>();
    for (int i = 0; i < r.get(0).linkCount(); i++) {
      zone.add(net.linkId(r.get(0).link(i)));
    }
    assertTrue(zone.size() > net.linkCount() / 2, "zone links " + zone.size());

    Path out = tmp.resolve("lez");
    assertEquals(0, TestData.run("run", "--scenario", YAML.toString(), "--iterations", "2", "--sample", "0.2", "--events",
        "--checkpoint-interval", "0", "--out", out.toString()));

    FleetDraw fleet = FleetDraw.bochumLatest();
    int diesel = 0;
    Population plans = PopulationReader.read(out.resolve("output_plans.xml.gz"), net);
    for (Person p : plans.persons()) {
      diesel += fleet.classOf(p.id()) == FleetDraw.DIESEL ? 1 : 0;
    }
    String runJson = Files.readString(out.resolve("run.json"));
    assertEquals(diesel, counter(runJson, "whatif_lez_banned_vehicles"), "banned = diesel persons of the sample");
    assertTrue(diesel > 20, "diesel persons " + diesel);

    int dieselInZone = 0;
    int othersInZone = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(out.resolve("events.xml.gz"))), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher m = ENTER.matcher(line);
        if (m.find() && zone.contains(m.group(1))) {
          if (fleet.classOf(m.group(2)) == FleetDraw.DIESEL) {
            dieselInZone++;
          } else {
            othersInZone++;
          }
        }
      }
    }
    assertEquals(0, dieselInZone, "diesel cars entering zone links");
    assertTrue(othersInZone > 100, "other cars still drive in the zone: " + othersInZone);
  }

  static long counter(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in run.json");
    return Long.parseLong(m.group(1));
  }
}
