package de.bochumtwin.results.sweep;

import de.bochumtwin.results.compare.ParquetRows;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.run.AtomicOutputDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code twin sweep collect}: statistics across the seeds of every sweep point from the finished members
 * under {@code runs/member=<n>/} (KPIs from their {@code kpis.parquet}, daily link volumes from their
 * {@code link_volumes.parquet}), and the Welch difference of every point to a reference point. Writes
 * {@code kpi_stats.parquet}, {@code link_stats.parquet}, {@code kpi_diff.parquet} and
 * {@code charts/kpi_<name>.png} into a fresh output folder (atomically; an older collect folder is
 * replaced). Link rows cover every link of the network (links.parquet of the first finished member)
 * and every link with traffic in any member. Unfinished members are left out and listed in the result.
 */
public final class SweepCollector {
  /** Confidence level of the difference intervals. */
  public static final double LEVEL = 0.95;

  private SweepCollector() {}

  /** What was collected. */
  public record Result(int finished, List<Integer> unfinished, int points, int kpiRows, int linkRows, int diffRows) {}

  /** Values of one point: KPI name to its per-member values, link id to per-member daily volumes. */
  private static final class PointData {
    final List<Double> params;
    final Map<String, List<Double>> kpis = new LinkedHashMap<>();
    final List<Map<String, Double>> volumes = new ArrayList<>();

    PointData(List<Double> params) {
      this.params = params;
    }
  }

  /**
   * Collects the members of one sweep.
   *
   * @param runsDir the sweep's {@code runs} folder
   * @param outDir output folder (replaced when it exists)
   * @param parameterNames column names of the parameters, in the order of {@link SweepMember#parameters()}
   * @param reference the point every other point is compared with
   */
  public static Result collect(Path runsDir, Path outDir, List<SweepMember> members, List<String> parameterNames,
      int reference) {
    Map<Integer, PointData> points = new TreeMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    TreeSet<String> linkIds = new TreeSet<>();
    List<Integer> unfinished = new ArrayList<>();
    int finished = 0;
    for (SweepMember m : members) {
      Path dir = runsDir.resolve(SweepMember.folderName(m.member()));
      if (!MemberKpis.isFinished(dir)) {
        unfinished.add(m.member());
        continue;
      }
      finished++;
      PointData pd = points.computeIfAbsent(m.point(), k -> new PointData(m.parameters()));
      if (finished == 1 && Files.isRegularFile(dir.resolve("links.parquet"))) {
        // every member has the same network: its links give the rows, links without traffic included
        ParquetRows.forEach(dir.resolve("links.parquet"), g -> linkIds.add(g.getString("link_id", 0)));
      }
      ParquetRows.forEach(dir.resolve("kpis.parquet"), g -> {
        String kpi = g.getString("kpi", 0);
        units.putIfAbsent(kpi, g.getString("unit", 0));
        pd.kpis.computeIfAbsent(kpi, k -> new ArrayList<>()).add(g.getDouble("value", 0));
      });
      Map<String, Double> vol = new HashMap<>();
      ParquetRows.forEach(dir.resolve("link_volumes.parquet"), g -> {
        String id = g.getString("link_id", 0);
        vol.merge(id, (double) g.getInteger("volume", 0), Double::sum);
        linkIds.add(id);
      });
      pd.volumes.add(vol);
    }
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no finished member under " + runsDir + "; run the sweep first (twin sweep run)");
    }
    try {
      deleteTree(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + outDir + ": " + e.getMessage(), e);
    }
    try (AtomicOutputDir out = AtomicOutputDir.create(outDir)) {
      int k = writeKpiStats(out.path().resolve("kpi_stats.parquet"), points, units, parameterNames);
      int l = writeLinkStats(out.path().resolve("link_stats.parquet"), points, linkIds);
      int d = writeDiffs(out.path().resolve("kpi_diff.parquet"), points, units, reference);
      Path charts = Files.createDirectories(out.path().resolve("charts"));
      for (String kpi : units.keySet()) {
        UncertaintyChart.write(charts.resolve("kpi_" + kpi + ".png"), kpi, units.get(kpi), bands(points, kpi),
            parameterNames.size() == 1 ? parameterNames.get(0) : null);
      }
      out.commit();
      return new Result(finished, unfinished, points.size(), k, l, d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the collect outputs to " + outDir + ": " + e.getMessage(), e);
    }
  }

  private static List<UncertaintyChart.Band> bands(Map<Integer, PointData> points, String kpi) {
    List<UncertaintyChart.Band> out = new ArrayList<>();
    for (Map.Entry<Integer, PointData> e : points.entrySet()) {
      List<Double> v = e.getValue().kpis.get(kpi);
      if (v != null) {
        double x = e.getValue().params.size() == 1 ? e.getValue().params.get(0) : e.getKey();
        out.add(new UncertaintyChart.Band(x, EnsembleStats.of(array(v))));
      }
    }
    return out;
  }

  private static int writeKpiStats(Path file, Map<Integer, PointData> points, Map<String, String> units,
      List<String> parameterNames) {
    TableSchema schema = SweepTables.kpiStats(parameterNames);
    List<Integer> rowPoint = new ArrayList<>();
    List<String> rowKpi = new ArrayList<>();
    List<EnsembleStats> rowStats = new ArrayList<>();
    for (Map.Entry<Integer, PointData> e : points.entrySet()) {
      for (Map.Entry<String, List<Double>> k : e.getValue().kpis.entrySet()) {
        rowPoint.add(e.getKey());
        rowKpi.add(k.getKey());
        rowStats.add(EnsembleStats.of(array(k.getValue())));
      }
    }
    ColumnBindings.Builder b = ColumnBindings.of(schema).int32Column("point", rowPoint::get);
    for (int i = 0; i < parameterNames.size(); i++) {
      int col = i;
      b.doubleColumn(parameterNames.get(i), r -> points.get(rowPoint.get(r)).params.get(col));
    }
    ColumnBindings data = b.stringColumn("kpi", rowKpi::get)
        .stringColumn("unit", r -> units.get(rowKpi.get(r)))
        .int32Column("n", r -> rowStats.get(r).n())
        .doubleColumn("mean", r -> rowStats.get(r).mean())
        .doubleColumn("sd", r -> rowStats.get(r).sd(), r -> Double.isNaN(rowStats.get(r).sd()))
        .doubleColumn("q05", r -> rowStats.get(r).q05())
        .doubleColumn("q95", r -> rowStats.get(r).q95())
        .build();
    ParquetTableWriter.write(file, data, rowPoint.size(), Map.of());
    return rowPoint.size();
  }

  private static int writeLinkStats(Path file, Map<Integer, PointData> points, TreeSet<String> linkIds) {
    TableSchema schema = SweepTables.LINK_STATS;
    List<Integer> rowPoint = new ArrayList<>();
    List<String> rowLink = new ArrayList<>();
    List<EnsembleStats> rowStats = new ArrayList<>();
    for (Map.Entry<Integer, PointData> e : points.entrySet()) {
      List<Map<String, Double>> vols = e.getValue().volumes;
      double[] x = new double[vols.size()];
      for (String id : linkIds) {
        for (int i = 0; i < x.length; i++) {
          x[i] = vols.get(i).getOrDefault(id, 0.0);
        }
        rowPoint.add(e.getKey());
        rowLink.add(id);
        rowStats.add(EnsembleStats.of(x));
      }
    }
    ColumnBindings data = ColumnBindings.of(schema)
        .int32Column("point", rowPoint::get)
        .stringColumn("link_id", rowLink::get)
        .int32Column("n", r -> rowStats.get(r).n())
        .doubleColumn("mean_volume", r -> rowStats.get(r).mean())
        .doubleColumn("sd_volume", r -> rowStats.get(r).sd(), r -> Double.isNaN(rowStats.get(r).sd()))
        .doubleColumn("q05_volume", r -> rowStats.get(r).q05())
        .doubleColumn("q95_volume", r -> rowStats.get(r).q95())
        .build();
    ParquetTableWriter.write(file, data, rowPoint.size(), Map.of());
    return rowPoint.size();
  }

  private static int writeDiffs(Path file, Map<Integer, PointData> points, Map<String, String> units, int reference) {
    TableSchema schema = SweepTables.KPI_DIFF;
    PointData ref = points.get(reference);
    List<Integer> rowPoint = new ArrayList<>();
    List<String> rowKpi = new ArrayList<>();
    List<EnsembleStats[]> rowStats = new ArrayList<>();
    List<EnsembleStats.Difference> rowDiff = new ArrayList<>();
    if (ref != null) {
      for (Map.Entry<Integer, PointData> e : points.entrySet()) {
        if (e.getKey() == reference) {
          continue;
        }
        for (Map.Entry<String, List<Double>> k : e.getValue().kpis.entrySet()) {
          List<Double> a = ref.kpis.get(k.getKey());
          if (a == null) {
            continue;
          }
          EnsembleStats sa = EnsembleStats.of(array(a));
          EnsembleStats sb = EnsembleStats.of(array(k.getValue()));
          rowPoint.add(e.getKey());
          rowKpi.add(k.getKey());
          rowStats.add(new EnsembleStats[] {sa, sb});
          rowDiff.add(EnsembleStats.welch(sa, sb, LEVEL));
        }
      }
    }
    ColumnBindings data = ColumnBindings.of(schema)
        .int32Column("point_a", r -> reference)
        .int32Column("point_b", rowPoint::get)
        .stringColumn("kpi", rowKpi::get)
        .stringColumn("unit", r -> units.get(rowKpi.get(r)))
        .int32Column("n_a", r -> rowStats.get(r)[0].n())
        .int32Column("n_b", r -> rowStats.get(r)[1].n())
        .doubleColumn("mean_a", r -> rowStats.get(r)[0].mean())
        .doubleColumn("mean_b", r -> rowStats.get(r)[1].mean())
        .doubleColumn("diff", r -> rowDiff.get(r).diff())
        .doubleColumn("se", r -> rowDiff.get(r).se(), r -> Double.isNaN(rowDiff.get(r).se()))
        .doubleColumn("df", r -> rowDiff.get(r).df(), r -> Double.isNaN(rowDiff.get(r).df()))
        .doubleColumn("ci95_low", r -> rowDiff.get(r).low(), r -> Double.isNaN(rowDiff.get(r).low()))
        .doubleColumn("ci95_high", r -> rowDiff.get(r).high(), r -> Double.isNaN(rowDiff.get(r).high()))
        .build();
    ParquetTableWriter.write(file, data, rowPoint.size(), Map.of());
    return rowPoint.size();
  }

  private static double[] array(List<Double> v) {
    double[] a = new double[v.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v.get(i);
    }
    return a;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
