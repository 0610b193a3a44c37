package org.dunefront.io.geotiff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.factory.IdentifiedObjectFinder;
import org.apache.sis.util.Utilities;
import org.opengis.referencing.IdentifiedObject;
import org.dunefront.grid.CrsDefinition;
import org.opengis.referencing.crs.CRSAuthorityFactory;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.datum.DatumAuthorityFactory;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.util.FactoryException;

/**
 * Builds a {@link CrsDefinition} from GeoKeys (OGC GeoTIFF 1.1 section 7), following GDAL's
 * interpretation (GDAL {@code gt_wkt_srs.cpp}):
 * <ol>
 *   <li>ProjectedCSTypeGeoKey with an EPSG code → that code;</li>
 *   <li>an "ESRI PE String = WKT" citation (ArcGIS) → that WKT;</li>
 *   <li>user-defined projected keys → a WKT 1 PROJCS built from the geographic base (EPSG code,
 *       datum or ellipsoid codes, explicit axes), the projection (ProjectionGeoKey EPSG code or
 *       ProjCoordTransGeoKey method with its parameters) and the linear unit;</li>
 *   <li>GeographicTypeGeoKey with an EPSG code → that code; user-defined geographic keys → GEOGCS.</li>
 * </ol>
 * User-defined definitions are validated with Apache SIS and identified with
 * {@link IdentifiedObjects#lookupEPSG} where an equivalent EPSG code exists. Anything not
 * understood yields {@link CrsDefinition#UNKNOWN}. Thread-safe (stateless).
 */
final class GeoKeyCrsDecoder {
    private static final String ESRI_PE = "ESRI PE String = ";
    private static final double WGS84_A = 6378137.0;
    private static final double WGS84_INVF = 298.257223563;
    private static final double GRS80_INVF = 298.257222101;
    /** Semi-major axis (m) and inverse flattening of the ellipsoids of frequent geographic CRS codes (EPSG). */
    private static final Map<Integer, double[]> COMMON_ELLIPSOIDS = Map.of(
            4326, new double[] {WGS84_A, WGS84_INVF},     // WGS 84
            4269, new double[] {WGS84_A, GRS80_INVF},     // NAD83 (GRS 1980)
            4258, new double[] {WGS84_A, GRS80_INVF},     // ETRS89 (GRS 1980)
            4490, new double[] {WGS84_A, GRS80_INVF},     // CGCS2000 (CGCS2000 ellipsoid = GRS 1980 axes)
            4267, new double[] {6378206.4, 294.978698213898}); // NAD27 (Clarke 1866)

    private GeoKeyCrsDecoder() { }

    static CrsDefinition decode(GeoKeyDirectory k) {
        if (k.isEmpty()) return CrsDefinition.UNKNOWN;
        if (k.hasCode(TiffTags.PROJECTED_CS_TYPE)) return CrsDefinition.epsg(k.code(TiffTags.PROJECTED_CS_TYPE, 0));
        String esri = esriWkt(k);
        if (esri != null) {
            CrsDefinition d = fromWkt(esri);
            if (d.isKnown()) return d;
        }
        int model = k.code(TiffTags.GT_MODEL_TYPE, 0);
        boolean projected = model == TiffTags.MODEL_TYPE_PROJECTED || k.has(TiffTags.PROJ_COORD_TRANS)
                || k.hasCode(TiffTags.PROJECTION);
        if (projected) {
            Map<String, Double> tm = new LinkedHashMap<>();
            String proj = projectionWkt(k, tm);
            if (proj == null) return CrsDefinition.UNKNOWN;
            String name = firstNonEmpty(citationPart(k.text(TiffTags.PGS_CITATION), null), k.text(TiffTags.GT_CITATION), "unnamed");
            String wkt = "PROJCS[" + quote(name) + "," + geogcsWkt(k) + "," + proj + "," + linearUnitWkt(k)
                    + ",AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]";
            return fromWkt(wkt, tm.isEmpty() ? 0 : utmCode(k, tm));
        }
        if (model == TiffTags.MODEL_TYPE_GEOGRAPHIC || k.has(TiffTags.GEOGRAPHIC_TYPE)) {
            if (k.hasCode(TiffTags.GEOGRAPHIC_TYPE) && !ellipsoidDiffersFromCode(k)) {
                return CrsDefinition.epsg(k.code(TiffTags.GEOGRAPHIC_TYPE, 0));
            }
            if (k.has(TiffTags.GEOGRAPHIC_TYPE) || k.has(TiffTags.GEOG_GEODETIC_DATUM) || k.has(TiffTags.GEOG_ELLIPSOID)
                    || k.has(TiffTags.GEOG_SEMI_MAJOR_AXIS)) {
                return fromWkt(geogcsWkt(k));
            }
        }
        return CrsDefinition.UNKNOWN;
    }

    /**
     * Validates {@code wkt} with SIS and identifies its EPSG code from its declared names and
     * identifiers only (SIS's exhaustive search scans the EPSG database for seconds per CRS);
     * UNKNOWN when SIS cannot parse the text.
     */
    static CrsDefinition fromWkt(String wkt) {
        return fromWkt(wkt, 0);
    }

    private static CrsDefinition fromWkt(String wkt, int knownCode) {
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.fromWKT(wkt);
        } catch (FactoryException | RuntimeException e) {
            return CrsDefinition.UNKNOWN;
        }
        int code = knownCode;
        if (code == 0) {
            try {
                IdentifiedObjectFinder finder = IdentifiedObjects.newFinder("EPSG");
                finder.setSearchDomain(IdentifiedObjectFinder.Domain.DECLARATION);
                IdentifiedObject found = finder.findSingleton(crs);
                if (found != null && Utilities.equalsIgnoreMetadata(found, crs)) {
                    Integer c = IdentifiedObjects.lookupEPSG(found);
                    if (c != null) code = c;
                }
            } catch (FactoryException | RuntimeException ignored) {
                // not identifiable: keep the WKT alone
            }
        }
        return new CrsDefinition(code, wkt);
    }

    /**
     * EPSG code of a user-defined UTM definition on WGS 84, NAD83 or NAD27 (given by their EPSG
     * geographic CRS or datum code), or 0. GeoTIFF writers often spell UTM zones out this way.
     */
    private static int utmCode(GeoKeyDirectory k, Map<String, Double> tm) {
        if (hasEllipsoidOverride(k) && !k.hasCode(TiffTags.GEOGRAPHIC_TYPE)) return 0;
        int gcs = k.code(TiffTags.GEOGRAPHIC_TYPE, 0);
        int datum = k.code(TiffTags.GEOG_GEODETIC_DATUM, 0);
        int base = gcs == 4326 || datum == 6326 ? 32600 : gcs == 4269 || datum == 6269 ? 26900
                : gcs == 4267 || datum == 6267 ? 26700 : 0;
        if (base == 0 || tm.get("latitude_of_origin") != 0 || tm.get("scale_factor") != 0.9996
                || tm.get("false_easting") != 500000) return 0;
        double zone = (tm.get("central_meridian") + 183) / 6;
        if (zone != Math.rint(zone) || zone < 1 || zone > 60) return 0;
        double fn = tm.get("false_northing");
        if (fn == 0) return base + (int) zone;
        if (fn == 10_000_000 && base == 32600) return 32700 + (int) zone;
        return 0;
    }

    private static String esriWkt(GeoKeyDirectory k) {
        for (int key : new int[] {TiffTags.PGS_CITATION, TiffTags.GT_CITATION, TiffTags.GEOG_CITATION}) {
            String c = k.text(key);
            int i = c.indexOf(ESRI_PE);
            if (i >= 0) return stripVerticalCs(c.substring(i + ESRI_PE.length()).trim());
        }
        return null;
    }

    /** ArcGIS sometimes nests a VERTCS inside the PROJCS; WKT 1 parsers reject it, so drop it. */
    static String stripVerticalCs(String wkt) {
        int v = wkt.indexOf(",VERTCS[");
        if (v < 0) return wkt;
        int depth = 0;
        for (int i = v + 1; i < wkt.length(); i++) {
            char ch = wkt.charAt(i);
            if (ch == '[') depth++;
            else if (ch == ']' && --depth == 0) return wkt.substring(0, v) + wkt.substring(i + 1);
        }
        return wkt;
    }

    /** True when explicit ellipsoid keys contradict the ellipsoid of GeographicTypeGeoKey's EPSG code. */
    private static boolean ellipsoidDiffersFromCode(GeoKeyDirectory k) {
        if (!hasEllipsoidOverride(k)) return false;
        double[] known = COMMON_ELLIPSOIDS.get(k.code(TiffTags.GEOGRAPHIC_TYPE, 0));
        if (known != null) {
            // common codes answered without starting the EPSG database (seconds on first use)
            double a = k.number(TiffTags.GEOG_SEMI_MAJOR_AXIS);
            double invf = k.number(TiffTags.GEOG_INV_FLATTENING);
            double b = k.number(TiffTags.GEOG_SEMI_MINOR_AXIS);
            boolean sameA = Double.isNaN(a) || Math.abs(a - known[0]) <= 1e-9 * a;
            boolean sameF = Double.isNaN(invf) || Math.abs(invf - known[1]) <= 1e-9 * invf;
            boolean sameB = Double.isNaN(b) || Math.abs(b - known[0] * (1 - 1 / known[1])) <= 1e-6;
            return !(sameA && sameF && sameB);
        }
        try {
            if (CRS.forCode("EPSG:" + k.code(TiffTags.GEOGRAPHIC_TYPE, 0)) instanceof GeographicCRS g) {
                Ellipsoid e = g.getDatum().getEllipsoid();
                double a = k.number(TiffTags.GEOG_SEMI_MAJOR_AXIS);
                double invf = k.number(TiffTags.GEOG_INV_FLATTENING);
                double b = k.number(TiffTags.GEOG_SEMI_MINOR_AXIS);
                boolean sameA = Double.isNaN(a) || Math.abs(a - e.getSemiMajorAxis()) <= 1e-9 * a;
                boolean sameF = Double.isNaN(invf) || Math.abs(invf - e.getInverseFlattening()) <= 1e-9 * invf;
                boolean sameB = Double.isNaN(b) || Math.abs(b - e.getSemiMinorAxis()) <= 1e-9 * b;
                return !(sameA && sameF && sameB);
            }
        } catch (FactoryException | RuntimeException e) {
            return true;
        }
        return true;
    }

    private static boolean hasEllipsoidOverride(GeoKeyDirectory k) {
        return k.has(TiffTags.GEOG_SEMI_MAJOR_AXIS) || k.has(TiffTags.GEOG_INV_FLATTENING)
                || k.has(TiffTags.GEOG_SEMI_MINOR_AXIS);
    }

    // ---------------------------------------------------------------- geographic base

    private static String geogcsWkt(GeoKeyDirectory k) {
        String citation = k.text(TiffTags.GEOG_CITATION);
        String gcsName = firstNonEmpty(citationPart(citation, "GCS Name"), citation.contains("=") ? "" : citation, "unknown");
        String datumName = firstNonEmpty(citationPart(citation, "Datum"), "unknown");
        String ellName = firstNonEmpty(citationPart(citation, "Ellipsoid"), "unknown");
        double a = WGS84_A, invf = WGS84_INVF, pm = 0;
        boolean ellipsoidKnown = false;
        GeodeticDatum datum = null;
        try {
            if (k.hasCode(TiffTags.GEOGRAPHIC_TYPE)) {
                CoordinateReferenceSystem base = CRS.forCode("EPSG:" + k.code(TiffTags.GEOGRAPHIC_TYPE, 0));
                if (base instanceof GeographicCRS g) {
                    datum = g.getDatum();
                    gcsName = g.getName().getCode();
                }
            } else if (k.hasCode(TiffTags.GEOG_GEODETIC_DATUM) && epsgDatums() != null) {
                datum = epsgDatums().createGeodeticDatum(String.valueOf(k.code(TiffTags.GEOG_GEODETIC_DATUM, 0)));
            }
            if (datum != null) {
                datumName = datum.getName().getCode();
                Ellipsoid e = datum.getEllipsoid();
                ellName = e.getName().getCode();
                a = e.getSemiMajorAxis();
                invf = e.getInverseFlattening();
                pm = datum.getPrimeMeridian().getGreenwichLongitude();
                ellipsoidKnown = true;
            }
            if (k.hasCode(TiffTags.GEOG_ELLIPSOID) && epsgDatums() != null) {
                Ellipsoid e = epsgDatums().createEllipsoid(String.valueOf(k.code(TiffTags.GEOG_ELLIPSOID, 0)));
                ellName = e.getName().getCode();
                a = e.getSemiMajorAxis();
                invf = e.getInverseFlattening();
                ellipsoidKnown = true;
            }
        } catch (FactoryException | RuntimeException e) {
            // fall back to the explicit keys below
        }
        double sa = k.number(TiffTags.GEOG_SEMI_MAJOR_AXIS);
        double sb = k.number(TiffTags.GEOG_SEMI_MINOR_AXIS);
        double sf = k.number(TiffTags.GEOG_INV_FLATTENING);
        if (!Double.isNaN(sa) && sa > 0) {
            a = sa;
            if (!Double.isNaN(sf)) invf = sf;
            else if (!Double.isNaN(sb) && sb > 0) invf = sb == sa ? 0 : sa / (sa - sb);
            else if (!ellipsoidKnown) invf = 0;
        }
        double pmKey = k.number(TiffTags.GEOG_PRIME_MERIDIAN_LONG);
        if (!Double.isNaN(pmKey)) pm = pmKey;
        StringBuilder sb2 = new StringBuilder("GEOGCS[").append(quote(gcsName))
                .append(",DATUM[").append(quote(datumName))
                .append(",SPHEROID[").append(quote(ellName)).append(',').append(num(a)).append(',').append(num(invf)).append(']');
        double[] towgs = k.numbers(TiffTags.GEOG_TOWGS84);
        if (towgs.length == 3 || towgs.length == 7) {
            sb2.append(",TOWGS84[");
            for (int i = 0; i < 7; i++) sb2.append(i > 0 ? "," : "").append(num(i < towgs.length ? towgs[i] : 0));
            sb2.append(']');
        }
        sb2.append("],PRIMEM[\"Greenwich\",").append(num(pm)).append("],UNIT[\"degree\",0.0174532925199433]]");
        return sb2.toString();
    }

    private static DatumAuthorityFactory epsgDatums() throws FactoryException {
        CRSAuthorityFactory f = CRS.getAuthorityFactory("EPSG");
        return f instanceof DatumAuthorityFactory d ? d : null;
    }

    // ---------------------------------------------------------------- projection

    /** PROJECTION[...] and PARAMETER[...] entries, or null when the projection is not understood. */
    private static String projectionWkt(GeoKeyDirectory k, Map<String, Double> transverseMercator) {
        int code = k.code(TiffTags.PROJECTION, 0);
        if (code > 16000 && code <= 16060 || code > 16100 && code <= 16160) {
            boolean south = code > 16100;
            int zone = south ? code - 16100 : code - 16000;
            Map<String, Double> p = params("latitude_of_origin", 0.0, "central_meridian", -183.0 + 6 * zone,
                    "scale_factor", 0.9996, "false_easting", 500000.0, "false_northing", south ? 10000000.0 : 0.0);
            transverseMercator.putAll(p);
            return wktProjection("Transverse_Mercator", p);
        }
        int ct = k.code(TiffTags.PROJ_COORD_TRANS, 0);
        double angle = angularFactor(k);
        ProjParams p = new ProjParams(k, angle);
        return switch (ct) {
            case 1 -> {
                Map<String, Double> m = p.origin("latitude_of_origin", "central_meridian", true);
                transverseMercator.putAll(m);
                yield wktProjection("Transverse_Mercator", m);
            }
            case 27 -> wktProjection("Transverse_Mercator_South_Orientated", p.origin("latitude_of_origin", "central_meridian", true));
            case 3 -> wktProjection("Hotine_Oblique_Mercator", p.obliqueMercator());
            case 7 -> p.has(TiffTags.PROJ_STD_PARALLEL1) && !p.has(TiffTags.PROJ_SCALE_AT_NAT_ORIGIN)
                    ? wktProjection("Mercator_2SP", p.mercator2sp())
                    : wktProjection("Mercator_1SP", p.mercator1sp());
            case 8 -> wktProjection("Lambert_Conformal_Conic_2SP", p.conic("latitude_of_origin", "central_meridian", true));
            case 9 -> wktProjection("Lambert_Conformal_Conic_1SP", p.origin("latitude_of_origin", "central_meridian", true));
            case 10 -> wktProjection("Lambert_Azimuthal_Equal_Area", p.center("latitude_of_center", "longitude_of_center"));
            case 11 -> wktProjection("Albers_Conic_Equal_Area", p.conic("latitude_of_center", "longitude_of_center", false));
            case 12 -> wktProjection("Azimuthal_Equidistant", p.center("latitude_of_center", "longitude_of_center"));
            case 14 -> wktProjection("Stereographic", p.origin("latitude_of_origin", "central_meridian", true));
            case 15 -> wktProjection("Polar_Stereographic", p.polar());
            case 16 -> wktProjection("Oblique_Stereographic", p.origin("latitude_of_origin", "central_meridian", true));
            case 17 -> wktProjection("Equirectangular", p.equirectangular());
            case 18 -> wktProjection("Cassini_Soldner", p.origin("latitude_of_origin", "central_meridian", false));
            case 19 -> wktProjection("Gnomonic", p.origin("latitude_of_origin", "central_meridian", false));
            case 20 -> wktProjection("Miller_Cylindrical", p.longitudeOnly());
            case 21 -> wktProjection("Orthographic", p.origin("latitude_of_origin", "central_meridian", false));
            case 22 -> wktProjection("Polyconic", p.origin("latitude_of_origin", "central_meridian", false));
            case 23 -> wktProjection("Robinson", p.longitudeOnly());
            case 24 -> wktProjection("Sinusoidal", p.longitudeOnly());
            case 25 -> wktProjection("VanDerGrinten", p.longitudeOnly());
            case 26 -> wktProjection("New_Zealand_Map_Grid", p.origin("latitude_of_origin", "central_meridian", false));
            default -> null;
        };
    }

    /** Projection parameters with GDAL's fallbacks between the natural-origin, false-origin and centre keys. */
    private static final class ProjParams {
        private final GeoKeyDirectory k;
        private final double angle;

        ProjParams(GeoKeyDirectory k, double angle) {
            this.k = k;
            this.angle = angle;
        }

        boolean has(int key) {
            return k.has(key);
        }

        double first(double dflt, int... keys) {
            for (int key : keys) {
                double v = k.number(key);
                if (!Double.isNaN(v)) return v;
            }
            return dflt;
        }

        double ang(int... keys) {
            return first(0, keys) * angle;
        }

        double falseEasting() {
            return first(0, TiffTags.PROJ_FALSE_EASTING, TiffTags.PROJ_CENTER_EASTING, TiffTags.PROJ_FALSE_ORIGIN_EASTING);
        }

        double falseNorthing() {
            return first(0, TiffTags.PROJ_FALSE_NORTHING, TiffTags.PROJ_CENTER_NORTHING, TiffTags.PROJ_FALSE_ORIGIN_NORTHING);
        }

        Map<String, Double> origin(String latName, String lonName, boolean withScale) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put(latName, ang(TiffTags.PROJ_NAT_ORIGIN_LAT, TiffTags.PROJ_FALSE_ORIGIN_LAT, TiffTags.PROJ_CENTER_LAT));
            m.put(lonName, ang(TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_FALSE_ORIGIN_LONG, TiffTags.PROJ_CENTER_LONG));
            if (withScale) m.put("scale_factor", first(1, TiffTags.PROJ_SCALE_AT_NAT_ORIGIN, TiffTags.PROJ_SCALE_AT_CENTER));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> center(String latName, String lonName) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put(latName, ang(TiffTags.PROJ_CENTER_LAT, TiffTags.PROJ_NAT_ORIGIN_LAT, TiffTags.PROJ_FALSE_ORIGIN_LAT));
            m.put(lonName, ang(TiffTags.PROJ_CENTER_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_FALSE_ORIGIN_LONG));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> conic(String latName, String lonName, boolean falseOriginFirst) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("standard_parallel_1", ang(TiffTags.PROJ_STD_PARALLEL1));
            m.put("standard_parallel_2", ang(TiffTags.PROJ_STD_PARALLEL2));
            if (falseOriginFirst) {
                m.put(latName, ang(TiffTags.PROJ_FALSE_ORIGIN_LAT, TiffTags.PROJ_NAT_ORIGIN_LAT, TiffTags.PROJ_CENTER_LAT));
                m.put(lonName, ang(TiffTags.PROJ_FALSE_ORIGIN_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_CENTER_LONG));
                m.put("false_easting", first(0, TiffTags.PROJ_FALSE_ORIGIN_EASTING, TiffTags.PROJ_FALSE_EASTING, TiffTags.PROJ_CENTER_EASTING));
                m.put("false_northing", first(0, TiffTags.PROJ_FALSE_ORIGIN_NORTHING, TiffTags.PROJ_FALSE_NORTHING, TiffTags.PROJ_CENTER_NORTHING));
            } else {
                m.put(latName, ang(TiffTags.PROJ_NAT_ORIGIN_LAT, TiffTags.PROJ_FALSE_ORIGIN_LAT, TiffTags.PROJ_CENTER_LAT));
                m.put(lonName, ang(TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_FALSE_ORIGIN_LONG, TiffTags.PROJ_CENTER_LONG));
                m.put("false_easting", first(0, TiffTags.PROJ_FALSE_EASTING, TiffTags.PROJ_FALSE_ORIGIN_EASTING, TiffTags.PROJ_CENTER_EASTING));
                m.put("false_northing", first(0, TiffTags.PROJ_FALSE_NORTHING, TiffTags.PROJ_FALSE_ORIGIN_NORTHING, TiffTags.PROJ_CENTER_NORTHING));
            }
            return m;
        }

        Map<String, Double> mercator1sp() {
            Map<String, Double> m = new LinkedHashMap<>();
            // GDAL ignores a non-zero latitude of natural origin for Mercator (1SP): EPSG 9804 fixes it at 0.
            m.put("latitude_of_origin", 0.0);
            m.put("central_meridian", ang(TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_FALSE_ORIGIN_LONG, TiffTags.PROJ_CENTER_LONG));
            m.put("scale_factor", first(1, TiffTags.PROJ_SCALE_AT_NAT_ORIGIN, TiffTags.PROJ_SCALE_AT_CENTER));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> mercator2sp() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("standard_parallel_1", ang(TiffTags.PROJ_STD_PARALLEL1));
            m.put("central_meridian", ang(TiffTags.PROJ_NAT_ORIGIN_LONG, TiffTags.PROJ_FALSE_ORIGIN_LONG, TiffTags.PROJ_CENTER_LONG));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> obliqueMercator() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("latitude_of_center", ang(TiffTags.PROJ_CENTER_LAT, TiffTags.PROJ_NAT_ORIGIN_LAT));
            m.put("longitude_of_center", ang(TiffTags.PROJ_CENTER_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG));
            double az = ang(TiffTags.PROJ_AZIMUTH_ANGLE);
            m.put("azimuth", az);
            m.put("rectified_grid_angle", has(TiffTags.PROJ_STRAIGHT_VERT_POLE_LONG) ? ang(TiffTags.PROJ_STRAIGHT_VERT_POLE_LONG) : az);
            m.put("scale_factor", first(1, TiffTags.PROJ_SCALE_AT_CENTER, TiffTags.PROJ_SCALE_AT_NAT_ORIGIN));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> polar() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("latitude_of_origin", ang(TiffTags.PROJ_NAT_ORIGIN_LAT, TiffTags.PROJ_FALSE_ORIGIN_LAT, TiffTags.PROJ_CENTER_LAT));
            m.put("central_meridian", ang(TiffTags.PROJ_STRAIGHT_VERT_POLE_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG));
            m.put("scale_factor", first(1, TiffTags.PROJ_SCALE_AT_NAT_ORIGIN));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> equirectangular() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("standard_parallel_1", ang(TiffTags.PROJ_STD_PARALLEL1));
            m.put("central_meridian", ang(TiffTags.PROJ_CENTER_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }

        Map<String, Double> longitudeOnly() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("central_meridian", ang(TiffTags.PROJ_CENTER_LONG, TiffTags.PROJ_NAT_ORIGIN_LONG));
            m.put("false_easting", falseEasting());
            m.put("false_northing", falseNorthing());
            return m;
        }
    }

    private static Map<String, Double> params(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Double) kv[i + 1]);
        return m;
    }

    private static String wktProjection(String method, Map<String, Double> params) {
        StringBuilder sb = new StringBuilder("PROJECTION[").append(quote(method)).append(']');
        params.forEach((n, v) -> sb.append(",PARAMETER[").append(quote(n)).append(',').append(num(v)).append(']'));
        return sb.toString();
    }

    /** Factor converting projection angles in GeogAngularUnits to degrees. */
    private static double angularFactor(GeoKeyDirectory k) {
        return switch (k.code(TiffTags.GEOG_ANGULAR_UNITS, 9102)) {
            case 9101 -> 180 / Math.PI;  // radian
            case 9105 -> 0.9;            // grad
            default -> 1;                // degree (9102) and variants
        };
    }

    private static String linearUnitWkt(GeoKeyDirectory k) {
        double size = k.number(TiffTags.PROJ_LINEAR_UNIT_SIZE);
        return switch (k.code(TiffTags.PROJ_LINEAR_UNITS, 9001)) {
            case 9002 -> "UNIT[\"foot\",0.3048]";
            case 9003 -> "UNIT[\"US survey foot\",0.304800609601219]";
            case 9036 -> "UNIT[\"kilometre\",1000]";
            case TiffTags.USER_DEFINED -> Double.isNaN(size) ? "UNIT[\"metre\",1]" : "UNIT[\"unit\"," + num(size) + "]";
            default -> "UNIT[\"metre\",1]";
        };
    }

    // ---------------------------------------------------------------- text helpers

    /** Value of "key = value" inside a GDAL/ESRI style citation ("GCS Name = x|Datum = y|..."); a bare citation when key is null. */
    private static String citationPart(String citation, String key) {
        if (citation == null || citation.isEmpty()) return "";
        if (key == null) {
            if (citation.contains(ESRI_PE)) return citation.substring(0, citation.indexOf('|') < 0 ? citation.length() : citation.indexOf('|'));
            int bar = citation.indexOf('|');
            return bar < 0 ? citation : citation.substring(0, bar);
        }
        for (String part : citation.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(key)) return part.substring(eq + 1).trim();
        }
        return "";
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x;
        return "";
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "'") + '"';
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        return Double.toString(v);
    }
}
