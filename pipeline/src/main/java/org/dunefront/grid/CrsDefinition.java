package org.dunefront.grid;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A coordinate reference system as plain data: an EPSG code where one is known, and/or a WKT 2
 * (or WKT 1) text. Resolution to a full CRS object and equivalence tests live in
 * {@code org.dunefront.crs}; the grid model only carries the definition.
 *
 * @param epsg EPSG code, or 0 when none is known
 * @param wkt  WKT text, or empty when only the code is known
 */
public record CrsDefinition(int epsg, String wkt) {
    /** No CRS (the file is georeferenced in an unknown or local system). */
    public static final CrsDefinition UNKNOWN = new CrsDefinition(0, "");

    public CrsDefinition {
        if (epsg < 0) throw new IllegalArgumentException("EPSG code must be positive, got " + epsg);
        wkt = wkt == null ? "" : wkt;
    }

    public static CrsDefinition epsg(int code) {
        return new CrsDefinition(code, "");
    }

    public static CrsDefinition wkt(String wkt) {
        return new CrsDefinition(0, Objects.requireNonNull(wkt));
    }

    public OptionalInt epsgCode() {
        return epsg > 0 ? OptionalInt.of(epsg) : OptionalInt.empty();
    }

    public boolean isKnown() {
        return epsg > 0 || !wkt.isEmpty();
    }

    /** Short human-readable label: "EPSG:32648" or the first characters of the WKT. */
    public String label() {
        if (epsg > 0) return "EPSG:" + epsg;
        if (wkt.isEmpty()) return "unknown";
        int end = Math.min(wkt.length(), 60);
        return wkt.substring(0, end) + (end < wkt.length() ? "…" : "");
    }
}
