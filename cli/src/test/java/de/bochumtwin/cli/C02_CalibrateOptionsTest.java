package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.matsim.NetworkWriter;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wiring of the issue-7 additions in {@code twin calibrate} on a small MATSim scenario (synthetic
 * city, 300 agents): counts v2 with car and truck measurements selected by {@code --vehicle-class car},
 * distance-class targets, the plan-choice correction and the k-fold re-run (2 folds, 2 steps of 3
 * iterations each). Checks that the six count locations are matched by link id, that the report
 * has the distance-class table with the file's targets, and that each station is held out once in
 * the k-fold re-run. (The class selection itself is checked with numbers in the calibration module's
 * C03_CountsV2ReaderTest.)
 */
class C02_CalibrateOptionsTest {
  @TempDir
  Path tmp;

  /** Four more car-only locations (links 2 to 5), so that both folds get stations. */
  static String more(Network net) {
    StringBuilder sb = new StringBuilder();
    for (int l = 2; l < 6; l++) {
      sb.append("  <location id=\"").append(net.linkId(l)).append("\"><measurements type=\"volumes\" mode=\"car\" interval=\"3600\">")
          .append("<value t=\"28800\" val=\"30\"/></measurements></location>\n");
    }
    return sb.toString();
  }

  @Test
  void countsV2VehicleClassDistanceTargetsCorrectionAndKFoldRerun() throws IOException {
    SyntheticCity city = SyntheticCity.generate(SyntheticCitySpec.builder().withGridSize(6).withSpacing_m(400).withAgents(300).build(), 5);
    Network net = city.network();
    Path network = tmp.resolve("network.xml");
    Path plans = tmp.resolve("plans.xml");
    NetworkWriter.write(net, network);
    PopulationWriter.write(city.population(), net, plans);
    String l1 = net.linkId(0);
    String l2 = net.linkId(1);
    Path counts = tmp.resolve("counts_v2.xml");
    Files.writeString(counts, """
        <?xml version="1.0" encoding="UTF-8"?>
        <counts year="2024">
          <location id="%s">
            <measurements type="volumes" mode="car" interval="3600"><value t="25200" val="40"/><value t="61200" val="40"/></measurements>
            <measurements type="volumes" mode="truck" interval="3600"><value t="25200" val="9"/><value t="61200" val="9"/></measurements>
          </location>
          <location id="%s">
            <measurements type="volumes" mode="car" interval="3600"><value t="25200" val="20"/></measurements>
          </location>
        %s</counts>
        """.formatted(l1, l2, more(net)));
    Path classes = tmp.resolve("mode-by-distance.csv");
    Files.writeString(classes, "# test targets\nmin_m,max_m,walk,bike,pt,car\n0,1000,60,20,5,15\n1000,100000,5,15,30,50\n");
    Path out = tmp.resolve("cal");
    assertEquals(0, TestData.run("calibrate", "--scenario", "matsim", "--network", network.toString(), "--plans", plans.toString(),
        "--counts", counts.toString(), "--vehicle-class", "car", "--distance-targets", classes.toString(), "--reference-mode", "car",
        "--plan-correction", "5", "--kfold-rerun", "--folds", "2", "--steps", "2", "--iterations", "3", "--threads", "1",
        "--out", out.toString()));
    String report = Files.readString(out.resolve("calibration_report.md"));
    assertTrue(report.contains("6 of 6 sensors matched"), report);
    assertTrue(report.contains("| 0-1000 m | walk | 60.0 |"), report);
    assertTrue(report.contains("| 1000-100000 m | car | 50.0 |"), report);
    assertTrue(report.contains("calibration re-run per fold"), report);
    List<String> folds = Files.readAllLines(out.resolve("kfold_rerun.csv"));
    assertEquals("fold,held_out_stations,demand_scale,train_share_geh_below_5,test_share_geh_below_5,train_hourly_rmse,"
        + "test_hourly_rmse,test_hourly_r2", folds.get(0));
    int heldOut = 0;
    for (String f : folds.subList(1, folds.size())) {
      heldOut += Integer.parseInt(f.split(",")[1]);
    }
    assertEquals(6, heldOut, "both folds have stations, so each of the six is held out once: " + folds);
  }
}
