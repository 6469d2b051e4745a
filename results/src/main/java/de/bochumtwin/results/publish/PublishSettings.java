package de.bochumtwin.results.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to publish: the table names (empty = every twin table present in the run folder), the licence
 * name written to README and datapackage.json (empty = not specified), whether to add
 * {@code links_wgs84.parquet}, and the publication time (passed in, no hidden clock).
 */
public record PublishSettings(List<String> tables, String licence, boolean wgs84, Instant publishedAt) {
  public PublishSettings {
    tables = List.copyOf(tables);
    licence = Objects.requireNonNull(licence, "licence (use \"\" for none)").trim();
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
