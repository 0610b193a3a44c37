package org.dunefront.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One vector feature as read from a GeoPackage, GeoJSON or Shapefile layer, whichever backend read it.
 *
 * @param fid        feature id in its layer (the GeoPackage/OGR FID), or the 0-based index when the format has none
 * @param geometry   JTS geometry in the layer's CRS, or null for a feature without geometry
 * @param attributes attribute values by field name in the layer's field order: String, Long, Double,
 *                   or null for unset/null fields (dates and times as ISO-8601 strings)
 */
public record VectorFeature(long fid, Geometry geometry, Map<String, Object> attributes) {
    public VectorFeature {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute {@code name}, or null when absent or null. */
    public Object attribute(String name) {
        return attributes.get(Objects.requireNonNull(name));
    }
}
