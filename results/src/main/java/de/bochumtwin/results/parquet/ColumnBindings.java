package de.bochumtwin.results.parquet;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Binds every column of a {@link TableSchema} to a primitive accessor {@code row -> value}, typically a
 * method reference into an existing column store ({@code legs::depTime_s}). Built once per table; the
 * writer then asks each binding for row {@code r} without allocating anything itself.
 *
 * <p>Nulls: a nullable numeric or boolean column takes an optional {@code isNull(row)} predicate; a
 * nullable {@code DOUBLE} column without one treats NaN as null. String and byte columns signal null by
 * returning {@code null} (coded string columns by a negative code). A null in a non-nullable column is
 * an error naming the table, column and row.
 *
 * <p>String columns whose values repeat can use {@link Builder#codedStringColumn}: the accessor returns
 * an index into a fixed value array whose UTF-8 encodings are computed once, so writing costs no
 * allocation at all (used for mode names, person and link ids).
 *
 * <p>Not thread-safe: a plain string column caches the encoding of the last value. Use one instance
 * per writer.
 */
public final class ColumnBindings {
  private final TableSchema schema;
  private final Cell[] cells;

  private ColumnBindings(TableSchema schema, Cell[] cells) {
    this.schema = schema;
    this.cells = cells;
  }

  public static Builder of(TableSchema schema) {
    return new Builder(schema);
  }

  public TableSchema schema() {
    return schema;
  }

  /** Writes row {@code row} as one record; called by the write support for every row. */
  void writeRow(RecordConsumer rc, int row) {
    rc.startMessage();
    for (Cell c : cells) {
      c.write(rc, row);
    }
    rc.endMessage();
  }

  /** Collects one binding per schema column; {@link #build} fails listing any column left unbound. */
  public static final class Builder {
    private final TableSchema schema;
    private final Cell[] cells;

    private Builder(TableSchema schema) {
      this.schema = schema;
      this.cells = new Cell[schema.columnCount()];
    }

    public Builder int32Column(String name, IntUnaryOperator get) {
      return int32Column(name, get, null);
    }

    public Builder int32Column(String name, IntUnaryOperator get, IntPredicate isNull) {
      int i = slot(name, ColumnType.INT32, isNull);
      cells[i] = new Int32Cell(schema, i, get, isNull);
      return this;
    }

    public Builder int64Column(String name, IntToLongFunction get) {
      return int64Column(name, get, null);
    }

    public Builder int64Column(String name, IntToLongFunction get, IntPredicate isNull) {
      int i = slot(name, ColumnType.INT64, isNull);
      cells[i] = new Int64Cell(schema, i, get, isNull);
      return this;
    }

    /** A double column; when the column is nullable, NaN is written as null. */
    public Builder doubleColumn(String name, IntToDoubleFunction get) {
      int i = slot(name, ColumnType.DOUBLE, null);
      cells[i] = new DoubleCell(schema, i, get, null, schema.column(i).nullable());
      return this;
    }

    public Builder doubleColumn(String name, IntToDoubleFunction get, IntPredicate isNull) {
      int i = slot(name, ColumnType.DOUBLE, isNull);
      cells[i] = new DoubleCell(schema, i, get, isNull, false);
      return this;
    }

    public Builder booleanColumn(String name, IntPredicate get) {
      return booleanColumn(name, get, null);
    }

    public Builder booleanColumn(String name, IntPredicate get, IntPredicate isNull) {
      int i = slot(name, ColumnType.BOOLEAN, isNull);
      cells[i] = new BooleanCell(schema, i, get, isNull);
      return this;
    }

    /** A string column; consecutive rows returning the same String instance share one encoding. */
    public Builder stringColumn(String name, IntFunction<String> get) {
      int i = slot(name, ColumnType.STRING, null);
      cells[i] = new StringCell(schema, i, get);
      return this;
    }

    /**
     * A string column given as {@code values[code(row)]}; a negative code means null. The values are
     * encoded once here; a null entry in {@code values} is written as null.
     */
    public Builder codedStringColumn(String name, IntUnaryOperator code, String[] values) {
      int i = slot(name, ColumnType.STRING, null);
      Binary[] enc = new Binary[values.length];
      for (int k = 0; k < values.length; k++) {
        enc[k] = values[k] == null ? null : Binary.fromString(values[k]);
      }
      cells[i] = new CodedStringCell(schema, i, code, enc);
      return this;
    }

    /**
     * A {@code BINARY} or {@code GEOMETRY_WKB} column. The returned array must not be modified after it
     * was handed over (parquet-java may keep it for dictionaries and statistics); null means null.
     */
    public Builder binaryColumn(String name, IntFunction<byte[]> get) {
      int i = schema.indexOf(name);
      ColumnType t = schema.column(i).type();
      if (t != ColumnType.BINARY && t != ColumnType.GEOMETRY_WKB) {
        throw typeMismatch(i, "binary");
      }
      checkUnbound(i);
      cells[i] = new BytesCell(schema, i, get);
      return this;
    }

    /**
     * A {@code BBOX} column from four accessors; the row is null when {@code xmin} returns NaN (nullable
     * columns only).
     */
    public Builder bboxColumn(String name, IntToDoubleFunction xmin, IntToDoubleFunction ymin,
        IntToDoubleFunction xmax, IntToDoubleFunction ymax) {
      int i = slot(name, ColumnType.BBOX, null);
      cells[i] = new BboxCell(schema, i, new IntToDoubleFunction[] {xmin, ymin, xmax, ymax});
      return this;
    }

    public ColumnBindings build() {
      StringBuilder missing = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] == null) {
          missing.append(missing.length() == 0 ? "" : ", ").append(schema.column(i).name());
        }
      }
      if (missing.length() > 0) {
        throw new IllegalStateException("table '" + schema.name() + "': no accessor bound for column(s) " + missing);
      }
      return new ColumnBindings(schema, cells.clone());
    }

    private int slot(String name, ColumnType expected, IntPredicate isNull) {
      int i = schema.indexOf(name);
      TableSchema.Column c = schema.column(i);
      if (c.type() != expected) {
        throw typeMismatch(i, expected.name());
      }
      if (isNull != null && !c.nullable()) {
        throw new IllegalArgumentException("table '" + schema.name() + "': column '" + name
            + "' is not nullable; declare it nullable in the schema or drop the isNull predicate");
      }
      checkUnbound(i);
      return i;
    }

    private void checkUnbound(int i) {
      if (cells[i] != null) {
        throw new IllegalStateException("table '" + schema.name() + "': column '" + schema.column(i).name() + "' bound twice");
      }
    }

    private IllegalArgumentException typeMismatch(int i, String accessor) {
      TableSchema.Column c = schema.column(i);
      return new IllegalArgumentException("table '" + schema.name() + "': column '" + c.name() + "' has type "
          + c.type() + " but a " + accessor + " accessor was bound");
    }
  }

  /** One column's accessor plus its Parquet field name/index; writes the field or nothing for null. */
  private abstract static class Cell {
    final String table;
    final String name;
    final int index;
    final boolean nullable;

    Cell(TableSchema s, int index) {
      this.table = s.name();
      this.name = s.column(index).name();
      this.index = index;
      this.nullable = s.column(index).nullable();
    }

    abstract void write(RecordConsumer rc, int row);

    /** Handles a null value: nothing is written for a nullable column, else an exception. */
    final void writeNull(int row) {
      if (!nullable) {
        throw new IllegalArgumentException("table '" + table + "', column '" + name + "', row " + row
            + ": null in a non-nullable column; fix the data or declare the column nullable");
      }
    }
  }

  private static final class Int32Cell extends Cell {
    private final IntUnaryOperator get;
    private final IntPredicate isNull;

    Int32Cell(TableSchema s, int i, IntUnaryOperator get, IntPredicate isNull) {
      super(s, i);
      this.get = get;
      this.isNull = isNull;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      if (isNull != null && isNull.test(row)) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addInteger(get.applyAsInt(row));
      rc.endField(name, index);
    }
  }

  private static final class Int64Cell extends Cell {
    private final IntToLongFunction get;
    private final IntPredicate isNull;

    Int64Cell(TableSchema s, int i, IntToLongFunction get, IntPredicate isNull) {
      super(s, i);
      this.get = get;
      this.isNull = isNull;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      if (isNull != null && isNull.test(row)) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addLong(get.applyAsLong(row));
      rc.endField(name, index);
    }
  }

  private static final class DoubleCell extends Cell {
    private final IntToDoubleFunction get;
    private final IntPredicate isNull;
    private final boolean nanIsNull;

    DoubleCell(TableSchema s, int i, IntToDoubleFunction get, IntPredicate isNull, boolean nanIsNull) {
      super(s, i);
      this.get = get;
      this.isNull = isNull;
      this.nanIsNull = nanIsNull;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      if (isNull != null && isNull.test(row)) {
        writeNull(row);
        return;
      }
      double v = get.applyAsDouble(row);
      if (nanIsNull && Double.isNaN(v)) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addDouble(v);
      rc.endField(name, index);
    }
  }

  private static final class BooleanCell extends Cell {
    private final IntPredicate get;
    private final IntPredicate isNull;

    BooleanCell(TableSchema s, int i, IntPredicate get, IntPredicate isNull) {
      super(s, i);
      this.get = get;
      this.isNull = isNull;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      if (isNull != null && isNull.test(row)) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addBoolean(get.test(row));
      rc.endField(name, index);
    }
  }

  private static final class StringCell extends Cell {
    private final IntFunction<String> get;
    private String last;
    private Binary lastEncoded;

    StringCell(TableSchema s, int i, IntFunction<String> get) {
      super(s, i);
      this.get = get;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      String v = get.apply(row);
      if (v == null) {
        writeNull(row);
        return;
      }
      if (v != last) {
        last = v;
        lastEncoded = Binary.fromString(v);
      }
      rc.startField(name, index);
      rc.addBinary(lastEncoded);
      rc.endField(name, index);
    }
  }

  private static final class CodedStringCell extends Cell {
    private final IntUnaryOperator code;
    private final Binary[] values;

    CodedStringCell(TableSchema s, int i, IntUnaryOperator code, Binary[] values) {
      super(s, i);
      this.code = code;
      this.values = values;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      int k = code.applyAsInt(row);
      Binary v = k < 0 ? null : values[k];
      if (v == null) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addBinary(v);
      rc.endField(name, index);
    }
  }

  private static final class BytesCell extends Cell {
    private final IntFunction<byte[]> get;

    BytesCell(TableSchema s, int i, IntFunction<byte[]> get) {
      super(s, i);
      this.get = get;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      byte[] v = get.apply(row);
      if (v == null) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.addBinary(Binary.fromConstantByteArray(v));
      rc.endField(name, index);
    }
  }

  private static final class BboxCell extends Cell {
    private final IntToDoubleFunction[] get;

    BboxCell(TableSchema s, int i, IntToDoubleFunction[] get) {
      super(s, i);
      this.get = get;
    }

    @Override
    void write(RecordConsumer rc, int row) {
      double x0 = get[0].applyAsDouble(row);
      if (Double.isNaN(x0)) {
        writeNull(row);
        return;
      }
      rc.startField(name, index);
      rc.startGroup();
      for (int k = 0; k < 4; k++) {
        String f = ColumnType.BBOX_FIELDS.get(k);
        rc.startField(f, k);
        rc.addDouble(k == 0 ? x0 : get[k].applyAsDouble(row));
        rc.endField(f, k);
      }
      rc.endGroup();
      rc.endField(name, index);
    }
  }
}
