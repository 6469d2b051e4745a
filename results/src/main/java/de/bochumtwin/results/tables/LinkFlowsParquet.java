package de.bochumtwin.results.tables;

import de.bochumtwin.core.assignment.LinkFlowTable;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code flows.parquet}: the link flows and costs of a static assignment (same rows as flows.csv). */
public final class LinkFlowsParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("flows",
          "Equilibrium link flows of a static user-equilibrium assignment (twin assign), one row per link in input order.")
      .required("from_node", ColumnType.STRING, "", "Id of the link's from-node (TNTP node number or MATSim node id)")
      .required("to_node", ColumnType.STRING, "", "Id of the link's to-node")
      .required("volume", ColumnType.DOUBLE, "veh/period", "Link flow in the demand's unit (TNTP: vehicles per analysis period)")
      .required("cost", ColumnType.DOUBLE, "min or s", "BPR travel time at this flow, in the network's time unit (TNTP: minutes; MATSim: seconds)")
      .required("generalized_cost", ColumnType.DOUBLE, "min or s", "Travel time plus the toll and distance weights of the network (equals cost without weights)")
      .build();

  private LinkFlowsParquet() {}

  public static void write(Path file, LinkFlowTable t) {
    ColumnBindings b = ColumnBindings.of(SCHEMA)
        .stringColumn("from_node", t::fromNodeId)
        .stringColumn("to_node", t::toNodeId)
        .doubleColumn("volume", t::volume)
        .doubleColumn("cost", t::cost)
        .doubleColumn("generalized_cost", t::generalizedCost)
        .build();
    ParquetTableWriter.write(file, b, t.size(), Map.of());
  }
}
