package org.dunefront.io.gpkg;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.referencing.CRS;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

/**
 * WKT 1 (OGC 01-009, the form GeoPackage's {@code gpkg_spatial_ref_sys.definition} expects) of an
 * EPSG code, from Apache SIS's embedded EPSG database, for codes NGA GeoPackage does not define.
 * Single-line, deterministic. Thread-safe (results cached).
 */
final class EpsgWkt {
    private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();

    private EpsgWkt() { }

    /** The WKT 1 of EPSG:{@code code}; IllegalArgumentException when SIS does not know it. */
    static String of(int code) {
        return CACHE.computeIfAbsent(code, EpsgWkt::lookup);
    }

    private static String lookup(int code) {
        try {
            CoordinateReferenceSystem crs = CRS.forCode("EPSG:" + code);
            WKTFormat f = new WKTFormat(null, null);
            f.setConvention(Convention.WKT1);
            f.setIndentation(WKTFormat.SINGLE_LINE);
            return f.format(crs);
        } catch (Exception e) {
            throw new IllegalArgumentException("EPSG:" + code + " is not in the EPSG database: " + e.getMessage(), e);
        }
    }
}
