package de.bochumtwin.scenarios.hbefa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.emissions.ColdFactorTable;
import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.emissions.TrafficSituation;
import de.bochumtwin.core.emissions.VehicleCategory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every table of MATSim's emissions sample scenario, read in place from the shared data folder. */
class HbefaTableReaderTest {
  static final Path DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"),
      "matsim-examples", "emissions-sampleScenario");

  static Path sample(String name) {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    return DIR.resolve(name);
  }

  @Test
  void readsAllSampleTablesWithTheirRowCounts() {
    // file -> data rows (non-blank lines after the header)
    assertWarm("sample_41_EFA_HOT_vehcat_2020average.csv", false, 100);
    assertWarm("sample_41_EFA_HOT_SubSegm_2020detailed.csv", true, 184);
    assertWarm("sample_EFA_HOT_vehcat_2005average.csv", false, 36);
    assertWarm("sample_EFA_HOT_SubSegm_2005detailed.csv", true, 82);
    assertCold("sample_41_EFA_ColdStart_vehcat_2020average.csv", false, 936);
    assertCold("sample_41_EFA_ColdStart_SubSegm_2020detailed.csv", true, 1872);
    assertCold("sample_EFA_ColdStart_vehcat_2005average.csv", false, 364);
    assertCold("sample_EFA_ColdStart_SubSegm_2005detailed.csv", true, 364);
    assertCold("sample_EFA_ColdStart_vehcat_2020_average_withHGVetc.csv", false, 130);
  }

  @Test
  void oldLayoutIsRejectedWithItsMissingColumns() {
    // resolve the files first: a missing shared folder must skip the test, not satisfy assertThrows
    var oldAverage = sample("unused/sample_hbefaAverageFleetWarmEmissionFactors.txt");
    var oldDetailed = sample("unused/sample_hbefaDetailedWarmEmissionFactorsPC.txt");
    HbefaTableException e = assertThrows(HbefaTableException.class, () -> HbefaTableReader.readWarm(oldAverage));
    assertTrue(e.getMessage().contains("header has no column 'Component'"), e.getMessage());
    assertTrue(e.getMessage().contains("header has no column 'EFA_weighted'"), e.getMessage());
    // decimal commas parse; the spelling CO2(rep.) is unknown (MATSim's reader rejects it too): 4 rows
    HbefaTableException e2 = assertThrows(HbefaTableException.class, () -> HbefaTableReader.readWarm(oldDetailed));
    assertTrue(e2.getMessage().contains(": 4 problem(s)\n  line 22: Component 'CO2(rep.)'"), e2.getMessage());
  }

  @Test
  void sampleValuesArriveInTheModel() {
    EmissionFactorTables t = EmissionFactorTables.of(
        HbefaTableReader.readWarm(sample("sample_41_EFA_HOT_vehcat_2020average.csv")).table(), null,
        HbefaTableReader.readCold(sample("sample_41_EFA_ColdStart_vehcat_2020average.csv")).table(), null);
    EmissionModel m = EmissionModel.resolve(t, EmissionSettings.defaults()
        .withLookupBehavior(LookupBehavior.directlyTryAverageTable),
        List.of(EmissionClass.average(VehicleCategory.PASSENGER_CAR)), new String[] {"URB/Local/50"});
    int nox = m.pollutants().indexOf(Pollutant.NOx);
    assertEquals(0.299246997, m.warmFactor_gpkm(0, 0, TrafficSituation.FREEFLOW, nox));
    assertEquals(0.548087835, m.warmFactor_gpkm(0, 0, TrafficSituation.STOPANDGO, nox));
    assertEquals(TrafficSituation.STOPANDGO, m.situation(0, 0, 12.48863316));
    assertEquals(TrafficSituation.FREEFLOW, m.situation(0, 0, 12.5));
  }

  @Test
  void badRowsAreAllReportedWithLineNumbers() {
    String csv = """
        Case;VehCat;Year;TrafficScenario;Component;RoadCat;TrafficSit;Gradient;V_weighted;EFA_weighted
        x;pass. car;2020;;NOx;Urban;URB/Local/50/Freeflow;0%;41.6;0.3
        x;bicycle;2020;;NOx;Urban;URB/Local/50/Freeflow;0%;41.6;0.3
        x;pass. car;2020;;NOx;Urban;URB/Local/50/Jam;0%;41.6;0.3
        x;pass. car;2020;;XYZ;Urban;URB/Local/50/St+Go;0%;12;abc
        x;pass. car;2020;;NOx;Urban;URB/Local/50/Freeflow;0%;41.6;0.31
        x;pass. car;2020;;NOx;Urban;URB/Local/50/Freeflow;+2%;41.6;0.5
        """;
    HbefaTableException e = assertThrows(HbefaTableException.class, () -> HbefaTableReader.readWarm("t.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    String m = e.getMessage();
    assertTrue(m.startsWith("t.csv: 5 problem(s)"), m);
    assertTrue(m.contains("line 3: VehCat 'bicycle'"), m);
    assertTrue(m.contains("line 4: TrafficSit 'URB/Local/50/Jam'"), m);
    assertTrue(m.contains("line 5: Component 'XYZ'"), m);
    assertTrue(m.contains("line 5: column EFA_weighted 'abc' is not a number"), m);
    assertTrue(m.contains("line 6: duplicate of line 2"), m);
    assertFalse(m.contains("line 7"), m); // +2 % gradient: skipped, not an error
  }

  @Test
  void ambientPatterns() {
    assertEquals(List.of(1, 1), List.of(HbefaTableReader.ambientClasses("TØ,0-1h,0-1km")[0],
        HbefaTableReader.ambientClasses("TØ,0-1h,0-1km")[1]));
    assertEquals(12, HbefaTableReader.ambientClasses("T,11-12h,1-2km")[0]);
    assertEquals(2, HbefaTableReader.ambientClasses("T,11-12h,1-2km")[1]);
    assertEquals(13, HbefaTableReader.ambientClasses("T\uFFFD,>12h,0-1km")[0]);
    assertEquals(null, HbefaTableReader.ambientClasses("T,12h,0-1km"));
  }

  private static void assertWarm(String name, boolean detailed, int rows) {
    HbefaTableReader.Warm w = HbefaTableReader.readWarm(sample(name));
    assertEquals(detailed, w.detailed(), name);
    assertEquals(rows, w.rows(), name);
    assertEquals(rows - w.skippedGradientRows(), w.table().size(), name);
  }

  private static void assertCold(String name, boolean detailed, int rows) {
    HbefaTableReader.Cold c = HbefaTableReader.readCold(sample(name));
    assertEquals(detailed, c.detailed(), name);
    assertEquals(rows, c.table().size(), name);
    ColdFactorTable t = c.table();
    assertFalse(t.pollutants().isEmpty(), name);
  }
}
