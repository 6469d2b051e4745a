package de.bochumtwin.core.ev;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charging infrastructure: one row per charger (a site with {@code plugCount} identical plugs of
 * {@code plugPower_kW}), struct-of-arrays with dense indices in insertion order. Mirrors MATSim's
 * chargers file ({@code id, link, plug_power, plug_count, type}) plus what the register gives us:
 * coordinates (metres, the network's CRS), operator and whether the charger is public.
 *
 * <p>Immutable once built; build with {@link #builder()}. External ids live only in {@link #id(int)} and
 * {@link #findIndex(String)}.
 */
public final class Chargers {
  /** The charger type MATSim assumes when the file gives none. */
  public static final String DEFAULT_TYPE = "default";

  private final String[] ids;
  private final int[] link;
  private final double[] x_m;
  private final double[] y_m;
  private final double[] plugPower_kW;
  private final int[] plugCount;
  private final String[] type;
  private final String[] operator;
  private final boolean[] isPublic;
  private final Map<String, Integer> indexById;

  private Chargers(Builder b) {
    int n = b.ids.size();
    ids = b.ids.toArray(new String[0]);
    link = Arrays.copyOf(b.link, n);
    x_m = Arrays.copyOf(b.x, n);
    y_m = Arrays.copyOf(b.y, n);
    plugPower_kW = Arrays.copyOf(b.power, n);
    plugCount = Arrays.copyOf(b.plugs, n);
    type = b.types.toArray(new String[0]);
    operator = b.operators.toArray(new String[0]);
    isPublic = Arrays.copyOf(b.pub, n);
    indexById = Map.copyOf(b.indexById);
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return ids.length;
  }

  public String id(int c) {
    return ids[c];
  }

  public Optional<Integer> findIndex(String id) {
    return Optional.ofNullable(indexById.get(id));
  }

  /** Network link index the charger is attached to. */
  public int link(int c) {
    return link[c];
  }

  public double x_m(int c) {
    return x_m[c];
  }

  public double y_m(int c) {
    return y_m[c];
  }

  /** Power of each plug in kW (MATSim's {@code plug_power}). */
  public double plugPower_kW(int c) {
    return plugPower_kW[c];
  }

  public int plugCount(int c) {
    return plugCount[c];
  }

  public String type(int c) {
    return type[c];
  }

  /** Operator name, "" when unknown. */
  public String operator(int c) {
    return operator[c];
  }

  public boolean isPublic(int c) {
    return isPublic[c];
  }

  public List<String> ids() {
    return Collections.unmodifiableList(Arrays.asList(ids));
  }

  @Override
  public String toString() {
    return "Chargers[" + ids.length + "]";
  }

  /** Collects chargers; {@link #add} validates each and fails naming the charger. */
  public static final class Builder {
    private final List<String> ids = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> operators = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private int[] link = new int[16];
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] power = new double[16];
    private int[] plugs = new int[16];
    private boolean[] pub = new boolean[16];

    private Builder() {}

    /**
     * Adds a charger and returns its index.
     *
     * @param type charger type, {@code null} for {@link #DEFAULT_TYPE}
     * @param operator operator name, {@code null} for unknown
     */
    public int add(String id, int linkIndex, double x_m, double y_m, double plugPower_kW, int plugCount, String type,
        String operator, boolean isPublic) {
      if (id == null || id.isEmpty()) {
        throw new IllegalArgumentException("charger without id");
      }
      if (indexById.containsKey(id)) {
        throw new IllegalArgumentException("duplicate charger id '" + id + "'");
      }
      if (linkIndex < 0) {
        throw new IllegalArgumentException("charger '" + id + "': no link; attach it to a network link");
      }
      if (!(plugPower_kW > 0) || Double.isInfinite(plugPower_kW)) {
        throw new IllegalArgumentException("charger '" + id + "': plug power must be > 0 kW, got " + plugPower_kW);
      }
      if (plugCount < 1) {
        throw new IllegalArgumentException("charger '" + id + "': plug count must be >= 1, got " + plugCount);
      }
      if (Double.isNaN(x_m) || Double.isNaN(y_m)) {
        throw new IllegalArgumentException("charger '" + id + "': coordinates missing");
      }
      int i = ids.size();
      if (i == link.length) {
        int n = 2 * i;
        link = Arrays.copyOf(link, n);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        power = Arrays.copyOf(power, n);
        plugs = Arrays.copyOf(plugs, n);
        pub = Arrays.copyOf(pub, n);
      }
      ids.add(id);
      indexById.put(id, i);
      link[i] = linkIndex;
      x[i] = x_m;
      y[i] = y_m;
      power[i] = plugPower_kW;
      plugs[i] = plugCount;
      pub[i] = isPublic;
      types.add(type == null || type.isEmpty() ? DEFAULT_TYPE : type);
      operators.add(operator == null ? "" : operator);
      return i;
    }

    public int size() {
      return ids.size();
    }

    public Chargers build() {
      return new Chargers(this);
    }
  }
}
