package de.bochumtwin.results.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.testing.Duck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every column type, nulls, chunked writes, row groups and failure clean-up, read back with DuckDB. */
class ParquetTableWriterTest {
  private static final TableSchema ALL = TableSchema.builder("all_types", "Every column type once.")
      .required("i32", ColumnType.INT32, "", "int")
      .nullable("i32n", ColumnType.INT32, "", "int, null on odd rows")
      .required("i64", ColumnType.INT64, "", "long")
      .required("d", ColumnType.DOUBLE, "m", "double")
      .nullable("dn", ColumnType.DOUBLE, "m", "double, NaN written as null")
      .required("s", ColumnType.STRING, "", "string")
      .nullable("sn", ColumnType.STRING, "", "coded string with nulls")
      .required("b", ColumnType.BOOLEAN, "", "boolean")
      .required("blob", ColumnType.BINARY, "", "bytes")
      .build();

  @TempDir Path tmp;

  private static ColumnBindings bindAll(int offset) {
    String[] words = {"zero", "one", "two"};
    return ColumnBindings.of(ALL)
        .int32Column("i32", r -> r + offset)
        .int32Column("i32n", r -> r + offset, r -> (r + offset) % 2 == 1)
        .int64Column("i64", r -> (r + offset) * 10_000_000_000L)
        .doubleColumn("d", r -> (r + offset) * 0.5)
        .doubleColumn("dn", r -> (r + offset) % 3 == 0 ? Double.NaN : 1.0)
        .stringColumn("s", r -> "row" + (r + offset))
        .codedStringColumn("sn", r -> (r + offset) % 4 == 3 ? -1 : (r + offset) % 3, words)
        .booleanColumn("b", r -> (r + offset) % 5 == 0)
        .binaryColumn("blob", r -> ("x" + (r + offset)).getBytes(StandardCharsets.US_ASCII))
        .build();
  }

  @Test
  void allTypesAndNullsRoundTripInChunks() throws Exception {
    Path f = tmp.resolve("all.parquet");
    int n = 1000;
    try (ParquetTableWriter w = ParquetTableWriter.open(f, ALL, Map.of("k", "v"))) {
      // two chunks with their own bindings, as a streaming writer would refill a buffer
      w.writeRows(bindAll(0), 0, 600);
      w.writeRows(bindAll(600), 0, 400);
      assertEquals(n, w.rowsWritten());
    }
    try (Duck d = new Duck()) {
      assertEquals(List.of("i32 INTEGER", "i32n INTEGER", "i64 BIGINT", "d DOUBLE", "dn DOUBLE", "s VARCHAR",
          "sn VARCHAR", "b BOOLEAN", "blob BLOB"), d.describe(f));
      List<Object> r = d.row("SELECT count(*), sum(i32), count(i32n), sum(i64), sum(d), count(dn), sum(dn),"
          + " count(DISTINCT s), count(sn), sum(CASE WHEN sn = 'two' THEN 1 ELSE 0 END), sum(b::INT),"
          + " sum(octet_length(blob)) FROM read_parquet(" + Duck.lit(f) + ")");
      // hand values for rows 0..999
      assertEquals(1000L, num(r, 0));
      assertEquals(499500L, num(r, 1));
      assertEquals(500L, num(r, 2), "odd rows null");
      assertEquals(4995000000000000L, num(r, 3));
      assertEquals(249750.0, ((Number) r.get(4)).doubleValue(), 0);
      assertEquals(666L, num(r, 5), "334 multiples of 3 in 0..999 are NaN -> null");
      assertEquals(666.0, ((Number) r.get(6)).doubleValue(), 0);
      assertEquals(1000L, num(r, 7));
      assertEquals(750L, num(r, 8), "rows = 3 mod 4 are null");
      assertEquals(expectedTwos(), num(r, 9));
      assertEquals(200L, num(r, 10));
      assertEquals(10 * 2 + 90 * 3 + 900 * 4, num(r, 11), "'x' + decimal digits");
      assertEquals("v", d.value("SELECT decode(value) FROM parquet_kv_metadata(" + Duck.lit(f) + ") WHERE decode(key) = 'k'"));
    }
  }

  private static long expectedTwos() {
    long c = 0;
    for (int i = 0; i < 1000; i++) {
      if (i % 4 != 3 && i % 3 == 2) {
        c++;
      }
    }
    return c;
  }

  private static long num(List<Object> r, int i) {
    return ((Number) r.get(i)).longValue();
  }

  @Test
  void smallRowGroupSizeGivesSeveralRowGroups() throws Exception {
    Path f = tmp.resolve("groups.parquet");
    TableSchema s = TableSchema.builder("ints", "Just ints.").required("v", ColumnType.INT64, "", "value").build();
    int n = 200_000;
    try (ParquetTableWriter w = ParquetTableWriter.open(f, s, Map.of(), 256 * 1024)) {
      w.writeRows(ColumnBindings.of(s).int64Column("v", r -> r * 7919L % 1_000_003).build(), 0, n);
    }
    try (Duck d = new Duck()) {
      long groups = ((Number) d.value("SELECT count(DISTINCT row_group_id) FROM parquet_metadata(" + Duck.lit(f) + ")")).longValue();
      assertTrue(groups >= 2, "expected several row groups (default 64 MiB would give one), got " + groups);
      assertEquals((long) n, ((Number) d.value("SELECT count(*) FROM read_parquet(" + Duck.lit(f) + ")")).longValue());
    }
  }

  @Test
  void nullInRequiredColumnFailsNamingRowAndDeletesTheFile() {
    Path f = tmp.resolve("bad.parquet");
    TableSchema s = TableSchema.builder("t", "x").required("name", ColumnType.STRING, "", "name").build();
    ColumnBindings b = ColumnBindings.of(s).stringColumn("name", r -> r == 5 ? null : "ok").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      try (ParquetTableWriter w = ParquetTableWriter.open(f, s, Map.of())) {
        w.writeRows(b, 0, 10);
      }
    });
    assertEquals("table 't', column 'name', row 5: null in a non-nullable column; fix the data or declare the column nullable",
        e.getMessage());
    assertFalse(Files.exists(f), "partial file removed");
  }

  @Test
  void bindingsMustCoverEveryColumnWithTheRightType() {
    assertEquals("table 'all_types': no accessor bound for column(s) i32n, i64, d, dn, s, sn, b, blob",
        assertThrows(IllegalStateException.class, () -> ColumnBindings.of(ALL).int32Column("i32", r -> r).build()).getMessage());
    assertEquals("table 'all_types': column 'd' has type DOUBLE but a INT32 accessor was bound",
        assertThrows(IllegalArgumentException.class, () -> ColumnBindings.of(ALL).int32Column("d", r -> r)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ColumnBindings.of(ALL).int32Column("i32", r -> r, r -> true));
  }

  @Test
  void existingFileIsNotOverwritten() throws Exception {
    Path f = tmp.resolve("exists.parquet");
    Files.writeString(f, "keep me");
    TableSchema s = TableSchema.builder("t", "x").required("v", ColumnType.INT32, "", "v").build();
    assertThrows(RuntimeException.class, () -> ParquetTableWriter.open(f, s, Map.of()).close());
    assertEquals("keep me", Files.readString(f));
  }
}
