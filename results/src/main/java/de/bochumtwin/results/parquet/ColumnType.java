package de.bochumtwin.results.parquet;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The value types a {@link TableSchema} column may have, with their Parquet physical type.
 * {@link #GEOMETRY_WKB} is a plain {@code BYTE_ARRAY} holding ISO WKB; what makes it a geometry for
 * readers is the GeoParquet {@code geo} file metadata, not a Parquet logical type (GeoParquet 1.1).
 */
public enum ColumnType {
  INT32("32-bit signed integer"),
  INT64("64-bit signed integer"),
  DOUBLE("64-bit IEEE float"),
  STRING("UTF-8 string"),
  BOOLEAN("boolean"),
  BINARY("byte array"),
  GEOMETRY_WKB("geometry as WKB (GeoParquet)"),
  /**
   * A bounding box struct {@code <xmin, ymin, xmax, ymax: DOUBLE>}: GeoParquet 1.1's "covering" column,
   * which lets readers skip row groups by the min/max statistics of its four fields.
   */
  BBOX("bounding box struct<xmin, ymin, xmax, ymax: double> (GeoParquet covering)");

  /** Field names of a {@link #BBOX} struct, in storage order. */
  public static final java.util.List<String> BBOX_FIELDS = java.util.List.of("xmin", "ymin", "xmax", "ymax");

  private final String description;

  ColumnType(String description) {
    this.description = description;
  }

  /** Human-readable type name used in the data dictionary. */
  public String description() {
    return description;
  }

  /** True for the types stored as Parquet {@code BYTE_ARRAY}. */
  public boolean isByteArray() {
    return this == STRING || this == BINARY || this == GEOMETRY_WKB;
  }

  Type parquetType(String name, boolean nullable) {
    Type.Repetition rep = nullable ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    switch (this) {
      case INT32:
        return Types.primitive(PrimitiveTypeName.INT32, rep).named(name);
      case INT64:
        return Types.primitive(PrimitiveTypeName.INT64, rep).named(name);
      case DOUBLE:
        return Types.primitive(PrimitiveTypeName.DOUBLE, rep).named(name);
      case BOOLEAN:
        return Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(name);
      case STRING:
        return Types.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(name);
      case BINARY:
      case GEOMETRY_WKB:
        return Types.primitive(PrimitiveTypeName.BINARY, rep).named(name);
      case BBOX: {
        Types.GroupBuilder<org.apache.parquet.schema.GroupType> g = Types.buildGroup(rep);
        for (String f : BBOX_FIELDS) {
          g = g.required(PrimitiveTypeName.DOUBLE).named(f);
        }
        return g.named(name);
      }
      default:
        throw new AssertionError(this);
    }
  }
}
