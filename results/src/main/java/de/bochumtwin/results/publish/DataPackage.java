package de.bochumtwin.results.publish;

import de.bochumtwin.results.json.JsonWriter;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.TableSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Frictionless Data descriptor {@code datapackage.json} of a published dataset (Data Package v1 with
 * Table Schema fields). Each Parquet resource lists its columns from the writer's {@link TableSchema}:
 * Frictionless {@code type}, plus the extra field properties {@code unit} (omitted when dimensionless) and
 * {@code twinType} (the exact {@link ColumnType}), and {@code constraints.required} for non-null columns.
 */
public final class DataPackage {
  private DataPackage() {}

  /**
   * One published file: its table schema (null for non-tabular files), name, size, SHA-256, rows and a
   * description (the schema's, plus what publishing changed, e.g. the sort order).
   */
  public record Resource(TableSchema schema, String path, long bytes, String sha256, long rows, String description) {}

  /** A {@code sources} entry: a title and the path of the manifest it comes from. */
  public record Source(String title, String path) {}

  /** The Frictionless type of a column type (geometry as {@code any}: Table Schema has no WKB type). */
  public static String frictionlessType(ColumnType t) {
    switch (t) {
      case INT32:
      case INT64:
        return "integer";
      case DOUBLE:
        return "number";
      case BOOLEAN:
        return "boolean";
      case STRING:
      case BINARY:
        return "string";
      case BBOX:
        return "object";
      default:
        return "any";
    }
  }

  /** The descriptor as pretty JSON. {@code licence} may be empty (no {@code licenses} member). */
  public static String json(String name, String title, String description, Instant created, String licence,
      Map<String, Object> run, List<Resource> resources) {
    return json(name, title, description, created, licence, List.of(new Source("bochum-twin " + run.getOrDefault("twin_version", "?")
        + " run, seed " + run.getOrDefault("seed", "?") + ", started " + run.getOrDefault("started_at", "?"), "run.json")),
        resources);
  }

  /** The descriptor with explicit {@code sources} (a sweep lists every member's run manifest). */
  public static String json(String name, String title, String description, Instant created, String licence,
      List<Source> sources, List<Resource> resources) {
    StringBuilder sb = new StringBuilder();
    JsonWriter w = JsonWriter.pretty(sb, 2);
    w.beginObject().name("profile").value("data-package").name("name").value(name).name("title").value(title)
        .name("description").value(description).name("created").value(created.toString());
    if (!licence.isEmpty()) {
      w.name("licenses").beginArray().beginObject().name("name").value(licence).endObject().endArray();
    }
    w.name("sources").beginArray();
    for (Source s : sources) {
      w.beginObject().name("title").value(s.title()).name("path").value(s.path()).endObject();
    }
    w.endArray();
    w.name("resources").beginArray();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Resource r : resources) {
      String base = r.path().contains(".") ? r.path().substring(0, r.path().lastIndexOf('.')) : r.path();
      base = base.replace("member=", "member-").replace('/', '-');
      String resName = resourceName(base);
      if (!names.add(resName)) {
        // e.g. members.csv next to members.parquet: the extension keeps names unique
        resName = resourceName(base + "-" + r.path().substring(r.path().lastIndexOf('.') + 1));
        names.add(resName);
      }
      w.beginObject().name("name").value(resName).name("path").value(r.path());
      if (r.schema() != null) {
        w.name("profile").value("tabular-data-resource").name("format").value("parquet")
            .name("mediatype").value("application/vnd.apache.parquet")
            .name("description").value(r.description());
      } else {
        w.name("format").value(r.path().substring(r.path().lastIndexOf('.') + 1)).name("description").value(r.description());
      }
      w.name("bytes").value(r.bytes()).name("hash").value("sha256:" + r.sha256());
      if (r.schema() != null) {
        w.name("rows").value(r.rows()).name("schema").beginObject().name("fields").beginArray();
        for (TableSchema.Column c : r.schema().columns()) {
          w.beginObject().name("name").value(c.name()).name("type").value(frictionlessType(c.type()));
          if (c.type() == ColumnType.BINARY) {
            w.name("format").value("binary");
          }
          w.name("description").value(c.description());
          if (!c.unit().isEmpty()) {
            w.name("unit").value(c.unit());
          }
          w.name("twinType").value(c.type().name());
          if (!c.nullable()) {
            w.name("constraints").beginObject().name("required").value(true).endObject();
          }
          w.endObject();
        }
        w.endArray().endObject();
      }
      w.endObject();
    }
    w.endArray().endObject();
    return sb.append('\n').toString();
  }

  /** Frictionless resource name: lower case, [a-z0-9._-]. */
  static String resourceName(String path) {
    return path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
  }
}
