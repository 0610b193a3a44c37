package org.dunefront.io.gpkg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of {@link GeoPackageWriter}.
 *
 * @param spatialIndex whether to build the GeoPackage R-tree spatial index extension per layer
 * @param styles       layer name → style written to {@code layer_styles} (insertion order kept)
 * @param timestamp    the fixed value written wherever a GeoPackage or QGIS table wants a time
 *                     ({@code gpkg_contents.last_change}, {@code layer_styles.update_time}); never the clock
 * @param primaryKey   name of the integer primary-key column ({@value #DEFAULT_PRIMARY_KEY} by default, NGA's
 *                     default; {@code "fid"} as GDAL/OGR writes, when a layer has an attribute named "id")
 */
public record GeoPackageWriteOptions(boolean spatialIndex, Map<String, LayerStyle> styles, String timestamp, String primaryKey) {
    /** The primary-key column written by default. */
    public static final String DEFAULT_PRIMARY_KEY = "id";
    /** The fixed timestamp written by default (ISO-8601, GeoPackage DATETIME format). */
    public static final String FIXED_TIMESTAMP = "2000-01-01T00:00:00.000Z";

    public GeoPackageWriteOptions {
        styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
        if (primaryKey == null || !primaryKey.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("primaryKey must be a plain column name, got " + primaryKey);
        }
        if (!timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z")) {
            throw new IllegalArgumentException("timestamp must be ISO-8601 UTC like " + FIXED_TIMESTAMP + ", got " + timestamp);
        }
    }

    /** No spatial index, no styles, the fixed timestamp. */
    public static GeoPackageWriteOptions defaults() {
        return new GeoPackageWriteOptions(false, Map.of(), FIXED_TIMESTAMP, DEFAULT_PRIMARY_KEY);
    }

    public GeoPackageWriteOptions withSpatialIndex(boolean on) {
        return new GeoPackageWriteOptions(on, styles, timestamp, primaryKey);
    }

    /** These options plus a default style for {@code layer}. */
    public GeoPackageWriteOptions withStyle(String layer, LayerStyle style) {
        Map<String, LayerStyle> m = new LinkedHashMap<>(styles);
        m.put(layer, style);
        return new GeoPackageWriteOptions(spatialIndex, m, timestamp, primaryKey);
    }

    /** These options with primary-key column {@code name}. */
    public GeoPackageWriteOptions withPrimaryKey(String name) {
        return new GeoPackageWriteOptions(spatialIndex, styles, timestamp, name);
    }
}
