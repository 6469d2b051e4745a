package de.bochumtwin.cli.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed sweep file (format in docs/sweeps.md). Immutable apart from the YAML object trees of the base
 * and the measures, which are never changed (points copy them).
 *
 * @param base "bochum-default" or a map {network, plans} with absolute paths
 * @param measures the measures as plain YAML objects (maps, lists, scalars), in file order
 * @param parameters grid parameters first (file order), then Latin hypercube parameters
 * @param grid values per grid parameter name
 * @param lhsRanges [min, max] per Latin hypercube parameter name; empty without draws
 * @param seeds the seeds every point is run with
 * @param emissions whether every member runs with {@code --emissions} (sweep file {@code run: {emissions: true}})
 */
record SweepFile(Path file, String name, Object base, List<Map<String, Object>> measures, List<Parameter> parameters,
    Map<String, List<Double>> grid, int lhsDraws, long lhsSeed, Map<String, double[]> lhsRanges, List<Long> seeds,
    int iterations, double sample, Resources resources, boolean emissions) {

  /** What one member needs from the machine or the scheduler. */
  record Resources(int cpus, double mem_gb, String time, String partition) {
    /** Memory in MiB as requested from SLURM ({@code --mem}). */
    long memMb() {
      return Math.round(mem_gb * 1024);
    }

    /** Java heap for a member: 80 % of its memory, leaving room for the JVM's own use. */
    long heapMb() {
      return Math.max(256, Math.round(memMb() * 0.8));
    }
  }
}
