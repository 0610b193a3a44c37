package org.dunefront.io;

import java.util.List;
import java.util.Objects;
import org.dunefront.grid.CrsDefinition;

/**
 * A vector layer held in memory: name, CRS, geometry type, typed fields and features in a fixed
 * order (the order they are written in).
 *
 * @param name         layer (table) name
 * @param crs          CRS of the geometries
 * @param geometryType declared geometry type
 * @param fields       attribute fields in order
 * @param features     features in order
 */
public record VectorLayer(String name, CrsDefinition crs, GeometryType geometryType, List<Field> fields,
                          List<VectorFeature> features) {

    public VectorLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(geometryType, "geometryType");
        fields = List.copyOf(fields);
        features = List.copyOf(features);
    }

    /** The field named {@code name}, if any. */
    public java.util.Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** An attribute field. */
    public record Field(String name, FieldType type) {
        public Field {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    /** Attribute types (GeoPackage: INTEGER, REAL, TEXT, BOOLEAN). */
    public enum FieldType { INTEGER, REAL, TEXT, BOOLEAN }

    /** Declared geometry types (OGC simple features). */
    public enum GeometryType { POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRY }
}
