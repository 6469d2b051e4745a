package de.bochumtwin.results.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to publish: the table names (empty = every twin table present in the run folder), the licence
 * name written to README and datapackage.json (empty = not specified), whether to add
 * {@code links_wgs84.parquet}, the publication time (passed in, no hidden clock) and the row group size
 * (uncompressed bytes) of re-sorted tables.
 */
public record PublishSettings(List<String> tables, String licence, boolean wgs84, Instant publishedAt,
    long sortedRowGroupBytes) {
  public PublishSettings {
    tables = List.copyOf(tables);
    licence = Objects.requireNonNull(licence, "licence (use \"\" for none)").trim();
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (sortedRowGroupBytes < 64 * 1024) {
      throw new IllegalArgumentException("row group size must be at least 64 KiB, got " + sortedRowGroupBytes + " bytes");
    }
  }

  /** Settings with the default row group size {@link DatasetPublisher#SORTED_ROW_GROUP_BYTES}. */
  public PublishSettings(List<String> tables, String licence, boolean wgs84, Instant publishedAt) {
    this(tables, licence, wgs84, publishedAt, DatasetPublisher.SORTED_ROW_GROUP_BYTES);
  }
}
