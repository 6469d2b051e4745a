package de.bochumtwin.cli.configure;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.RoadTypes;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.emissions.DistrictArea;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.bochum.Polygon2d;
import de.bochumtwin.scenarios.fleet.FleetDraw;
import de.bochumtwin.scenarios.fleet.FleetShares;
import de.bochumtwin.scenarios.hbefa.DefaultEmissionFactors;
import de.bochumtwin.scenarios.hbefa.FleetEmissionClasses;
import de.bochumtwin.scenarios.hbefa.HbefaTableReader;
import de.bochumtwin.scenarios.hbefa.LinkRoadTypes;
import de.bochumtwin.scenarios.matsim.VehiclesReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Shared wiring of the online ({@code twin run --emissions}) and offline ({@code twin emissions})
 * paths, so both resolve the same tables, fleet, road types and districts from the same options.
 */
public final class EmissionSetup {
  private EmissionSetup() {}

  /** Emission classes of the fleet and the vehicle-id-to-class mapping, with a description for logs. */
  public record Fleet(List<EmissionClass> classes, ToIntFunction<String> classOf, String description) {}

  /** The four HBEFA tables given (any may be null), or the bundled default set when no warm table is given. */
  public static EmissionFactorTables tables(Path warm, Path detailedWarm, Path cold, Path detailedCold) {
    if (warm == null && detailedWarm == null) {
      if (cold != null || detailedCold != null) {
        throw new IllegalArgumentException("cold tables need a warm table too: add --warm-table or --detailed-warm-table,"
            + " or give no table to use the bundled default set");
      }
      return DefaultEmissionFactors.load();
    }
    return EmissionFactorTables.of(
        warm == null ? null : HbefaTableReader.readWarm(warm).table(),
        detailedWarm == null ? null : HbefaTableReader.readWarm(detailedWarm).table(),
        cold == null ? null : HbefaTableReader.readCold(cold).table(),
        detailedCold == null ? null : HbefaTableReader.readCold(detailedCold).table());
  }

  /** A MATSim vehicles file with HBEFA attributes, or (null) Bochum's register shares of {@code fleetYear} (null = latest). */
  public static Fleet fleet(Path vehiclesFile, Integer fleetYear) {
    if (vehiclesFile != null) {
      FleetEmissionClasses f = FleetEmissionClasses.of(VehiclesReader.read(vehiclesFile), vehiclesFile);
      return new Fleet(f.classes(), f::classOf, "vehicles file " + vehiclesFile);
    }
    FleetShares s = fleetYear == null ? FleetShares.bochumLatest() : FleetShares.bochum(fleetYear);
    FleetDraw d = new FleetDraw(s, 0);
    return new Fleet(d.classes(), d::classOf, String.format(java.util.Locale.ROOT,
        "Bochum register %s: petrol %.3f, diesel %.3f, BEV %.3f, other %.3f of cars", s.date(), s.petrol(), s.diesel(),
        s.bev(), s.other()));
  }

  /** Resolves the model; road types from the network file's hbefa_road_type attribute when a file is given. */
  public static EmissionModel model(EmissionFactorTables tables, EmissionSettings settings, Fleet fleet, Network net,
      Path networkFile) {
    String[] attr = networkFile == null ? null : LinkRoadTypes.read(networkFile, net);
    return EmissionModel.resolve(tables, settings, fleet.classes(), RoadTypes.resolve(net, attr));
  }

  /** Bochum's six Stadtbezirke (approximate polygons of the bundled scenario) as JTS polygons. */
  public static List<DistrictArea> bochumDistricts() {
    GeometryFactory gf = new GeometryFactory();
    List<DistrictArea> out = new ArrayList<>();
    for (Polygon2d p : BochumScenario.load().districts()) {
      Coordinate[] c = new Coordinate[p.size() + 1];
      for (int i = 0; i < p.size(); i++) {
        c[i] = new Coordinate(p.x_m(i), p.y_m(i));
      }
      c[p.size()] = c[0];
      out.add(new DistrictArea(p.name(), gf.createPolygon(c)));
    }
    return out;
  }
}
