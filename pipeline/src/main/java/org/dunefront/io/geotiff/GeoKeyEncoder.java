package org.dunefront.io.geotiff;

import static org.dunefront.io.geotiff.TiffTags.*;

import java.util.Locale;
import java.util.TreeMap;
import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.referencing.CRS;
import org.apache.sis.metadata.iso.citation.Citations;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.factory.IdentifiedObjectFinder;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.opengis.metadata.Identifier;
import org.opengis.referencing.IdentifiedObject;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.util.FactoryException;

/**
 * Georeferencing tags of GeoTIFF 1.0 (OGC 19-008r4 §7): the GeoKey directory for a CRS and the
 * model tie point / pixel scale or model transformation for the geotransform.
 *
 * <p>A CRS with an EPSG code (given — common codes are classified without the EPSG database,
 * see {@link EpsgKinds} — or identified by Apache SIS from the WKT's declared
 * identifiers and names, see {@link #identify}) is written as
 * {@code ProjectedCSTypeGeoKey} or {@code GeographicTypeGeoKey} with that code. Any other CRS is
 * written the way ArcGIS does and GDAL reads back: {@code GTModelTypeGeoKey} = 32767 (user-defined)
 * and {@code PCSCitationGeoKey} = {@code "ESRI PE String = "} + the CRS as single-line WKT 1
 * (GDAL dialect: angles in degrees), produced by SIS. Raster type is always PixelIsArea.
 */
final class GeoKeyEncoder {
    /** GDAL reads at most 2400 characters of a PCSCitationGeoKey. */
    static final int MAX_PE_STRING = 2390;

    private static final java.util.Map<String, Integer> IDENTIFIED = new java.util.concurrent.ConcurrentHashMap<>();

    private GeoKeyEncoder() { }

    /** Encoded GeoKey directory, double and ASCII parameters. */
    record GeoKeys(int[] directory, double[] doubles, String ascii) { }

    /** GeoKeys for {@code crs}, or null when the CRS is unknown (no GeoKey directory is written). */
    static GeoKeys encode(CrsDefinition crs) throws FactoryException {
        if (!crs.isKnown()) return null;
        CoordinateReferenceSystem parsed = null;
        Integer code = crs.epsgCode().isPresent() ? Integer.valueOf(crs.epsg()) : null;
        if (code != null) {
            java.util.Optional<Boolean> projected = EpsgKinds.isProjected(code);
            if (projected.isPresent()) return epsg(code, projected.get(), null);
        }
        if (code == null) {
            parsed = CRS.fromWKT(crs.wkt());
            code = identify(parsed);
        }
        if (code != null) {
            CoordinateReferenceSystem byCode = CRS.forCode("EPSG:" + code);
            if (byCode instanceof ProjectedCRS || byCode instanceof GeographicCRS) {
                return epsg(code, byCode instanceof ProjectedCRS, byCode.getName().getCode());
            }
            parsed = byCode;
        }
        return userDefined(parsed);
    }

    /**
     * The EPSG code of a CRS known only by its WKT, found from the identifiers and names the WKT
     * declares (an exhaustive scan of the EPSG database takes many seconds and is not done): SIS
     * returns a code only when the EPSG definition is equal to the WKT's, ignoring metadata and
     * axis order (GeoTIFF fixes the axis order anyway). Results are cached per WKT.
     */
    static Integer identify(CoordinateReferenceSystem crs) throws FactoryException {
        String key = crs.toString();
        Integer cached = IDENTIFIED.get(key);
        if (cached != null) return cached == 0 ? null : cached;
        IdentifiedObjectFinder finder = IdentifiedObjects.newFinder("EPSG");
        finder.setSearchDomain(IdentifiedObjectFinder.Domain.DECLARATION);
        finder.setIgnoringAxes(true);
        IdentifiedObject match = finder.findSingleton(crs);
        Integer code = null;
        if (match != null) {
            Identifier id = IdentifiedObjects.getIdentifier(match, Citations.EPSG);
            if (id != null) {
                try {
                    code = Integer.valueOf(id.getCode());
                } catch (NumberFormatException e) {
                    code = null;
                }
            }
        }
        IDENTIFIED.put(key, code == null ? 0 : code);
        return code;
    }

    /**
     * Keys naming an EPSG projected or geographic CRS; {@code citation} (the CRS name) is written
     * when known, as GTCitationGeoKey.
     */
    static GeoKeys epsg(int code, boolean projected, String citation) {
        Keys k = new Keys();
        k.shortKey(GT_MODEL_TYPE, projected ? MODEL_TYPE_PROJECTED : MODEL_TYPE_GEOGRAPHIC);
        k.shortKey(GT_RASTER_TYPE, RASTER_PIXEL_IS_AREA);
        if (citation != null) k.asciiKey(GT_CITATION, citation);
        if (projected) {
            k.shortKey(PROJECTED_CS_TYPE, code);
        } else {
            k.shortKey(GEOGRAPHIC_TYPE, code);
            k.shortKey(GEOG_ANGULAR_UNITS, ANGULAR_DEGREE);
        }
        return k.build();
    }

    /** Keys carrying the CRS as an ESRI PE string (WKT 1) in PCSCitationGeoKey. */
    static GeoKeys userDefined(CoordinateReferenceSystem crs) {
        CoordinateReferenceSystem horizontal = CRS.getHorizontalComponent(crs);
        if (horizontal == null) throw new IllegalArgumentException("CRS has no horizontal component: " + crs.getName());
        String wkt = wkt1(horizontal);
        Keys k = new Keys();
        k.shortKey(GT_MODEL_TYPE, USER_DEFINED);
        k.shortKey(GT_RASTER_TYPE, RASTER_PIXEL_IS_AREA);
        k.asciiKey(PGS_CITATION, "ESRI PE String = " + wkt);
        return k.build();
    }

    /** Single-line WKT 1 in GDAL's conventions (angular units in degrees), via SIS. */
    static String wkt1(CoordinateReferenceSystem crs) {
        WKTFormat f = new WKTFormat(Locale.ROOT, null);
        f.setConvention(Convention.WKT1_IGNORE_AXES);
        f.setIndentation(WKTFormat.SINGLE_LINE);
        String wkt = f.format(crs);
        if (wkt.length() > MAX_PE_STRING) {
            throw new IllegalArgumentException("WKT 1 of " + crs.getName() + " is " + wkt.length()
                    + " characters, more than GDAL reads from a GeoTIFF citation (" + MAX_PE_STRING + ")");
        }
        if (wkt.contains("|")) throw new IllegalArgumentException("WKT contains '|', which GeoTIFF ASCII keys cannot hold");
        return wkt;
    }

    /**
     * {@code ModelPixelScale} + {@code ModelTiepoint} for north-up transforms,
     * {@code ModelTransformation} otherwise (GeoTIFF 1.0 §7.2).
     */
    static void transformTags(GeoTransform t, TiffDirectory dir) {
        if (t.isNorthUp()) {
            dir.doubles(MODEL_PIXEL_SCALE, t.pixelWidth(), -t.pixelHeight(), 0);
            dir.doubles(MODEL_TIEPOINT, 0, 0, 0, t.originX(), t.originY(), 0);
        } else {
            dir.doubles(MODEL_TRANSFORMATION,
                    t.pixelWidth(), t.rowRotation(), 0, t.originX(),
                    t.colRotation(), t.pixelHeight(), 0, t.originY(),
                    0, 0, 0, 0,
                    0, 0, 0, 1);
        }
    }

    static void geoKeyTags(GeoKeys keys, TiffDirectory dir) {
        if (keys == null) return;
        dir.shorts(GEO_KEY_DIRECTORY, keys.directory());
        if (keys.doubles().length > 0) dir.doubles(GEO_DOUBLE_PARAMS, keys.doubles());
        if (!keys.ascii().isEmpty()) dir.ascii(GEO_ASCII_PARAMS, keys.ascii());
    }

    /** Collects keys sorted by id (the directory must be sorted). */
    private static final class Keys {
        private final TreeMap<Integer, int[]> entries = new TreeMap<>();
        private final StringBuilder ascii = new StringBuilder();

        void shortKey(int id, int value) {
            entries.put(id, new int[] {id, 0, 1, value});
        }

        void asciiKey(int id, String text) {
            StringBuilder sb = new StringBuilder(text.length());
            for (char ch : text.toCharArray()) sb.append(ch == '|' ? '/' : (ch < 32 || ch > 126 ? '?' : ch));
            String clean = sb.toString();
            entries.put(id, new int[] {id, GEO_ASCII_PARAMS, clean.length() + 1, ascii.length()});
            ascii.append(clean).append('|');
        }

        GeoKeys build() {
            int[] dir = new int[4 + 4 * entries.size()];
            dir[0] = 1;
            dir[1] = 1;
            dir[2] = 0;
            dir[3] = entries.size();
            int i = 4;
            for (int[] e : entries.values()) {
                System.arraycopy(e, 0, dir, i, 4);
                i += 4;
            }
            return new GeoKeys(dir, new double[0], ascii.toString());
        }
    }
}
