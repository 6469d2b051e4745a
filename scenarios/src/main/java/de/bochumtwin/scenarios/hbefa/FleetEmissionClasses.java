package de.bochumtwin.scenarios.hbefa;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.VehicleCategory;
import de.bochumtwin.core.vehicles.VehicleType;
import de.bochumtwin.core.vehicles.Vehicles;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emission class of every vehicle of a MATSim vehicles file, as MATSim reads it: the engine
 * attributes {@code HbefaVehicleCategory}, {@code HbefaTechnology}, {@code HbefaSizeClass},
 * {@code HbefaEmissionsConcept} (missing ones mean {@code average}), or else the older
 * {@code BEGIN_EMISSIONS<cat>;<tech>;<size>;<concept>END_EMISSIONS} in the type description.
 *
 * @param classes the distinct emission classes (the type indices of the emission model)
 * @param classOfVehicleType emission class index per vehicle type index of the file
 */
public record FleetEmissionClasses(List<EmissionClass> classes, int[] classOfVehicleType, Vehicles vehicles) {

  /** Emission class index of a vehicle id, or -1 when the file has no such vehicle. */
  public int classOf(String vehicleId) {
    int v = vehicles.vehicleIndexOrMinusOne(vehicleId);
    return v < 0 ? -1 : classOfVehicleType[vehicles.typeIndexOf(v)];
  }

  /** Maps all types; every type without a usable category is listed in one {@link InputException}. */
  public static FleetEmissionClasses of(Vehicles vehicles, Path file) {
    List<EmissionClass> classes = new ArrayList<>();
    Map<EmissionClass, Integer> index = new HashMap<>();
    int[] byType = new int[vehicles.typeCount()];
    List<String> problems = new ArrayList<>();
    for (int t = 0; t < vehicles.typeCount(); t++) {
      VehicleType type = vehicles.type(t);
      EmissionClass e = classOf(type, problems);
      if (e == null) {
        continue;
      }
      Integer i = index.get(e);
      if (i == null) {
        i = classes.size();
        classes.add(e);
        index.put(e, i);
      }
      byType[t] = i;
    }
    if (!problems.isEmpty()) {
      throw new InputException(file, 0, String.join("; ", problems)
          + "; give each vehicle type the engineInformation attribute HbefaVehicleCategory (PASSENGER_CAR,"
          + " LIGHT_COMMERCIAL_VEHICLE, HEAVY_GOODS_VEHICLE, URBAN_BUS, COACH, MOTORCYCLE or NON_HBEFA_VEHICLE)");
    }
    return new FleetEmissionClasses(List.copyOf(classes), byType, vehicles);
  }

  private static EmissionClass classOf(VehicleType type, List<String> problems) {
    Map<String, String> a = type.engineAttributes();
    String cat = a.get("HbefaVehicleCategory");
    String tech = a.get("HbefaTechnology");
    String size = a.get("HbefaSizeClass");
    String concept = a.get("HbefaEmissionsConcept");
    if (cat == null && type.description() != null && type.description().contains("BEGIN_EMISSIONS")) {
      String d = type.description();
      int s = d.indexOf("BEGIN_EMISSIONS") + "BEGIN_EMISSIONS".length();
      int e = d.indexOf("END_EMISSIONS", s);
      String[] f = (e < 0 ? d.substring(s) : d.substring(s, e)).strip().split(";");
      cat = f[0];
      if (f.length == 4) {
        tech = f[1];
        size = f[2];
        concept = f[3];
      }
    }
    if (cat == null) {
      problems.add("vehicle type '" + type.id() + "' has no HbefaVehicleCategory");
      return null;
    }
    VehicleCategory c = VehicleCategory.fromName(cat.strip());
    if (c == null) {
      problems.add("vehicle type '" + type.id() + "' has HbefaVehicleCategory '" + cat + "', which is unknown");
      return null;
    }
    return EmissionClass.of(c, tech, size, concept);
  }
}
