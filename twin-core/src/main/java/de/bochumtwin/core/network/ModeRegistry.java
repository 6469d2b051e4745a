package de.bochumtwin.core.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns each transport mode name a bit, so a link's allowed modes fit in one {@code int}.
 * At most 32 modes per network; real networks use fewer than ten. Immutable once the network is frozen.
 */
public final class ModeRegistry {
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> bits = new HashMap<>();

  /** Registers the mode if new and returns its bit. */
  int register(String mode) {
    Integer b = bits.get(mode);
    if (b != null) {
      return b;
    }
    if (names.size() == 32) {
      throw new IllegalArgumentException("more than 32 distinct link modes; cannot register '" + mode + "'");
    }
    int bit = 1 << names.size();
    names.add(mode);
    bits.put(mode, bit);
    return bit;
  }

  /** The bit of a mode, or 0 when no link allows the mode. */
  public int bit(String mode) {
    Integer b = bits.get(mode);
    return b == null ? 0 : b;
  }

  public List<String> names() {
    return Collections.unmodifiableList(names);
  }

  public List<String> namesOf(int mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(names.get(i));
      }
    }
    return out;
  }
}
