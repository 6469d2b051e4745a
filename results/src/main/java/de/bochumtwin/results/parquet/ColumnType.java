package de.bochumtwin.results.parquet;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
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
  GEOMETRY_WKB("geometry as WKB (GeoParquet)");

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

  PrimitiveType parquetType(String name, boolean nullable) {
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
      default:
        throw new AssertionError(this);
    }
  }
}
