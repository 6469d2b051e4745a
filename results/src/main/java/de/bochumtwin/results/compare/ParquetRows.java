package de.bochumtwin.results.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a Parquet file row by row as parquet-java example {@link Group}s (no Hadoop install; the
 * parquet-floor stubs satisfy the classes parquet-hadoop touches). Fine for the result tables of a run
 * (a few million rows at most); not a hot path.
 */
public final class ParquetRows {
  private ParquetRows() {}

  /** Calls {@code sink} for every row in file order and returns the file's key/value metadata. */
  public static Map<String, String> forEach(Path file, Consumer<Group> sink) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file + " (a run folder written by twin run is expected)"));
    }
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> rr = io.getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0, n = pages.getRowCount(); i < n; i++) {
          sink.accept(rr.read());
        }
      }
      return r.getFooter().getFileMetaData().getKeyValueMetaData();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** True when the row has a value in {@code field} (false for a null of a nullable column). */
  public static boolean has(Group g, String field) {
    return g.getFieldRepetitionCount(field) > 0;
  }
}
