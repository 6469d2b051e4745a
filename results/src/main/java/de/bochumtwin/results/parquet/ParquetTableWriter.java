package de.bochumtwin.results.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Writes rows of one {@link TableSchema} into a new Parquet file: ZSTD compression, dictionary encoding,
 * 64 MiB row groups (enough for a few million narrow rows per group, small enough that a reader can
 * scan row groups in parallel), no statistics on blob columns (min/max of WKB bytes mean nothing).
 *
 * <p>Every file carries the key/value metadata {@code twin.table} and {@code twin.schema}
 * ({@link TableSchema#toJson}: units and descriptions travel with the data) plus the caller's extra
 * entries, e.g. GeoParquet's {@code geo}.
 *
 * <p>Rows come from {@link ColumnBindings}; {@link #writeRows} may be called repeatedly (with the same
 * or refilled bindings) to stream a table in chunks. The file is created with {@code CREATE}: an existing
 * file is an error, never silently replaced. Close the writer (try-with-resources) to write the footer;
 * if {@link #writeRows} threw, {@link #close} deletes the partial file instead of finishing it, so a
 * failed write never leaves a valid-looking truncated table (whole runs additionally write into a
 * {@code de.bochumtwin.results.run.AtomicOutputDir}).
 */
public final class ParquetTableWriter implements AutoCloseable {
  /** Default row group size: 64 MiB of uncompressed data. */
  public static final long DEFAULT_ROW_GROUP_BYTES = 64L * 1024 * 1024;

  private final Path file;
  private final TableSchema schema;
  private final RowCursor cursor = new RowCursor();
  private final ParquetWriter<RowCursor> writer;
  private long rows;
  private boolean failed;

  private ParquetTableWriter(Path file, TableSchema schema, Map<String, String> extraMetadata, long rowGroupBytes)
      throws IOException {
    this.file = file;
    this.schema = schema;
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("twin.table", schema.name());
    meta.put("twin.schema", schema.toJson());
    for (Map.Entry<String, String> e : extraMetadata.entrySet()) {
      if (meta.containsKey(e.getKey())) {
        throw new IllegalArgumentException("metadata key '" + e.getKey() + "' is reserved by the writer");
      }
      meta.put(e.getKey(), e.getValue());
    }
    Builder b = new Builder(new LocalOutputFile(file), new RowWriteSupport(schema, meta))
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withDictionaryEncoding(true)
        .withRowGroupSize(rowGroupBytes);
    for (TableSchema.Column c : schema.columns()) {
      if (c.type() == ColumnType.BINARY || c.type() == ColumnType.GEOMETRY_WKB) {
        b.withStatisticsEnabled(c.name(), false).withDictionaryEncoding(c.name(), false);
      }
    }
    this.writer = b.build();
  }

  /** Opens a writer with default settings; {@code extraMetadata} is added to the file footer. */
  public static ParquetTableWriter open(Path file, TableSchema schema, Map<String, String> extraMetadata) {
    return open(file, schema, extraMetadata, DEFAULT_ROW_GROUP_BYTES);
  }

  /** Opens a writer with an explicit row group size in bytes (uncompressed). */
  public static ParquetTableWriter open(Path file, TableSchema schema, Map<String, String> extraMetadata,
      long rowGroupBytes) {
    try {
      return new ParquetTableWriter(file, schema, extraMetadata, rowGroupBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a whole table in one go: rows {@code 0 .. rowCount-1} of {@code data}. */
  public static void write(Path file, ColumnBindings data, int rowCount, Map<String, String> extraMetadata) {
    try (ParquetTableWriter w = open(file, data.schema(), extraMetadata)) {
      w.writeRows(data, 0, rowCount);
    }
  }

  /** Appends rows {@code from .. to-1} of {@code data}, whose schema must be this writer's schema. */
  public void writeRows(ColumnBindings data, int from, int to) {
    if (!data.schema().equals(schema)) {
      throw new IllegalArgumentException("bindings are for table '" + data.schema().name() + "' but this writer writes '"
          + schema.name() + "'");
    }
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad row range " + from + ".." + to);
    }
    if (failed) {
      throw new IllegalStateException("an earlier write to " + file + " failed; the file will be deleted on close");
    }
    cursor.data = data;
    try {
      for (int r = from; r < to; r++) {
        cursor.row = r;
        writer.write(cursor);
      }
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException("writing " + file + " failed at row " + cursor.row + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
    rows += to - from;
  }

  /** Rows written so far. */
  public long rowsWritten() {
    return rows;
  }

  public Path file() {
    return file;
  }

  /** Flushes the last row group and writes the footer; after a failed write, deletes the file instead. */
  @Override
  public void close() {
    if (failed) {
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        // the file is deleted below; the original write failure is what the caller sees
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the partial file " + file + ": " + e.getMessage(), e);
      }
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** The one mutable row pointer handed to parquet-java for every row (no object per row). */
  static final class RowCursor {
    ColumnBindings data;
    int row;
  }

  private static final class RowWriteSupport extends WriteSupport<RowCursor> {
    private final TableSchema schema;
    private final Map<String, String> meta;
    private org.apache.parquet.io.api.RecordConsumer consumer;

    RowWriteSupport(TableSchema schema, Map<String, String> meta) {
      this.schema = schema;
      this.meta = meta;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema.toMessageType(), meta);
    }

    @Override
    public WriteContext init(org.apache.parquet.conf.ParquetConfiguration configuration) {
      return new WriteContext(schema.toMessageType(), meta);
    }

    @Override
    public String getName() {
      return "bochumtwin";
    }

    @Override
    public void prepareForWrite(org.apache.parquet.io.api.RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(RowCursor c) {
      c.data.writeRow(consumer, c.row);
    }
  }

  private static final class Builder extends ParquetWriter.Builder<RowCursor, Builder> {
    private final RowWriteSupport support;

    Builder(OutputFile out, RowWriteSupport support) {
      super(out);
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<RowCursor> getWriteSupport(Configuration conf) {
      return support;
    }

    @Override
    protected WriteSupport<RowCursor> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
      return support;
    }
  }
}
