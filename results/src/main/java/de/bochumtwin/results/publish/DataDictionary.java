package de.bochumtwin.results.publish;

import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.sweep.SweepTables;
import de.bochumtwin.results.tables.OutputTables;
import java.util.ArrayList;
import java.util.List;

/**
 * The data dictionary (docs/data-dictionary.md and {@code data-dictionary.md} of every published dataset),
 * generated from the same {@link TableSchema} constants the writers use: {@link OutputTables#all()}, the
 * publish-only {@link LinksWgs84#SCHEMA} and the sweep tables {@link SweepTables#all()}. Never edit the Markdown by hand; a test compares the committed
 * file with {@link #markdown()}.
 */
public final class DataDictionary {
  private DataDictionary() {}

  /** Every table a run or a publish can write, in dictionary order. */
  public static List<TableSchema> tables() {
    List<TableSchema> all = new ArrayList<>(OutputTables.all());
    all.add(LinksWgs84.SCHEMA);
    all.addAll(SweepTables.all());
    return List.copyOf(all);
  }

  /** The whole dictionary as Markdown. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Data dictionary\n\n")
        .append("Generated from the table schemas the writers use (`de.bochumtwin.results.tables.OutputTables.all()`\n")
        .append("plus `links_wgs84` of published datasets) by `de.bochumtwin.results.publish.DataDictionary`.\n")
        .append("Do not edit by hand: `DataDictionaryDocTest` fails when docs/data-dictionary.md differs from the\n")
        .append("generated text and prints the new text. Every published dataset carries the same file.\n\n")
        .append("Conventions: times are seconds since scenario start (00:00:00 of the simulated day), lengths in m,\n")
        .append("speeds in m/s, capacities in veh/h, energy in kWh, power in kW, masses in g. Projected geometries\n")
        .append("are ISO WKB in the network CRS (EPSG:25832, ETRS89 / UTM zone 32N, for Bochum) with GeoParquet 1.1\n")
        .append("metadata; `links_wgs84` is in longitude/latitude (OGC:CRS84). Tables that only some runs write\n")
        .append("(EV, emissions, `twin assign`) are listed too; see docs/outputs.md for when each is written.\n\n")
        .append("The last five tables belong to sweeps (docs/sweeps.md): `members.parquet` and `kpi_stats.parquet` get one\n")
        .append("DOUBLE column per swept parameter (named like `measures_0_limit_kmh`), which a published sweep's\n")
        .append("`datapackage.json` and `data-dictionary.md` list; `member_kpis` is stored as `kpis.parquet` in every\n")
        .append("member's run folder (`runs/member=<n>/`, in a published sweep `member=<n>/`).\n");
    for (TableSchema s : tables()) {
      sb.append('\n').append(s.toMarkdown());
    }
    return sb.toString();
  }

  /**
   * The section a published sweep appends to {@link #markdown()}: its tables with their actual parameter
   * columns (e.g. {@code members} and {@code kpi_stats}).
   */
  public static String sweepSection(String sweepName, List<TableSchema> withParameters) {
    StringBuilder sb = new StringBuilder();
    sb.append("\n## Tables of sweep ").append(sweepName).append(" with its parameter columns\n");
    for (TableSchema s : withParameters) {
      sb.append('\n').append(s.toMarkdown());
    }
    return sb.toString();
  }
}
