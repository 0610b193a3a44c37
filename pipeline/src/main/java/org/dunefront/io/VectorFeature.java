package org.dunefront.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One vector feature: a JTS geometry (in the layer's CRS) and its attributes in field order.
 * Attribute values are {@code Long}, {@code Double}, {@code String}, {@code Boolean} or null.
 *
 * @param geometry   the geometry (may be null for attribute-only rows)
 * @param attributes field name → value, in the layer's field order
 */
public record VectorFeature(Geometry geometry, Map<String, Object> attributes) {
    public VectorFeature {
        attributes = attributes == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The value of {@code field}, or null. */
    public Object get(String field) {
        return attributes.get(Objects.requireNonNull(field));
    }
}
