package de.bochumtwin.results.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableSchemaTest {
  private static final TableSchema T = TableSchema.builder("trips", "One row per trip.")
      .required("trip_id", ColumnType.STRING, "", "Trip id")
      .nullable("speed_mps", ColumnType.DOUBLE, "m/s", "Mean speed; null when unknown")
      .build();

  @Test
  void markdownIsTheDataDictionaryTable() {
    assertEquals("#### `trips.parquet`\n\nOne row per trip.\n\n"
        + "| column | type | nullable | unit | description |\n"
        + "|---|---|---|---|---|\n"
        + "| `trip_id` | STRING | no |  | Trip id |\n"
        + "| `speed_mps` | DOUBLE | yes | `m/s` | Mean speed; null when unknown |\n", T.toMarkdown());
  }

  @Test
  void parquetSchemaFollowsTheColumns() {
    assertEquals("message trips {\n  required binary trip_id (STRING);\n  optional double speed_mps;\n}\n",
        T.toMessageType().toString());
    assertEquals(1, T.indexOf("speed_mps"));
  }

  @Test
  void jsonCarriesUnitsAndDescriptions() {
    assertEquals("{\"table\":\"trips\",\"description\":\"One row per trip.\",\"columns\":["
        + "{\"name\":\"trip_id\",\"type\":\"STRING\",\"nullable\":false,\"unit\":\"\",\"description\":\"Trip id\"},"
        + "{\"name\":\"speed_mps\",\"type\":\"DOUBLE\",\"nullable\":true,\"unit\":\"m/s\",\"description\":\"Mean speed; null when unknown\"}]}",
        T.toJson());
  }

  @Test
  void invalidDefinitionsAreRefusedWithTheReason() {
    assertEquals("column of table 't' name must be lower snake case ([a-z][a-z0-9_]*), got 'Speed'",
        assertThrows(IllegalArgumentException.class,
            () -> TableSchema.builder("t", "d").required("Speed", ColumnType.DOUBLE, "", "x")).getMessage());
    assertEquals("table 't': duplicate column 'a'", assertThrows(IllegalArgumentException.class,
        () -> TableSchema.builder("t", "d").required("a", ColumnType.INT32, "", "x").required("a", ColumnType.INT32, "", "y"))
        .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> TableSchema.builder("t", "d").required("a", ColumnType.INT32, "", "two\nlines"));
    assertThrows(IllegalArgumentException.class,
        () -> TableSchema.builder("t", "d").required("a", ColumnType.INT32, "", "pipe | breaks tables"));
    assertThrows(IllegalArgumentException.class, () -> TableSchema.builder("t", "d").build());
    assertEquals("table 'trips' has no column 'x'; columns: ", assertThrows(IllegalArgumentException.class,
        () -> T.indexOf("x")).getMessage().replaceAll("\\[.*\\]", ""));
  }
}
