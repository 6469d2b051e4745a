package de.bochumtwin.results.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.EquilRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** legs.parquet read back by DuckDB: schema as specified, totals equal to the Java table and the hand calculation. */
class LegsParquetTest {
  @TempDir Path tmp;

  @Test
  void duckDbReadsTheSameLegsAsTheRecorderProduced() throws Exception {
    EquilRun run = new EquilRun();
    LegTable t = run.legs;
    long dep = 0;
    long trav = 0;
    long legIdx = 0;
    double dist = 0;
    for (int r = 0; r < t.size(); r++) {
      dep += t.depTime_s(r);
      trav += t.travTime_s(r);
      legIdx += t.legIndex(r);
      dist += t.distance_m(r);
    }
    // the Java side against the hand calculation first, so a recorder change cannot hide behind the writer
    assertEquals(EquilRun.LEGS, t.size());
    assertEquals(EquilRun.SUM_DEP_TIME_S, dep);
    assertEquals(EquilRun.SUM_TRAV_TIME_S, trav);
    assertEquals(EquilRun.SUM_DISTANCE_M, dist, 1e-9);

    Path f = tmp.resolve(LegsParquet.SCHEMA.fileName());
    LegsParquet.write(f, t);

    try (Duck d = new Duck()) {
      assertEquals(List.of("person_id VARCHAR", "leg_index INTEGER", "mode VARCHAR", "dep_time_s INTEGER",
          "trav_time_s INTEGER", "distance_m DOUBLE"), d.describe(f));
      List<Object> sums = d.row("SELECT count(*), sum(dep_time_s), sum(trav_time_s), sum(leg_index), sum(distance_m) FROM read_parquet("
          + Duck.lit(f) + ")");
      assertEquals((long) t.size(), ((Number) sums.get(0)).longValue());
      assertEquals(dep, ((Number) sums.get(1)).longValue());
      assertEquals(trav, ((Number) sums.get(2)).longValue());
      assertEquals(legIdx, ((Number) sums.get(3)).longValue());
      assertEquals(dist, ((Number) sums.get(4)).doubleValue(), 1e-9);
      // row order and string columns: arrival order, ids and modes resolved
      assertEquals("[[alice, 0, car, 25000.0], [bob, 0, walk, 1234.5], [bob, 1, walk, 500.0], [alice, 1, car, 55000.0]]",
          d.rows("SELECT person_id, leg_index, mode, distance_m FROM read_parquet(" + Duck.lit(f) + ")").toString());
      assertEquals(0L, ((Number) d.value("SELECT count(*) FROM parquet_metadata(" + Duck.lit(f)
          + ") WHERE compression <> 'ZSTD'")).longValue(), "every column chunk ZSTD-compressed");
    }
  }
}
