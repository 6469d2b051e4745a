package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.scoring.ModeParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Resolve-time checks of the demand-side measures: names and areas must exist in the base, EVs must be
 * on for charger measures, a fare factor needs a fare. Problems are added with the value's position.
 */
final class DemandChecks {
  private DemandChecks() {}

  /** The link indices the measure touches (chargers added at links; else none), or null after problems. */
  static int[] check(Measure.DemandSide m, ScenarioFile file, Network net, Map<String, Geometry> named, DemandContext ctx,
      List<ScenarioProblem> problems) {
    int before = problems.size();
    int[] links = new int[0];
    if (m instanceof ChargersMeasure c) {
      boolean evInFile = file.measures().stream().anyMatch(x -> x instanceof EvShareMeasure);
      if (!ctx.evEnabled() && !evInFile) {
        problems.add(new ScenarioProblem(c.where(), "chargers need EVs: add an ev_share measure or run with --ev-share F"));
      }
      if (c.removeArea() != null) {
        geometry(c.removeArea(), named, net, problems);
      }
      if (ctx.chargers() != null) {
        List<String> unknown = new ArrayList<>();
        for (String id : c.removeIds()) {
          if (ctx.chargers().findIndex(id).isEmpty()) {
            unknown.add(id);
          }
        }
        if (!unknown.isEmpty()) {
          problems.add(new ScenarioProblem(c.where(), "charger id(s) to remove not among the " + ctx.chargers().size()
              + " base chargers: " + String.join(", ", unknown) + "; see charger_occupancy.parquet of a base run"));
        }
      }
      ChargersMeasure.Addition a = c.add();
      if (a != null && a.area() != null) {
        Geometry g = geometry(a.area(), named, net, problems);
        if (g != null && ChargerPlacement.linksInside(net, g).length == 0) {
          problems.add(new ScenarioProblem(a.area().where(), "no link midpoint lies in " + a.area().text()
              + " to put chargers on; check that the coordinates are in the network CRS (" + net.crs() + ")"));
        }
      } else if (a != null && !a.links().isEmpty()) {
        links = MeasureResolver.roads(new RoadSpec(a.where(), RoadSpec.Kind.LINKS, a.links()), net, problems);
      }
    } else if (m instanceof PtChangeMeasure p) {
      if (p.fareFactor() != 1 && ctx.scoring() != null) {
        ModeParams pt = ctx.scoring().modeParams().get("pt");
        if (pt == null || (pt.monetaryDistanceRate_perM() == 0 && pt.dailyMonetaryConstant() == 0)) {
          problems.add(new ScenarioProblem(p.where(), "fare_factor needs a pt fare in the scoring (monetaryDistanceRate or"
              + " dailyMonetaryConstant of mode pt), which this run has not; use fare_delta_eur (EUR per trip)"));
        }
      }
    } else if (m instanceof GrowthMeasure g) {
      if (!g.zones().isEmpty() && ctx.zoneIds() != null) {
        if (!ctx.bochum()) {
          problems.add(new ScenarioProblem(g.where(), "growth by zones needs base: bochum-default; give an area for a plans base"));
        } else {
          List<String> unknown = g.zones().stream().filter(z -> !ctx.zoneIds().contains(z)).toList();
          if (!unknown.isEmpty()) {
            problems.add(new ScenarioProblem(g.where(), "unknown zone(s) " + String.join(", ", unknown) + "; known are "
                + String.join(", ", ctx.zoneIds())));
          }
        }
      }
      if (g.jobsFactor() != 1 && ctx.zoneIds() != null && !ctx.bochum()) {
        problems.add(new ScenarioProblem(g.where(), "jobs_factor needs base: bochum-default (a plans base has no jobs per"
            + " zone); use residents_factor to clone or drop agents living in the area"));
      }
      if (g.area() != null) {
        geometry(g.area(), named, net, problems);
      }
    }
    return problems.size() == before ? links : null;
  }

  /** The polygon of {@code a}: its own or the named district's; null after a problem. */
  static Geometry geometry(AreaSpec a, Map<String, Geometry> named, Network net, List<ScenarioProblem> problems) {
    if (a.polygon() != null) {
      return a.polygon();
    }
    Geometry g = named.get(a.district());
    if (g == null) {
      problems.add(new ScenarioProblem(a.where(), "unknown district '" + a.district() + "'; known are "
          + (named.isEmpty() ? "none (districts exist only for the Bochum default base)" : String.join(", ", named.keySet()))));
    }
    return g;
  }
}
