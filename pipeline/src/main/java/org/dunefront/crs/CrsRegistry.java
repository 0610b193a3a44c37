package org.dunefront.crs;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.metadata.iso.citation.Citations;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.factory.IdentifiedObjectFinder;
import org.apache.sis.util.Utilities;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.opengis.referencing.IdentifiedObject;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.util.FactoryException;
import org.opengis.util.NoSuchIdentifierException;

/**
 * Resolves {@link CrsDefinition}s to Apache SIS coordinate reference systems, identifies EPSG codes,
 * formats WKT and tests equivalence. Resolved CRSs and identifications are cached (concurrent maps), so
 * repeated calls are cheap; the first EPSG look-up starts SIS's embedded Derby database (about 2 s).
 *
 * <h2>Axis order</h2>
 * {@link #resolve} returns the {@link AxesConvention#DISPLAY_ORIENTED} variant of the CRS: x = easting or
 * longitude, y = northing or latitude, whatever the EPSG database says (EPSG:4326 is latitude first there,
 * the CGCS2000 Gauss-Krüger CRSs EPSG:4491–4554 are northing first). {@link #resolveAsDefined} returns the
 * CRS exactly as defined, for formatting and identification.
 *
 * <h2>Equivalence</h2>
 * Two definitions are {@linkplain #equivalent equivalent} when their display-oriented CRSs are equal
 * ignoring metadata (names, identifiers, scope, remarks; SIS's {@code ComparisonMode.IGNORE_METADATA} — datum
 * identity still counts), or when both identify as the same EPSG code. NAD83 / UTM 12N (EPSG:26912) and
 * WGS 84 / UTM 12N (EPSG:32612) are therefore <em>not</em> equivalent: their datums differ (by about 1 m
 * in Utah), and alignment reprojects between them.
 *
 * <p>Thread-safe.
 */
public final class CrsRegistry {

    private static final Map<CrsDefinition, CoordinateReferenceSystem> AS_DEFINED = new ConcurrentHashMap<>();
    private static final Map<CrsDefinition, CoordinateReferenceSystem> DISPLAY = new ConcurrentHashMap<>();
    private static final Map<CrsDefinition, Integer> IDENTIFIED = new ConcurrentHashMap<>();

    private CrsRegistry() { }

    /**
     * Parses user text: {@code "EPSG:32648"}, {@code "epsg:4326"}, a bare number, or WKT.
     *
     * @param source what the text comes from (file or configuration key), for messages
     * @throws InputDataException when the text is neither
     */
    public static CrsDefinition parse(String text, String source) {
        String t = text == null ? "" : text.trim();
        String u = t.toUpperCase(Locale.ROOT);
        String digits = u.startsWith("EPSG:") ? u.substring(5).trim() : u;
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            CrsDefinition d = CrsDefinition.epsg(Integer.parseInt(digits));
            resolveAsDefined(d, source);
            return d;
        }
        if (t.contains("[")) {
            CrsDefinition d = CrsDefinition.wkt(t);
            resolveAsDefined(d, source);
            return d;
        }
        throw new InputDataException(source, "'" + t + "' is not a coordinate reference system",
                "Give an EPSG code such as EPSG:32648 or WKT text (gdalsrsinfo -o wkt2 prints it)");
    }

    /** The display-oriented (x = east, y = north) CRS of {@code def}. */
    public static CoordinateReferenceSystem resolve(CrsDefinition def, String source) {
        CoordinateReferenceSystem c = DISPLAY.get(def);
        if (c != null) return c;
        c = AbstractCRS.castOrCopy(resolveAsDefined(def, source)).forConvention(AxesConvention.DISPLAY_ORIENTED);
        CoordinateReferenceSystem raced = DISPLAY.putIfAbsent(def, c);
        return raced != null ? raced : c;
    }

    /** The CRS of {@code def} as defined (EPSG axis order for codes, WKT axis order for WKT). */
    public static CoordinateReferenceSystem resolveAsDefined(CrsDefinition def, String source) {
        CoordinateReferenceSystem c = AS_DEFINED.get(def);
        if (c != null) return c;
        c = create(def, source);
        CoordinateReferenceSystem raced = AS_DEFINED.putIfAbsent(def, c);
        return raced != null ? raced : c;
    }

    private static CoordinateReferenceSystem create(CrsDefinition def, String source) {
        if (def.epsg() > 0) return fromEpsg(def.epsg(), source);
        if (def.wkt().isEmpty()) {
            throw new InputDataException(source, "has no coordinate reference system",
                    "Assign one (e.g. gdal_edit.py -a_srs EPSG:32648 FILE) or set the CRS in the configuration");
        }
        return fromWkt(def.wkt(), source);
    }

    private static CoordinateReferenceSystem fromEpsg(int code, String source) {
        try {
            return CRS.forCode("EPSG:" + code);
        } catch (NoSuchIdentifierException e) {
            throw new InputDataException(source, "EPSG:" + code + " is not in the EPSG database bundled with Apache SIS",
                    "Check the code at https://epsg.org, or give the CRS as WKT", e);
        } catch (FactoryException e) {
            throw new InputDataException(source, "EPSG:" + code + " cannot be built: " + e.getMessage(),
                    "Check the code at https://epsg.org, or give the CRS as WKT", e);
        }
    }

    private static CoordinateReferenceSystem fromWkt(String wkt, String source) {
        FactoryException first;
        try {
            return CRS.fromWKT(wkt);
        } catch (FactoryException | RuntimeException e) {
            first = e instanceof FactoryException fe ? fe : new FactoryException(e.getMessage(), e);
        }
        try {
            return CRS.fromWKT(WktNormalizer.normalize(wkt));
        } catch (FactoryException | RuntimeException e) {
            int code = WktNormalizer.topLevelEpsg(wkt);
            if (code > 0) return fromEpsg(code, source);
            first.addSuppressed(e);
        }
        throw new InputDataException(source, "cannot parse the coordinate reference system WKT (" + first.getMessage() + ")",
                "Give the CRS as an EPSG code (e.g. EPSG:32648) or as WKT 1 / WKT 2 text as printed by gdalsrsinfo", first);
    }

    /**
     * The EPSG code of {@code def}: the declared code, else SIS's identification of the WKT in the EPSG
     * database (axis order ignored), else — for a Transverse Mercator CRS whose datum is not recognised,
     * such as NLCD's "UTM Zone 12, Northern Hemisphere" on an unnamed GRS 1980 datum — the member of the
     * usual UTM / Gauss-Krüger families with the same ellipsoid and projection parameters
     * (see {@link EpsgFamilies}).
     */
    public static OptionalInt identifyEpsg(CrsDefinition def, String source) {
        if (def.epsg() > 0) return OptionalInt.of(def.epsg());
        Integer cached = IDENTIFIED.get(def);
        if (cached == null) {
            cached = identify(resolveAsDefined(def, source));
            IDENTIFIED.putIfAbsent(def, cached);
        }
        return cached > 0 ? OptionalInt.of(cached) : OptionalInt.empty();
    }

    private static int identify(CoordinateReferenceSystem crs) {
        try {
            Integer direct = IdentifiedObjects.lookupEPSG(crs);
            if (direct != null) return direct;
            IdentifiedObjectFinder finder = IdentifiedObjects.newFinder("EPSG");
            finder.setIgnoringAxes(true);
            Set<IdentifiedObject> found = finder.find(crs);
            int best = 0;
            for (IdentifiedObject o : found) {
                Integer c = IdentifiedObjects.lookupEPSG(o);
                if (c != null && (best == 0 || c < best)) best = c;
            }
            if (best > 0) return best;
        } catch (FactoryException e) {
            // fall through to the family heuristics
        }
        if (crs instanceof ProjectedCRS p) return EpsgFamilies.identify(p);
        return 0;
    }

    /**
     * True when {@code a} and {@code b} denote the same CRS for Dunefront's purposes: equal ignoring
     * metadata and axis order, or identified as the same EPSG code. Two unknown CRSs are equivalent
     * (same local system); an unknown and a known one are not.
     */
    public static boolean equivalent(CrsDefinition a, CrsDefinition b) {
        if (a.equals(b)) return true;
        if (!a.isKnown() || !b.isKnown()) return false;
        CoordinateReferenceSystem ca = resolve(a, a.label()), cb = resolve(b, b.label());
        if (Utilities.equalsIgnoreMetadata(ca, cb)) return true;
        OptionalInt ia = identifyEpsg(a, a.label()), ib = identifyEpsg(b, b.label());
        return ia.isPresent() && ib.isPresent() && ia.getAsInt() == ib.getAsInt();
    }

    /** True for a geographic (longitude/latitude) CRS. */
    public static boolean isGeographic(CrsDefinition def, String source) {
        return resolveAsDefined(def, source) instanceof GeographicCRS;
    }

    /** WKT 2 (ISO 19162:2015, the version SIS 1.4 writes) of the CRS as defined: the storage form. */
    public static String toWkt2(CrsDefinition def, String source) {
        WKTFormat f = new WKTFormat(Locale.ROOT, null);
        f.setConvention(Convention.WKT2);
        return f.format(resolveAsDefined(def, source));
    }

    /**
     * WKT 1 with ESRI names and common units (degrees for angles), the flavour GeoTIFF citation keys and
     * {@code .prj} files expect.
     */
    public static String toWkt1Esri(CrsDefinition def, String source) {
        WKTFormat f = new WKTFormat(Locale.ROOT, null);
        f.setConvention(Convention.WKT1_COMMON_UNITS);
        f.setNameAuthority(Citations.ESRI);
        f.setIndentation(WKTFormat.SINGLE_LINE);
        return f.format(resolveAsDefined(def, source));
    }

    /** "EPSG:32612 (WGS 84 / UTM zone 12N)" or the CRS name. */
    public static String describe(CrsDefinition def, String source) {
        CoordinateReferenceSystem c = resolveAsDefined(def, source);
        String name = c.getName().getCode();
        return def.epsg() > 0 ? "EPSG:" + def.epsg() + " (" + name + ")" : name;
    }

    /** {@link #describe} when the definition resolves, else its label (for messages that must not fail). */
    public static String describeOrLabel(CrsDefinition def) {
        try {
            return def.isKnown() ? describe(def, def.label()) : "an unknown CRS";
        } catch (RuntimeException e) {
            return def.label();
        }
    }
}
