package de.bochumtwin.results.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The README.md of a published dataset: what, when, inputs and version, licence, citation, example queries. */
final class DatasetReadme {
  private DatasetReadme() {}

  @SuppressWarnings("unchecked")
  static String text(String title, String runName, Instant publishedAt, String licence, Map<String, Object> run,
      List<DataPackage.Resource> resources) {
    StringBuilder sb = new StringBuilder();
    String version = String.valueOf(run.getOrDefault("twin_version", "unknown"));
    sb.append("# ").append(title).append("\n\n");
    sb.append("Results of one run of the Bochum traffic twin (an agent-based simulation that reads and writes\n")
        .append("MATSim formats), published as a self-describing dataset. Every table is Apache Parquet (zstd);\n")
        .append("`links.parquet` is GeoParquet 1.1. Column types, units and descriptions are in `datapackage.json`\n")
        .append("(Frictionless Data) and `data-dictionary.md`; each Parquet file also carries them in its\n")
        .append("`twin.schema` metadata.\n\n");
    sb.append("## When and how it was made\n\n")
        .append("| | |\n|---|---|\n")
        .append("| run folder | `").append(runName).append("` |\n")
        .append("| twin version | ").append(version).append(" |\n")
        .append("| seed | ").append(run.getOrDefault("seed", "?")).append(" |\n")
        .append("| run started / finished (UTC) | ").append(run.getOrDefault("started_at", "?")).append(" / ")
        .append(run.getOrDefault("finished_at", "?")).append(" |\n")
        .append("| Java | ").append(run.getOrDefault("java_version", "?")).append(" |\n")
        .append("| published (UTC) | ").append(publishedAt).append(" |\n\n");
    Object inputs = run.get("inputs");
    sb.append("Inputs (path as given to the run, SHA-256; the full settings and counters are in `run.json`):\n\n");
    if (inputs instanceof List && !((List<?>) inputs).isEmpty()) {
      sb.append("| input | SHA-256 | bytes |\n|---|---|---|\n");
      for (Object o : (List<Object>) inputs) {
        Map<String, Object> in = (Map<String, Object>) o;
        sb.append("| `").append(in.get("path")).append("` | `").append(in.get("sha256")).append("` | ")
            .append(in.get("size_bytes")).append(" |\n");
      }
    } else {
      sb.append("- none listed: the run used the scenario bundled with the twin version above.\n");
    }
    sb.append("\n## Files\n\n| file | rows | bytes | content |\n|---|---|---|---|\n");
    for (DataPackage.Resource r : resources) {
      sb.append("| `").append(r.path()).append("` | ").append(r.schema() == null ? "" : Long.toString(r.rows()))
          .append(" | ").append(r.bytes()).append(" | ")
          .append(r.description())
          .append(" |\n");
    }
    sb.append("| `datapackage.json` | | | Frictionless Data descriptor |\n")
        .append("| `data-dictionary.md` | | | every column with type, unit and description |\n")
        .append("| `SHA256SUMS` | | | checksums of all other files; check with `sha256sum -c SHA256SUMS` |\n\n");
    sb.append("## Licence\n\n");
    if (licence.isEmpty()) {
      sb.append("Not specified. The publisher did not set a licence (`twin publish --licence`); ask them before reuse.\n")
          .append("The inputs keep their own licences (for the bundled Bochum scenario see docs/data-sources.md of the twin).\n\n");
    } else {
      sb.append(licence).append(". The inputs keep their own licences (for the bundled Bochum scenario see\n")
          .append("docs/data-sources.md of the twin).\n\n");
    }
    sb.append("## How to cite\n\n")
        .append("> ").append(title).append(". Bochum traffic twin ").append(version).append(", seed ")
        .append(run.getOrDefault("seed", "?")).append(", run of ").append(run.getOrDefault("started_at", "?"))
        .append(", published ").append(publishedAt).append(". Dataset identified by the SHA-256 checksums in SHA256SUMS.\n\n");
    sb.append("## Example queries (DuckDB)\n\n```sql\n")
        .append("-- legs by mode\n")
        .append("SELECT mode, count(*) AS legs, avg(trav_time_s) / 60 AS avg_min FROM 'legs.parquet' GROUP BY mode ORDER BY legs DESC;\n")
        .append("-- hourly volumes of one link (the file is sorted by link_id, hour: row groups are skipped)\n")
        .append("SELECT hour, sum(volume) AS veh FROM 'link_volumes.parquet' WHERE link_id = (SELECT min(link_id) FROM 'links.parquet') GROUP BY hour ORDER BY hour;\n")
        .append("-- daily volume with the road type, busiest first\n")
        .append("SELECT l.link_id, l.type, sum(v.volume) AS veh FROM 'link_volumes.parquet' v JOIN 'links.parquet' l USING (link_id)\n")
        .append("  GROUP BY ALL ORDER BY veh DESC LIMIT 10;\n")
        .append("-- geometry as text (GeoParquet is read natively by DuckDB 1.5, GeoPandas and QGIS)\n")
        .append("SELECT link_id, ST_AsText(geometry) FROM 'links.parquet' LIMIT 3;\n")
        .append("-- units and descriptions stored in a file\n")
        .append("SELECT decode(value) FROM parquet_kv_metadata('legs.parquet') WHERE decode(key) = 'twin.schema';\n")
        .append("```\n\n")
        .append("pandas: `pd.read_parquet('legs.parquet')`; GeoPandas: `geopandas.read_parquet('links.parquet')`;\n")
        .append("R: `arrow::read_parquet('legs.parquet')`.\n");
    return sb.toString();
  }
}
