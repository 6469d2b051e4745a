package de.bochumtwin.results.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.EquilRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** link_volumes.parquet read back by DuckDB: NaN speeds become nulls, totals match Java and the hand calculation. */
class LinkVolumesParquetTest {
  @TempDir Path tmp;

  @Test
  void duckDbReadsTheSameVolumesAsTheRecorderProduced() throws Exception {
    LinkVolumeTable t = new EquilRun().volumes;
    long vol = 0;
    long hours = 0;
    int nan = 0;
    double speed = 0;
    for (int r = 0; r < t.size(); r++) {
      vol += t.volume(r);
      hours += t.hour(r);
      if (Double.isNaN(t.meanSpeed_mps(r))) {
        nan++;
      } else {
        speed += t.meanSpeed_mps(r);
      }
    }
    assertEquals(EquilRun.VOLUME_ROWS, t.size());
    assertEquals(EquilRun.VOLUME_NULL_SPEEDS, nan);
    assertEquals(EquilRun.SUM_SPEED_MPS, speed, 1e-9);

    Path f = tmp.resolve("link_volumes.parquet");
    LinkVolumesParquet.write(f, t, 0.25);
    try (Duck d = new Duck()) {
      assertEquals(List.of("link_id VARCHAR", "hour INTEGER", "mode VARCHAR", "volume INTEGER", "mean_speed_mps DOUBLE",
          "volume_scaled DOUBLE"), d.describe(f));
      List<Object> s = d.row("SELECT count(*), sum(volume), sum(hour), count(*) - count(mean_speed_mps), sum(mean_speed_mps),"
          + " sum(volume_scaled) FROM read_parquet(" + Duck.lit(f) + ")");
      assertEquals((long) t.size(), ((Number) s.get(0)).longValue());
      assertEquals(vol, ((Number) s.get(1)).longValue());
      assertEquals(hours, ((Number) s.get(2)).longValue());
      assertEquals((long) nan, ((Number) s.get(3)).longValue());
      assertEquals(speed, ((Number) s.get(4)).doubleValue(), 1e-9);
      assertEquals(vol / 0.25, ((Number) s.get(5)).doubleValue(), 1e-9);
      assertEquals("[[2, 6, car, 1], [3, 7, car, 1], [11, 6, car, 1], [20, 6, car, 1], [21, 8, car, 1], [22, 8, car, 1], [23, 8, car, 1]]",
          d.rows("SELECT link_id, hour, mode, volume FROM read_parquet(" + Duck.lit(f) + ") ORDER BY link_id::INT").toString());
      assertEquals("0.25", d.value("SELECT decode(value) FROM parquet_kv_metadata(" + Duck.lit(f)
          + ") WHERE decode(key) = 'twin.sample_share'"));
    }
  }

  @Test
  void sampleShareOutsideZeroToOneIsRefused() {
    LinkVolumeTable t = new EquilRun().volumes;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LinkVolumesParquet.write(tmp.resolve("v.parquet"), t, 10));
    assertEquals("sample share must be in (0, 1], got 10.0 (e.g. 0.1 for a 10% population)", e.getMessage());
  }
}
