package de.bochumtwin.core.emissions;

/**
 * The lookup chain of {@link LookupBehavior} over the four tables; used only while resolving an
 * {@link EmissionModel}, never per event.
 */
final class FactorLookup {
  private final EmissionFactorTables tables;
  private final LookupBehavior behavior;

  FactorLookup(EmissionFactorTables tables, LookupBehavior behavior) {
    this.tables = tables;
    this.behavior = behavior;
  }

  /**
   * Situation speeds for (category, road): from the detailed warm table when it has the pair (MATSim
   * builds its speed table from the detailed table when one is given), else from the average table.
   */
  double[] situationSpeeds(VehicleCategory c, String road) {
    double[] s = tables.detailedWarm().map(t -> t.situationSpeeds_kmh(c, road)).orElse(null);
    if (s == null) {
      s = tables.averageWarm().map(t -> t.situationSpeeds_kmh(c, road)).orElse(null);
    }
    return s;
  }

  double[] warm(EmissionClass e, String road, TrafficSituation s, Pollutant p) {
    VehicleCategory c = e.category();
    if (behavior.triesDetailed() && tables.detailedWarm().isPresent()) {
      WarmFactorTable d = tables.detailedWarm().get();
      double[] f = d.find(c, road, s, e, p);
      EmissionClass rewritten = e.rewrittenToHbefa4();
      if (f == null) {
        f = d.find(c, road, s, rewritten, p);
      }
      if (f == null && behavior.triesTechnologyAverage()) {
        f = d.find(c, road, s, rewritten.technologyAverage(), p);
      }
      if (f != null) {
        return f;
      }
    }
    if (behavior.triesAverageTable() && tables.averageWarm().isPresent()) {
      return tables.averageWarm().get().find(c, road, s, EmissionClass.average(c), p);
    }
    return null;
  }

  Double cold(EmissionClass e, Pollutant p, int parkingClass, int distanceClass) {
    VehicleCategory c = e.category();
    if (behavior.triesDetailed() && tables.detailedCold().isPresent()) {
      ColdFactorTable d = tables.detailedCold().get();
      Double f = d.find(c, e, p, parkingClass, distanceClass);
      EmissionClass rewritten = e.rewrittenToHbefa4();
      if (f == null) {
        f = d.find(c, rewritten, p, parkingClass, distanceClass);
      }
      if (f == null && behavior.triesTechnologyAverage()) {
        f = d.find(c, rewritten.technologyAverage(), p, parkingClass, distanceClass);
      }
      if (f != null) {
        return f;
      }
    }
    if (behavior.triesAverageTable() && tables.averageCold().isPresent()) {
      return tables.averageCold().get().find(c, EmissionClass.average(c), p, parkingClass, distanceClass);
    }
    return null;
  }

  String describeWarmTries(EmissionClass e) {
    return describe(e, tables.detailedWarm().isPresent(), tables.averageWarm().isPresent());
  }

  String describeColdTries(EmissionClass e) {
    return describe(e, tables.detailedCold().isPresent(), tables.averageCold().isPresent());
  }

  private String describe(EmissionClass e, boolean hasDetailed, boolean hasAverage) {
    StringBuilder sb = new StringBuilder();
    if (behavior.triesDetailed()) {
      if (!hasDetailed) {
        sb.append("detailed table: not given; ");
      } else {
        EmissionClass r = e.rewrittenToHbefa4();
        sb.append("detailed [").append(e.attributesKey()).append("], [").append(r.attributesKey()).append(']');
        if (behavior.triesTechnologyAverage()) {
          sb.append(", [").append(r.technologyAverage().attributesKey()).append(']');
        }
        sb.append("; ");
      }
    }
    if (behavior.triesAverageTable()) {
      sb.append(hasAverage ? "average table [" + e.category().hbefaName() + "]" : "average table: not given");
    }
    return sb.toString().replaceAll("; $", "");
  }
}
