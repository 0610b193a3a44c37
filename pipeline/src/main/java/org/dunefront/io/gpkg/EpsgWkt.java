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

    /**
     * WGS 84 / UTM zone N (EPSG:32601–32660 north, 32701–32760 south) written from the EPSG
     * definition pattern (the same text GDAL's {@code gdalsrsinfo -o wkt1} prints), without
     * starting the EPSG database; null for other codes.
     */
    static String wgs84Utm(int code) {
        boolean north = code >= 32601 && code <= 32660;
        boolean south = code >= 32701 && code <= 32760;
        if (!north && !south) return null;
        int zone = code % 100;
        int centralMeridian = zone * 6 - 183;
        return "PROJCS[\"WGS 84 / UTM zone " + zone + (north ? "N" : "S") + "\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
                + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
                + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
                + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\"," + centralMeridian + "],"
                + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],"
                + "PARAMETER[\"false_northing\"," + (north ? 0 : 10000000) + "],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
                + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"" + code + "\"]]";
    }

    /** The WKT 1 of EPSG:{@code code}; IllegalArgumentException when SIS does not know it. */
    static String of(int code) {
        return CACHE.computeIfAbsent(code, EpsgWkt::lookup);
    }

    private static String lookup(int code) {
        String utm = wgs84Utm(code);
        if (utm != null) return utm;
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
