package de.bochumtwin.core.vehicles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vehicle types and vehicles of a scenario, frozen with dense indices in definition order:
 * type {@code t} is {@code type(t)}, vehicle {@code v} has id {@code vehicleId(v)} and type index
 * {@code typeIndexOf(v)}. Ids live only in the boundary maps. Immutable; build with {@link #builder()}.
 */
public final class Vehicles {
  private final List<VehicleType> types;
  private final Map<String, Integer> typeIndexById;
  private final String[] vehicleIds;
  private final int[] vehicleType;
  private final List<Map<String, String>> vehicleAttributes;
  private final Map<String, Integer> vehicleIndexById;

  private Vehicles(Builder b) {
    this.types = List.copyOf(b.types);
    this.typeIndexById = Map.copyOf(b.typeIndex);
    this.vehicleIds = b.vehicleIds.toArray(new String[0]);
    this.vehicleType = b.vehicleType.stream().mapToInt(Integer::intValue).toArray();
    this.vehicleAttributes = List.copyOf(b.vehicleAttributes);
    this.vehicleIndexById = Map.copyOf(b.vehicleIndex);
  }

  public static Builder builder() {
    return new Builder();
  }

  public int typeCount() {
    return types.size();
  }

  public VehicleType type(int typeIndex) {
    return types.get(typeIndex);
  }

  public List<VehicleType> types() {
    return types;
  }

  /** The type index for an id, or -1. */
  public int typeIndexOrMinusOne(String typeId) {
    Integer i = typeIndexById.get(typeId);
    return i == null ? -1 : i;
  }

  public int vehicleCount() {
    return vehicleIds.length;
  }

  public String vehicleId(int vehicle) {
    return vehicleIds[vehicle];
  }

  public int typeIndexOf(int vehicle) {
    return vehicleType[vehicle];
  }

  public VehicleType typeOf(int vehicle) {
    return types.get(vehicleType[vehicle]);
  }

  /** Attributes of a vehicle in source order (often empty). */
  public Map<String, String> vehicleAttributes(int vehicle) {
    return vehicleAttributes.get(vehicle);
  }

  /** The vehicle index for an id, or -1. */
  public int vehicleIndexOrMinusOne(String vehicleId) {
    Integer i = vehicleIndexById.get(vehicleId);
    return i == null ? -1 : i;
  }

  /** Collects types and vehicles; every method validates and names the offending id. */
  public static final class Builder {
    private final List<VehicleType> types = new ArrayList<>();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final List<String> vehicleIds = new ArrayList<>();
    private final List<Integer> vehicleType = new ArrayList<>();
    private final List<Map<String, String>> vehicleAttributes = new ArrayList<>();
    private final Map<String, Integer> vehicleIndex = new HashMap<>();

    private Builder() {}

    /** Adds a type and returns its index. */
    public int addType(VehicleType t) {
      if (typeIndex.containsKey(t.id())) {
        throw new IllegalArgumentException("duplicate vehicle type id '" + t.id() + "'");
      }
      types.add(t);
      typeIndex.put(t.id(), types.size() - 1);
      return types.size() - 1;
    }

    /** Adds a vehicle of an already added type and returns its index. */
    public int addVehicle(String id, String typeId, Map<String, String> attributes) {
      if (id == null || id.isEmpty()) {
        throw new IllegalArgumentException("vehicle without id");
      }
      if (vehicleIndex.containsKey(id)) {
        throw new IllegalArgumentException("duplicate vehicle id '" + id + "'");
      }
      Integer t = typeIndex.get(typeId);
      if (t == null) {
        throw new IllegalArgumentException("vehicle '" + id + "': type '" + typeId + "' is not defined; define the vehicle type first or fix the type id");
      }
      vehicleIds.add(id);
      vehicleType.add(t);
      vehicleAttributes.add(Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes))));
      vehicleIndex.put(id, vehicleIds.size() - 1);
      return vehicleIds.size() - 1;
    }

    public Vehicles build() {
      return new Vehicles(this);
    }
  }
}
