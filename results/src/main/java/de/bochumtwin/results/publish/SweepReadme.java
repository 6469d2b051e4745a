package de.bochumtwin.results.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The README.md of a published sweep: the sweep (points, parameters, seeds), which members are in and which
 * were skipped, the hive-partitioned layout with example DuckDB queries across members, licence, citation
 * and the file list.
 */
final class SweepReadme {
  private SweepReadme() {}

  static String text(String title, SweepInfo info, List<SweepInfo.Member> done, List<Integer> skipped, boolean sharedNetwork,
      PublishSettings settings, Map<String, Object> firstRun, List<DataPackage.Resource> resources) {
    StringBuilder sb = new StringBuilder();
    String version = String.valueOf(firstRun.getOrDefault("twin_version", "unknown"));
    sb.append("# ").append(title).append("\n\n")
        .append("A parameter sweep of the Bochum traffic twin (an agent-based simulation that reads and writes MATSim\n")
        .append("formats): the same what-if scenario run for several parameter values (points), each with several\n")
        .append("random seeds (members). Every table is Apache Parquet (zstd); `links.parquet` is GeoParquet 1.1.\n")
        .append("Column types, units and descriptions are in `datapackage.json` (Frictionless Data) and\n")
        .append("`data-dictionary.md`; each Parquet file also carries them in its `twin.schema` metadata.\n\n");
    TreeSet<Long> seeds = new TreeSet<>();
    for (SweepInfo.Member m : info.members()) {
      seeds.add(m.seed());
    }
    sb.append("## The sweep\n\n| | |\n|---|---|\n")
        .append("| name | `").append(info.name()).append("` |\n")
        .append("| twin version | ").append(version).append(" |\n")
        .append("| points | ").append(info.points()).append(" |\n")
        .append("| parameters | ").append(info.parameters().isEmpty() ? "none (a seed ensemble)" : "`" + String.join("`, `",
            info.parameters()) + "`").append(" |\n")
        .append("| seeds per point | ").append(seeds).append(" |\n")
        .append("| members published / planned | ").append(done.size()).append(" / ").append(info.members().size()).append(" |\n")
        .append("| published (UTC) | ").append(settings.publishedAt()).append(" |\n\n");
    Map<Integer, Integer> perPoint = new TreeMap<>();
    for (SweepInfo.Member m : done) {
      perPoint.merge(m.point(), 1, Integer::sum);
    }
    sb.append("Points (parameter values; the full settings of every member are in `members.parquet`, the scenario of\n")
        .append("each point in `scenarios/point-<p>.yaml`, the sweep file in `sweep.yaml`):\n\n| point |");
    for (String c : info.columns()) {
      sb.append(" `").append(c).append("` |");
    }
    sb.append(" members published |\n|---|");
    sb.append("---|".repeat(info.columns().size())).append("---|\n");
    for (int p = 0; p < info.points(); p++) {
      sb.append("| ").append(p).append(" |");
      for (double v : info.values(p)) {
        sb.append(' ').append(v).append(" |");
      }
      sb.append(' ').append(perPoint.getOrDefault(p, 0)).append(" |\n");
    }
    sb.append('\n');
    if (skipped.isEmpty()) {
      sb.append("Every planned member finished and is published.\n\n");
    } else {
      sb.append("**Skipped (unfinished, no `_SUCCESS` marker when published): members ").append(skipped)
          .append(".** The statistics tables cover only the published members (column `n`).\n\n");
    }
    sb.append("## Layout\n\n")
        .append("- `member=<n>/`: the tables of member n, hive-partitioned: read all members in one statement with\n")
        .append("  `hive_partitioning = true` (DuckDB, Arrow, Spark), which adds the column `member`. Each holds the\n")
        .append("  member's `run.json` (seed, inputs with SHA-256, settings, timings) and `kpis.parquet` (with `point`\n")
        .append("  and `seed`). `link_volumes.parquet` is re-sorted by link_id, hour, mode for range queries.\n")
        .append(sharedNetwork
            ? "- `links.parquet`: the network, identical (SHA-256) in every member, so it is published once.\n"
            : "- the members' networks differ (e.g. a measure changes lanes), so each `member=<n>/` has its own `links.parquet`.\n")
        .append("- `members.parquet`: member, point, seed, run options and one column per parameter.\n")
        .append("- `kpi_stats.parquet`, `link_stats.parquet`, `kpi_diff.parquet`, `charts/`: statistics across the seeds\n")
        .append("  of each point (`twin sweep collect`): mean, sample sd, 5 %/95 % quantiles, Welch 95 % intervals.\n\n");
    sb.append("## Example queries (DuckDB)\n\n```sql\n")
        .append("-- one KPI for every member, with the parameters\n")
        .append("SELECT k.member, m.*, k.value FROM read_parquet('member=*/kpis.parquet', hive_partitioning = true) k\n")
        .append("  JOIN 'members.parquet' m USING (member) WHERE k.kpi = 'vehicle_hours' ORDER BY k.member;\n")
        .append("-- daily vehicles per member (all members in one statement)\n")
        .append("SELECT member, sum(volume) AS veh FROM read_parquet('member=*/link_volumes.parquet', hive_partitioning = true)\n")
        .append("  GROUP BY member ORDER BY member;\n")
        .append("-- mean daily volume per point and link, busiest first\n")
        .append("SELECT point, link_id, mean_volume, q05_volume, q95_volume FROM 'link_stats.parquet' ORDER BY mean_volume DESC LIMIT 10;\n")
        .append("-- differences to the reference point with 95 % intervals\n")
        .append("SELECT point_b, kpi, diff, ci95_low, ci95_high FROM 'kpi_diff.parquet' ORDER BY kpi, point_b;\n")
        .append("-- legs by mode and point\n")
        .append("SELECT m.point, l.mode, count(*) AS legs FROM read_parquet('member=*/legs.parquet', hive_partitioning = true) l\n")
        .append("  JOIN 'members.parquet' m USING (member) GROUP BY ALL ORDER BY ALL;\n")
        .append("```\n\n")
        .append("DuckDB detects the `member=<n>` folder even when you read one file (`'member=0/legs.parquet'` gets a\n")
        .append("`member` column); add `hive_partitioning = false` to read exactly the columns of `datapackage.json`.\n\n")
        .append("pandas (all members of one table, with the member number from the folder name):\n\n```python\n")
        .append("import glob, pandas as pd\n")
        .append("vol = pd.concat(pd.read_parquet(f).assign(member=int(f.split('=')[1].split('/')[0]))\n")
        .append("                for f in sorted(glob.glob('member=*/link_volumes.parquet')))\n```\n\n")
        .append("R: `arrow::read_parquet('member=0/legs.parquet')` for one member; the DuckDB queries above run\n")
        .append("unchanged from R with the `duckdb` package. Read the top-level tables on their own: they have\n")
        .append("different columns, so do not open the whole folder as one dataset.\n\n");
    sb.append("## Licence\n\n");
    if (settings.licence().isEmpty()) {
      sb.append("Not specified. The publisher did not set a licence (`twin publish --licence`); ask them before reuse.\n");
    } else {
      sb.append(settings.licence()).append(".");
    }
    sb.append(" The inputs keep their own licences (for the bundled Bochum scenario see docs/data-sources.md of the twin).\n\n");
    sb.append("## How to cite\n\n")
        .append("> ").append(title).append(". Bochum traffic twin ").append(version).append(", ").append(done.size())
        .append(" member runs of ").append(info.points()).append(" points, published ").append(settings.publishedAt())
        .append(". Dataset identified by the SHA-256 checksums in SHA256SUMS.\n\n");
    sb.append("## Files\n\n| file | rows | bytes | content |\n|---|---|---|---|\n");
    for (DataPackage.Resource r : resources) {
      sb.append("| `").append(r.path()).append("` | ").append(r.schema() == null ? "" : Long.toString(r.rows()))
          .append(" | ").append(r.bytes()).append(" | ").append(r.description()).append(" |\n");
    }
    sb.append("| `datapackage.json` | | | Frictionless Data descriptor, one resource per file |\n")
        .append("| `data-dictionary.md` | | | every column with type, unit and description |\n")
        .append("| `SHA256SUMS` | | | checksums of all other files; check with `sha256sum -c SHA256SUMS` |\n");
    return sb.toString();
  }
}
