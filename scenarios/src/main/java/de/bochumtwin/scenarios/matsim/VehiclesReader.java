package de.bochumtwin.scenarios.matsim;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.core.vehicles.VehicleType;
import de.bochumtwin.core.vehicles.Vehicles;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.io.XmlInput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads MATSim vehicle definitions v2.0 ({@code vehicleDefinitions_v2.0.xsd}): vehicle types with
 * capacity, length, width, maximum velocity, engine and cost information, pce, network mode and flow
 * efficiency factor, then {@code <vehicle id type>} entries with optional attributes. Missing values
 * take MATSim's defaults (see {@link VehicleType}). The XML namespace is not checked.
 */
public final class VehiclesReader {
  private VehiclesReader() {}

  public static Vehicles read(Path file) {
    try (XmlInput in = XmlInput.open(file)) {
      return parse(in);
    }
  }

  private static Vehicles parse(XmlInput in) {
    Vehicles.Builder vb = Vehicles.builder();
    boolean root = false;
    VehicleType.Builder type = null;
    int typeLine = 0;
    String section = "";
    String vehicleId = null;
    String vehicleType = null;
    int vehicleLine = 0;
    Map<String, String> vehicleAttrs = null;
    while (true) {
      int e = in.next();
      if (e == END_DOCUMENT) {
        break;
      }
      if (e == START_ELEMENT) {
        String n = in.name();
        if (!root) {
          if (!n.equals("vehicleDefinitions")) {
            throw in.error("root element is <" + n + ">, expected <vehicleDefinitions>; pass a MATSim vehicles v2 file");
          }
          root = true;
          continue;
        }
        switch (n) {
          case "vehicleType" -> {
            type = VehicleType.builder(in.required("id"));
            typeLine = in.line();
          }
          case "vehicle" -> {
            vehicleId = in.required("id");
            vehicleType = in.required("type");
            vehicleLine = in.line();
            vehicleAttrs = new LinkedHashMap<>();
          }
          case "attributes" -> {
            Map<String, String> a = in.readAttributes();
            if (vehicleAttrs != null) {
              vehicleAttrs.putAll(a);
            } else if (type != null && section.equals("engineInformation")) {
              a.forEach(type::withEngineAttribute);
            } else if (type != null && section.isEmpty()) {
              a.forEach(type::withAttribute);
            }
          }
          case "description" -> {
            if (type != null) {
              type.withDescription(in.elementText().trim());
            }
          }
          case "capacity" -> requireType(in, type).withCapacity(
              (int) in.optionalDouble("seats", 1), (int) in.optionalDouble("standingRoomInPersons", 0));
          case "length" -> requireType(in, type).withLength_m(in.requiredDouble("meter"));
          case "width" -> requireType(in, type).withWidth_m(in.requiredDouble("meter"));
          case "maximumVelocity" -> requireType(in, type).withMaxVelocity_mps(in.requiredDouble("meterPerSecond"));
          case "passengerCarEquivalents" -> requireType(in, type).withPce(in.requiredDouble("pce"));
          case "networkMode" -> requireType(in, type).withNetworkMode(in.required("networkMode"));
          case "flowEfficiencyFactor" -> requireType(in, type).withFlowEfficiencyFactor(in.requiredDouble("factor"));
          case "engineInformation" -> section = n;
          case "costInformation" -> {
            section = n;
            requireType(in, type).withCosts(in.optionalDouble("fixedCostsPerDay", Double.NaN),
                in.optionalDouble("costsPerMeter", Double.NaN), in.optionalDouble("costsPerSecond", Double.NaN));
          }
          default -> { }
        }
      } else if (e == END_ELEMENT) {
        switch (in.name()) {
          case "engineInformation", "costInformation" -> section = "";
          case "vehicleType" -> {
            try {
              vb.addType(type.build());
            } catch (IllegalArgumentException ex) {
              throw new InputException(in.file(), typeLine, "<vehicleType>: " + ex.getMessage() + "; fix the value in the file");
            }
            type = null;
          }
          case "vehicle" -> {
            try {
              vb.addVehicle(vehicleId, vehicleType, vehicleAttrs);
            } catch (IllegalArgumentException ex) {
              throw new InputException(in.file(), vehicleLine, "<vehicle>: " + ex.getMessage()
                  + NetworkReader.hint(ex.getMessage(), "give every vehicle a unique id"));
            }
            vehicleAttrs = null;
          }
          default -> { }
        }
      }
    }
    if (!root) {
      throw in.error("no <vehicleDefinitions> element found; pass a MATSim vehicles v2 file");
    }
    return vb.build();
  }

  private static VehicleType.Builder requireType(XmlInput in, VehicleType.Builder type) {
    if (type == null) {
      throw in.error("<" + in.name() + "> outside a <vehicleType>; put it inside the vehicle type it describes");
    }
    return type;
  }
}
