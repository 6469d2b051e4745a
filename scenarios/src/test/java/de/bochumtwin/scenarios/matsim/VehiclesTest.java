package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.matsim.TestData.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.bochumtwin.core.vehicles.VehicleType;
import de.bochumtwin.core.vehicles.Vehicles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VehiclesTest {
  @TempDir Path tmp;

  @Test
  void readsEmissionSampleVehicles() throws Exception {
    Path f = TestData.example("emissions-sampleScenario/testv2_Vehv2/sample_emissionVehicles_v2.xml");
    Vehicles v = VehiclesReader.read(f);
    assertEquals(4, v.typeCount());
    assertEquals(8, v.vehicleCount());
    assertEquals(TestData.count(TestData.text(f), "<vehicle "), v.vehicleCount());
    VehicleType petrol = v.type(v.typeIndexOrMinusOne("car_petrol"));
    assertEquals(7.5, petrol.length_m());
    assertEquals(1.0, petrol.width_m());
    assertEquals(Map.of("HbefaVehicleCategory", "PASSENGER_CAR", "HbefaTechnology", "petrol (4S)",
        "HbefaSizeClass", ">=2L", "HbefaEmissionsConcept", "PC-P-Euro-1"), petrol.engineAttributes());
    assertEquals(List.of("HbefaVehicleCategory", "HbefaTechnology", "HbefaSizeClass", "HbefaEmissionsConcept"),
        List.copyOf(petrol.engineAttributes().keySet()));
    assertNull(petrol.description());
    VehicleType diesel = v.type(v.typeIndexOrMinusOne("car_diesel"));
    assertEquals("<1,4L", diesel.engineAttributes().get("HbefaSizeClass"));
    assertEquals("PC-D-Euro-3", diesel.engineAttributes().get("HbefaEmissionsConcept"));
    VehicleType truck = v.type(v.typeIndexOrMinusOne("truck"));
    assertEquals("BEGIN_EMISSIONSHEAVY_GOODS_VEHICLE;average;average;averageEND_EMISSIONS", truck.description());
    assertEquals("HEAVY_GOODS_VEHICLE", truck.engineAttributes().get("HbefaVehicleCategory"));
    // values absent from the file take MATSim's defaults
    assertEquals(1.0, truck.pce());
    assertEquals("car", truck.networkMode());
    assertEquals(Double.POSITIVE_INFINITY, truck.maxVelocity_mps());
    int veh = v.vehicleIndexOrMinusOne("555928.1#7278");
    assertEquals("car_diesel", v.typeOf(veh).id());
    assertEquals("truck", v.typeOf(v.vehicleIndexOrMinusOne("gv_4500")).id());
    assertEquals("car_average", v.typeOf(v.vehicleIndexOrMinusOne("pv_car_5315_9162_1")).id());
  }

  @Test
  void roundTrip() throws Exception {
    Vehicles a = VehiclesReader.read(TestData.example("emissions-sampleScenario/testv2_Vehv2/sample_emissionVehicles_v2.xml"));
    Vehicles.Builder b = Vehicles.builder();
    a.types().forEach(b::addType);
    b.addType(VehicleType.builder("bike").withLength_m(2.0).withWidth_m(0.5).withMaxVelocity_mps(5.0).withPce(0.1)
        .withNetworkMode("bike").withFlowEfficiencyFactor(1.5).withCapacity(1, 0).withCosts(1.0, 0.0001, Double.NaN)
        .withAttribute("accessTimeInSecondsPerPerson", "1.0").withDescription("a \"bike\" & more").build());
    for (int i = 0; i < a.vehicleCount(); i++) {
      b.addVehicle(a.vehicleId(i), a.typeOf(i).id(), a.vehicleAttributes(i));
    }
    b.addVehicle("bike1", "bike", Map.of("initialSoc", "0.8"));
    Vehicles full = b.build();
    Path out = tmp.resolve("vehicles.xml.gz");
    VehiclesWriter.write(full, out);
    Vehicles back = VehiclesReader.read(out);
    assertEquals(full.types(), back.types());
    assertEquals(full.vehicleCount(), back.vehicleCount());
    for (int i = 0; i < full.vehicleCount(); i++) {
      assertEquals(full.vehicleId(i), back.vehicleId(i));
      assertEquals(full.typeIndexOf(i), back.typeIndexOf(i));
      assertEquals(full.vehicleAttributes(i), back.vehicleAttributes(i));
    }
  }

  @Test
  void unknownVehicleTypeIsReported() throws Exception {
    Path f = TestData.write(tmp, "bad-vehicles.xml", """
        <vehicleDefinitions xmlns="http://www.matsim.org/files/dtd">
          <vehicleType id="car"/>
          <vehicle id="v1" type="lorry"/>
        </vehicleDefinitions>
        """);
    assertInputError(f, 3, "type 'lorry' is not defined", "define the vehicle type first", () -> VehiclesReader.read(f));
  }

  @Test
  void nonPositivePceIsReported() throws Exception {
    Path f = TestData.write(tmp, "bad-pce.xml", """
        <vehicleDefinitions xmlns="http://www.matsim.org/files/dtd">
          <vehicleType id="car">
            <passengerCarEquivalents pce="0"/>
          </vehicleType>
        </vehicleDefinitions>
        """);
    assertInputError(f, 2, "pce must be > 0", "fix the value", () -> VehiclesReader.read(f));
  }
}
