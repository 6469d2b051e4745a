package de.bochumtwin.core.util;

/**
 * Stateless counter-based random numbers: a value is a pure function of (seed, keys), so draws do not
 * depend on how many draws happened before or on which thread runs: the basis of deterministic
 * parallel simulation. The mixing function is Steele, Lea and Flood's SplitMix64 finalizer (2014).
 */
public final class SplitMix64 {
  private SplitMix64() {}

  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit hash of a seed and two keys. */
  public static long hash(long seed, long a, long b) {
    return mix(mix(seed + 0x9e3779b97f4a7c15L * (a + 1)) + 0x9e3779b97f4a7c15L * (b + 1));
  }

  /**
   * A 64-bit key of a string (e.g. a person id), mixed char by char: the same string gives the same
   * key in every population, whatever its position, so draws keyed by it survive sampling and reordering.
   */
  public static long key(long seed, CharSequence s) {
    long h = mix(seed ^ 0x632be59bd9b4e019L);
    for (int i = 0; i < s.length(); i++) {
      h = mix(h ^ s.charAt(i));
    }
    return mix(h + s.length());
  }

  /** A uniform double in [0, 1) from a 64-bit value. */
  public static double toUnit(long x) {
    return (x >>> 11) * 0x1.0p-53;
  }
}
