package de.bochumtwin.results.publish;

import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * A whole twin Parquet table read back into memory, one array per column ({@code int[]}, {@code long[]},
 * {@code double[]}, {@code boolean[]}, {@code String[]}, {@code byte[][]}, or {@code double[4 * rows]} for a bbox struct, with a null mask), so it can be
 * re-sorted or transformed and written again with the same {@link TableSchema}. Meant for publishing
 * (tables of a few million rows at most); not for the simulation's hot path.
 *
 * <p>The file's columns must equal the schema's in name and order; the file's own key/value metadata
 * (except the writer-owned {@code twin.table}, {@code twin.schema} and parquet-java's model name) is
 * kept in {@link #extraMetadata()} so a rewrite preserves e.g. {@code twin.sample_share} and {@code geo}.
 */
public final class ParquetColumns {
  private final TableSchema schema;
  private final int rows;
  private final Object[] values;
  private final boolean[][] isNull;
  private final Map<String, String> extraMetadata;

  private ParquetColumns(TableSchema schema, int rows, Object[] values, boolean[][] isNull, Map<String, String> meta) {
    this.schema = schema;
    this.rows = rows;
    this.values = values;
    this.isNull = isNull;
    this.extraMetadata = meta;
  }

  /** Reads {@code file}, whose columns must be those of {@code schema}. */
  public static ParquetColumns read(Path file, TableSchema schema) {
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType fileSchema = r.getFooter().getFileMetaData().getSchema();
      checkColumns(file, schema, fileSchema);
      long total = r.getRecordCount();
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(file + ": " + total + " rows are too many to publish in memory");
      }
      int n = (int) total;
      Object[] values = new Object[schema.columnCount()];
      boolean[][] nulls = new boolean[schema.columnCount()][];
      for (int c = 0; c < values.length; c++) {
        values[c] = allocate(schema.column(c), n);
        nulls[c] = new boolean[n];
      }
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(fileSchema);
      int row = 0;
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> rr = io.getRecordReader(pages, new GroupRecordConverter(fileSchema));
        for (long k = 0; k < pages.getRowCount(); k++) {
          Group g = rr.read();
          for (int c = 0; c < values.length; c++) {
            if (g.getFieldRepetitionCount(c) == 0) {
              nulls[c][row] = true;
            } else {
              store(schema.column(c), values[c], row, g, c);
            }
          }
          row++;
        }
      }
      Map<String, String> meta = new LinkedHashMap<>(r.getFooter().getFileMetaData().getKeyValueMetaData());
      meta.remove("twin.table");
      meta.remove("twin.schema");
      meta.remove("writer.model.name");
      return new ParquetColumns(schema, n, values, nulls, Map.copyOf(meta));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  public TableSchema schema() {
    return schema;
  }

  public int rows() {
    return rows;
  }

  /** The file's key/value metadata other than the writer-owned keys (insertion order not guaranteed). */
  public Map<String, String> extraMetadata() {
    return extraMetadata;
  }

  /** Column values as stored: {@code String[]} for STRING, {@code byte[][]} for BINARY/GEOMETRY_WKB, etc. */
  public Object values(String column) {
    return values[schema.indexOf(column)];
  }

  public boolean isNull(String column, int row) {
    return isNull[schema.indexOf(column)][row];
  }

  /**
   * Bindings that write row {@code order[r]} of this table as output row {@code r}; {@code replaced} maps
   * a column name to new values of the same array type (e.g. reprojected geometries), or is empty.
   */
  public ColumnBindings bind(int[] order, Map<String, Object> replaced) {
    ColumnBindings.Builder b = ColumnBindings.of(schema);
    for (int c = 0; c < schema.columnCount(); c++) {
      TableSchema.Column col = schema.column(c);
      Object v = replaced.getOrDefault(col.name(), values[c]);
      boolean[] nul = isNull[c];
      IntPredicate np = col.nullable() ? r -> nul[order[r]] : null;
      switch (col.type()) {
        case INT32: {
          int[] a = (int[]) v;
          b.int32Column(col.name(), r -> a[order[r]], np);
          break;
        }
        case INT64: {
          long[] a = (long[]) v;
          b.int64Column(col.name(), r -> a[order[r]], np);
          break;
        }
        case DOUBLE: {
          double[] a = (double[]) v;
          b.doubleColumn(col.name(), r -> a[order[r]], np);
          break;
        }
        case BOOLEAN: {
          boolean[] a = (boolean[]) v;
          b.booleanColumn(col.name(), r -> a[order[r]], np);
          break;
        }
        case STRING: {
          String[] a = (String[]) v;
          b.stringColumn(col.name(), r -> nul[order[r]] ? null : a[order[r]]);
          break;
        }
        case BBOX: {
          double[] a = (double[]) v;
          b.bboxColumn(col.name(), r -> nul[order[r]] ? Double.NaN : a[4 * order[r]], r -> a[4 * order[r] + 1],
              r -> a[4 * order[r] + 2], r -> a[4 * order[r] + 3]);
          break;
        }
        default: {
          byte[][] a = (byte[][]) v;
          b.binaryColumn(col.name(), r -> nul[order[r]] ? null : a[order[r]]);
        }
      }
    }
    return b.build();
  }

  /**
   * The same data under another schema with the same column names and types (e.g. only units or
   * descriptions differ).
   */
  public ParquetColumns withSchema(TableSchema other) {
    if (other.columnCount() != schema.columnCount()) {
      throw new IllegalArgumentException("schema '" + other.name() + "' has " + other.columnCount() + " columns, not "
          + schema.columnCount());
    }
    for (int c = 0; c < schema.columnCount(); c++) {
      if (!other.column(c).name().equals(schema.column(c).name()) || other.column(c).type() != schema.column(c).type()) {
        throw new IllegalArgumentException("column " + c + " of '" + other.name() + "' differs from '" + schema.name() + "'");
      }
    }
    return new ParquetColumns(other, rows, values, isNull, extraMetadata);
  }

  /** The identity order 0..rows-1. */
  public int[] identity() {
    int[] o = new int[rows];
    for (int i = 0; i < rows; i++) {
      o[i] = i;
    }
    return o;
  }

  private static void checkColumns(Path file, TableSchema schema, MessageType fileSchema) {
    List<String> have = new ArrayList<>();
    for (Type t : fileSchema.getFields()) {
      have.add(t.getName());
    }
    List<String> want = new ArrayList<>();
    for (TableSchema.Column c : schema.columns()) {
      want.add(c.name());
    }
    if (!have.equals(want)) {
      throw new IllegalArgumentException(file + ": columns " + have + " differ from the twin's schema of table '"
          + schema.name() + "' " + want + "; publish only files written by this twin version (or leave the table out with --tables)");
    }
  }

  private static Object allocate(TableSchema.Column c, int n) {
    switch (c.type()) {
      case INT32:
        return new int[n];
      case INT64:
        return new long[n];
      case DOUBLE:
        return new double[n];
      case BOOLEAN:
        return new boolean[n];
      case STRING:
        return new String[n];
      case BBOX:
        return new double[4 * n];
      default:
        return new byte[n][];
    }
  }

  private static void store(TableSchema.Column c, Object a, int row, Group g, int field) {
    switch (c.type()) {
      case INT32:
        ((int[]) a)[row] = g.getInteger(field, 0);
        break;
      case INT64:
        ((long[]) a)[row] = g.getLong(field, 0);
        break;
      case DOUBLE:
        ((double[]) a)[row] = g.getDouble(field, 0);
        break;
      case BOOLEAN:
        ((boolean[]) a)[row] = g.getBoolean(field, 0);
        break;
      case STRING:
        ((String[]) a)[row] = g.getString(field, 0);
        break;
      case BBOX: {
        Group box = g.getGroup(field, 0);
        for (int k = 0; k < 4; k++) {
          ((double[]) a)[4 * row + k] = box.getDouble(k, 0);
        }
        break;
      }
      default:
        ((byte[][]) a)[row] = g.getBinary(field, 0).getBytes();
    }
  }
}
