package de.bochumtwin.results.emissions;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.events.EventSinks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.emissions.TrafficSituation;
import de.bochumtwin.core.emissions.VehicleCategory;
import de.bochumtwin.core.emissions.WarmFactorTable;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Raster cells and totals by road type and district, by hand on a two-link network. */
class EmissionRasterAndTotalsTest {
  static final EmissionClass PC = EmissionClass.average(VehicleCategory.PASSENGER_CAR);

  static EmissionHandler drive() {
    NetworkBuilder nb = new NetworkBuilder().withName("two").withCrs("EPSG:25832");
    nb.addNode("1", 50, 50);
    nb.addNode("2", 250, 50);
    nb.addNode("3", 250, 350);
    nb.addLink("a", "1", "2", 200, 13.9, 3600, 1, List.of("car"), null, null);
    nb.addLink("b", "2", "3", 300, 13.9, 3600, 1, List.of("car"), null, null);
    Network net = nb.build();
    WarmFactorTable.Builder w = WarmFactorTable.builder("test");
    for (String road : List.of("URB/Local/50", "URB/Distr/50")) {
      // MATSim sample HBEFA 4.1 pass. car URB/Local/50 Freeflow: NOx 0.299246997 g/km at 41.66 km/h
      w.add(VehicleCategory.PASSENGER_CAR, road, TrafficSituation.FREEFLOW, PC, Pollutant.NOx, 0.299246997, 41.66275787);
    }
    EmissionModel m = EmissionModel.resolve(EmissionFactorTables.of(w.build(), null, null, null),
        EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable), List.of(PC),
        new String[] {"URB/Local/50", "URB/Distr/50"});
    EmissionHandler h = new EmissionHandler(m, net, id -> 0, null);
    SimEventSink e = EventSinks.withTraversals(h);
    e.linkEnter(3600, 0, 0);
    e.linkLeave(3618, 0, 0); // 200 m in 18 s = 40 km/h: free flow
    e.linkEnter(3618, 1, 0);
    e.linkLeave(3650, 1, 0); // 300 m in 32 s = 33.75 km/h: free flow (the only situation)
    e.end(3650);
    NETWORK[0] = net;
    return h;
  }

  static final Network[] NETWORK = new Network[1];

  @Test
  void rasterSplitsEachLinkByLengthInsideTheCells() {
    EmissionHandler h = drive();
    EmissionRaster r = EmissionRaster.of(h, NETWORK[0], 100);
    double a = 0.2 * 0.299246997;
    double b = 0.3 * 0.299246997;
    // link a: x 50..250 at y 50 -> cells (0,0) 50 m, (1,0) 100 m, (2,0) 50 m; link b: x 250, y 50..350
    // -> (2,0) 50 m, (2,1) 100 m, (2,2) 100 m, (2,3) 50 m
    assertEquals(6, r.cellCount());
    List<long[]> cells = r.cells();
    assertArrayEquals(new long[] {0, 0}, cells.get(0));
    assertArrayEquals(new long[] {2, 3}, cells.get(5));
    assertEquals(a * 0.25, r.grams(0, 0), 1e-15);
    assertEquals(a * 0.5, r.grams(1, 0), 1e-15);
    assertEquals(a * 0.25 + b / 6, r.grams(2, 0), 1e-15);
    assertEquals(b / 3, r.grams(3, 0), 1e-15);
    assertEquals(b / 6, r.grams(5, 0), 1e-15);
  }

  @Test
  void totalsPerRoadTypeAndDistrict() {
    EmissionHandler h = drive();
    GeometryFactory gf = new GeometryFactory();
    // the box holds link a's midpoint (150, 50) but not link b's (250, 200)
    DistrictArea box = new DistrictArea("box", gf.toGeometry(new Envelope(0, 200, 0, 100)));
    EmissionTotals t = EmissionTotals.of(h, NETWORK[0], List.of(box));
    assertEquals(List.of("total", "warm", "cold", "road_type", "road_type", "stadtbezirk", "stadtbezirk"),
        java.util.stream.IntStream.range(0, t.rowCount()).mapToObj(t::scope).toList());
    assertEquals(0.5 * 0.299246997, t.total_g(0), 1e-15);
    assertEquals("URB/Local/50", t.key(3));
    assertEquals(0.2 * 0.299246997, t.grams(3, 0), 1e-15);
    assertEquals("box", t.key(5));
    assertEquals(0.2 * 0.299246997, t.grams(5, 0), 1e-15);
    assertEquals(EmissionTotals.NOT_IN_A_DISTRICT, t.key(6));
    assertEquals(0.3 * 0.299246997, t.grams(6, 0), 1e-15);
    assertEquals(0, EmissionsByHourChart.byHourOfDay_g(h, Pollutant.NOx)[0]);
    assertEquals(0.5 * 0.299246997, EmissionsByHourChart.byHourOfDay_g(h, Pollutant.NOx)[1], 1e-15);
  }
}
