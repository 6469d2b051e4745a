package de.bochumtwin.results.parquet;

import de.bochumtwin.results.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The ordered columns of one output table, each with name, type, nullability, unit and a one-line
 * description. This object is the single source of truth: the Parquet schema ({@link #toMessageType}),
 * the self-description stored in every file ({@link #toJson}, key {@code twin.schema}) and the data
 * dictionary ({@link #toMarkdown}) are generated from it, so they cannot disagree.
 *
 * <p>Immutable; build with {@link #builder}. Names must be lower snake case and unique, descriptions one
 * line without {@code |}.
 */
public final class TableSchema {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final String name;
  private final String description;
  private final List<Column> columns;
  private final Map<String, Integer> indexByName;

  private TableSchema(String name, String description, List<Column> columns) {
    this.name = name;
    this.description = description;
    this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      idx.put(columns.get(i).name(), i);
    }
    this.indexByName = Map.copyOf(idx);
  }

  /** Starts a schema for the table {@code name} (e.g. {@code legs}; the file is {@code name.parquet}). */
  public static Builder builder(String name, String description) {
    return new Builder(name, description);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The conventional file name, {@code <name>.parquet}. */
  public String fileName() {
    return name + ".parquet";
  }

  public List<Column> columns() {
    return columns;
  }

  public int columnCount() {
    return columns.size();
  }

  public Column column(int index) {
    return columns.get(index);
  }

  /** Index of the named column; throws {@link IllegalArgumentException} listing the columns if unknown. */
  public int indexOf(String columnName) {
    Integer i = indexByName.get(columnName);
    if (i == null) {
      throw new IllegalArgumentException("table '" + name + "' has no column '" + columnName + "'; columns: " + indexByName.keySet());
    }
    return i;
  }

  /** The Parquet message type: one primitive field per column, in order. */
  public MessageType toMessageType() {
    List<Type> fields = new ArrayList<>(columns.size());
    for (Column c : columns) {
      fields.add(c.type().parquetType(c.name(), c.nullable()));
    }
    return new MessageType(name, fields);
  }

  /** Compact JSON {@code {"table":..,"description":..,"columns":[{"name","type","nullable","unit","description"}]}}. */
  public String toJson() {
    StringBuilder sb = new StringBuilder();
    JsonWriter w = JsonWriter.compact(sb);
    w.beginObject().name("table").value(name).name("description").value(description).name("columns").beginArray();
    for (Column c : columns) {
      w.beginObject().name("name").value(c.name()).name("type").value(c.type().name())
          .name("nullable").value(c.nullable()).name("unit").value(c.unit())
          .name("description").value(c.description()).endObject();
    }
    w.endArray().endObject();
    return sb.toString();
  }

  /**
   * The data-dictionary entry of this table as Markdown: a heading line {@code #### <file>}, the table
   * description, then a table with column, type, nullable, unit, description. docs/outputs.md embeds this
   * text verbatim and a test checks that it does.
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("#### `").append(fileName()).append("`\n\n").append(description).append("\n\n");
    sb.append("| column | type | nullable | unit | description |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Column c : columns) {
      sb.append("| `").append(c.name()).append("` | ").append(c.type().name()).append(" | ")
          .append(c.nullable() ? "yes" : "no").append(" | ")
          .append(c.unit().isEmpty() ? "" : "`" + c.unit() + "`").append(" | ")
          .append(c.description()).append(" |\n");
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TableSchema)) {
      return false;
    }
    TableSchema t = (TableSchema) o;
    return name.equals(t.name) && description.equals(t.description) && columns.equals(t.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns);
  }

  @Override
  public String toString() {
    return "TableSchema[" + name + ", " + columns + "]";
  }

  /** One column: name, type, nullability, unit symbol ("" when dimensionless), one-line description. */
  public static final class Column {
    private final String name;
    private final ColumnType type;
    private final boolean nullable;
    private final String unit;
    private final String description;

    private Column(String name, ColumnType type, boolean nullable, String unit, String description) {
      this.name = name;
      this.type = type;
      this.nullable = nullable;
      this.unit = unit;
      this.description = description;
    }

    public String name() {
      return name;
    }

    public ColumnType type() {
      return type;
    }

    public boolean nullable() {
      return nullable;
    }

    public String unit() {
      return unit;
    }

    public String description() {
      return description;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Column)) {
        return false;
      }
      Column c = (Column) o;
      return name.equals(c.name) && type == c.type && nullable == c.nullable && unit.equals(c.unit)
          && description.equals(c.description);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, type, nullable, unit);
    }

    @Override
    public String toString() {
      return name + ":" + type + (nullable ? "?" : "") + (unit.isEmpty() ? "" : "[" + unit + "]");
    }
  }

  /** Collects columns in order and validates each as it is added. */
  public static final class Builder {
    private final String name;
    private final String description;
    private final List<Column> columns = new ArrayList<>();

    private Builder(String name, String description) {
      this.name = checkName("table", name);
      this.description = checkText("table '" + name + "'", description);
    }

    /** Adds a column that never holds null. */
    public Builder required(String name, ColumnType type, String unit, String description) {
      return add(name, type, false, unit, description);
    }

    /** Adds a column that may hold null (see {@link ColumnBindings} for how nulls are signalled). */
    public Builder nullable(String name, ColumnType type, String unit, String description) {
      return add(name, type, true, unit, description);
    }

    private Builder add(String col, ColumnType type, boolean nullable, String unit, String desc) {
      checkName("column of table '" + name + "'", col);
      for (Column c : columns) {
        if (c.name().equals(col)) {
          throw new IllegalArgumentException("table '" + name + "': duplicate column '" + col + "'");
        }
      }
      Objects.requireNonNull(type, "type of column " + col);
      Objects.requireNonNull(unit, "unit of column " + col + " (use \"\" for none)");
      if (unit.indexOf('|') >= 0 || unit.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("column '" + col + "': unit must be one line without '|'");
      }
      columns.add(new Column(col, type, nullable, unit, checkText("column '" + col + "'", desc)));
      return this;
    }

    public TableSchema build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("table '" + name + "' has no columns");
      }
      return new TableSchema(name, description, columns);
    }

    private static String checkName(String what, String n) {
      if (n == null || !NAME.matcher(n).matches()) {
        throw new IllegalArgumentException(what + " name must be lower snake case ([a-z][a-z0-9_]*), got '" + n + "'");
      }
      return n;
    }

    private static String checkText(String what, String text) {
      if (text == null || text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('|') >= 0) {
        throw new IllegalArgumentException(what + ": description must be one non-empty line without '|', got '" + text + "'");
      }
      return text;
    }
  }
}
