package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.io.XmlOutput.attr;
import static de.bochumtwin.scenarios.io.XmlOutput.stringAttribute;

import de.bochumtwin.core.vehicles.VehicleType;
import de.bochumtwin.core.vehicles.Vehicles;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@link Vehicles} as MATSim vehicle definitions v2.0, atomically, in the element order of the
 * schema. An unlimited maximum velocity and NaN costs are left out (the reader's defaults restore them).
 */
public final class VehiclesWriter {
  private VehiclesWriter() {}

  public static void write(Vehicles vehicles, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(vehicles, w));
  }

  static void write(Vehicles v, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<vehicleDefinitions xmlns=\"http://www.matsim.org/files/dtd\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"http://www.matsim.org/files/dtd http://www.matsim.org/files/dtd/vehicleDefinitions_v2.0.xsd\">\n");
    for (VehicleType t : v.types()) {
      writeType(w, t);
    }
    for (int i = 0; i < v.vehicleCount(); i++) {
      w.write("  <vehicle");
      attr(w, "id", v.vehicleId(i));
      attr(w, "type", v.typeOf(i).id());
      Map<String, String> a = v.vehicleAttributes(i);
      if (a.isEmpty()) {
        w.write("/>\n");
      } else {
        w.write(">\n");
        attributes(w, "    ", a);
        w.write("  </vehicle>\n");
      }
    }
    w.write("</vehicleDefinitions>\n");
  }

  private static void writeType(Writer w, VehicleType t) throws IOException {
    w.write("  <vehicleType");
    attr(w, "id", t.id());
    w.write(">\n");
    attributes(w, "    ", t.attributes());
    if (t.description() != null) {
      w.write("    <description>");
      XmlOutput.escape(w, t.description());
      w.write("</description>\n");
    }
    w.write("    <capacity");
    attr(w, "seats", Integer.toString(t.seats()));
    attr(w, "standingRoomInPersons", Integer.toString(t.standingRoom()));
    w.write("/>\n    <length");
    attr(w, "meter", t.length_m());
    w.write("/>\n    <width");
    attr(w, "meter", t.width_m());
    w.write("/>\n");
    if (Double.isFinite(t.maxVelocity_mps())) {
      w.write("    <maximumVelocity");
      attr(w, "meterPerSecond", t.maxVelocity_mps());
      w.write("/>\n");
    }
    if (!t.engineAttributes().isEmpty()) {
      w.write("    <engineInformation>\n");
      attributes(w, "      ", t.engineAttributes());
      w.write("    </engineInformation>\n");
    }
    if (!Double.isNaN(t.fixedCostsPerDay()) || !Double.isNaN(t.costsPerMeter()) || !Double.isNaN(t.costsPerSecond())) {
      w.write("    <costInformation");
      cost(w, "fixedCostsPerDay", t.fixedCostsPerDay());
      cost(w, "costsPerMeter", t.costsPerMeter());
      cost(w, "costsPerSecond", t.costsPerSecond());
      w.write("/>\n");
    }
    w.write("    <passengerCarEquivalents");
    attr(w, "pce", t.pce());
    w.write("/>\n    <networkMode");
    attr(w, "networkMode", t.networkMode());
    w.write("/>\n    <flowEfficiencyFactor");
    attr(w, "factor", t.flowEfficiencyFactor());
    w.write("/>\n  </vehicleType>\n");
  }

  private static void cost(Writer w, String name, double v) throws IOException {
    if (!Double.isNaN(v)) {
      attr(w, name, v);
    }
  }

  private static void attributes(Writer w, String indent, Map<String, String> a) throws IOException {
    if (a.isEmpty()) {
      return;
    }
    w.write(indent);
    w.write("<attributes>\n");
    for (Map.Entry<String, String> e : a.entrySet()) {
      stringAttribute(w, indent + "  ", e.getKey(), e.getValue());
    }
    w.write(indent);
    w.write("</attributes>\n");
  }
}
