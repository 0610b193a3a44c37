package org.dunefront.crs;

import java.util.Locale;

import org.apache.sis.measure.Units;
import org.apache.sis.parameter.Parameters;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.datum.BursaWolfParameters;
import org.apache.sis.referencing.datum.DefaultGeodeticDatum;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.cs.CartesianCS;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.util.FactoryException;

/**
 * Identifies Transverse Mercator CRSs whose datum is unnamed or unrecognised (so that SIS's EPSG finder
 * cannot match them) by their ellipsoid and projection parameters, within the families analysts meet:
 * <ul>
 *   <li>WGS 84 ellipsoid, k = 0.9996, FE = 500 000 m: WGS 84 / UTM, EPSG:32601–32660 (north) and
 *       32701–32760 (south, FN = 10 000 000 m);</li>
 *   <li>GRS 1980 ellipsoid, UTM: NAD83 / UTM zones 1–23 N (EPSG:26901–26923), ETRS89 / UTM zones 28–38 N
 *       (EPSG:25828–25838);</li>
 *   <li>GRS 1980 / CGCS2000 ellipsoid (identical a and 1/f), k = 1 (Gauss-Krüger): CGCS2000 zones with
 *       zone-prefixed false easting (EPSG:4491–4501 for 6° zones 13–23, 4513–4533 for 3° zones 25–45), and
 *       the truncated "CM" forms (FE = 500 000 m) as 3-degree CM 75°E–135°E (EPSG:4534–4554).</li>
 * </ul>
 * Only datums without a non-null TOWGS84 shift qualify. The datum is inferred from the ellipsoid, which is a
 * convention, not a proof: a GRS 1980 UTM 12N grid
 * is taken as NAD83 (as NLCD's user-defined CRS is meant), not NAD83(CSRS) or ITRF. The candidate is verified
 * against the EPSG database's definition before it is returned. Package-private, stateless, thread-safe.
 */
final class EpsgFamilies {
    private static final double WGS84_INVF = 298.257223563;
    private static final double GRS80_INVF = 298.257222101;

    private EpsgFamilies() { }

    /** The EPSG code, or 0 when the CRS belongs to none of the families. */
    static int identify(ProjectedCRS crs) {
        if (hasDatumShift(crs)) return 0;
        double[] p = parameters(crs);
        if (p == null) return 0;
        int candidate = candidate(p);
        if (candidate == 0) return 0;
        try {
            if (CRS.forCode("EPSG:" + candidate) instanceof ProjectedCRS ref) {
                double[] q = parameters(ref);
                if (q != null && same(p, q)) return candidate;
            }
        } catch (FactoryException e) {
            return 0;
        }
        return 0;
    }

    /**
     * True when the datum carries a non-null shift to WGS 84 (TOWGS84): such a datum is a definite,
     * different datum, and must not be identified with the family member by its ellipsoid alone.
     */
    private static boolean hasDatumShift(ProjectedCRS crs) {
        if (crs.getBaseCRS().getDatum() instanceof DefaultGeodeticDatum d) {
            for (BursaWolfParameters bw : d.getBursaWolfParameters()) {
                if (!bw.isIdentity()) return true;
            }
        }
        return false;
    }

    /** {a m, 1/f, lat0 °, cm °, k, FE m, FN m} of a Transverse Mercator CRS in metres, or null. */
    static double[] parameters(ProjectedCRS crs) {
        String method = crs.getConversionFromBase().getMethod().getName().getCode().toLowerCase(Locale.ROOT);
        if (!method.contains("transverse mercator") || method.contains("south")) return null;
        CartesianCS cs = crs.getCoordinateSystem();
        if (!Units.METRE.equals(cs.getAxis(0).getUnit()) || !Units.METRE.equals(cs.getAxis(1).getUnit())) {
            return null;
        }
        Ellipsoid e = crs.getBaseCRS().getDatum().getEllipsoid();
        if (!Units.METRE.equals(e.getAxisUnit())) return null;
        Parameters pv = Parameters.castOrWrap(crs.getConversionFromBase().getParameterValues());
        try {
            return new double[] {
                e.getSemiMajorAxis(), e.getInverseFlattening(),
                pv.parameter("Latitude of natural origin").doubleValue(Units.DEGREE),
                pv.parameter("Longitude of natural origin").doubleValue(Units.DEGREE),
                pv.parameter("Scale factor at natural origin").doubleValue(Units.UNITY),
                pv.parameter("False easting").doubleValue(Units.METRE),
                pv.parameter("False northing").doubleValue(Units.METRE)};
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static boolean same(double[] p, double[] q) {
        double[] tol = {1e-3, 1e-6, 1e-9, 1e-9, 1e-12, 1e-3, 1e-3};
        for (int i = 0; i < p.length; i++) if (Math.abs(p[i] - q[i]) > tol[i]) return false;
        return true;
    }

    private static int candidate(double[] p) {
        double a = p[0], invF = p[1], lat0 = p[2], cm = p[3], k = p[4], fe = p[5], fn = p[6];
        if (Math.abs(a - 6378137) > 1e-3 || lat0 != 0) return 0;
        boolean wgs84 = Math.abs(invF - WGS84_INVF) < 1e-6, grs80 = Math.abs(invF - GRS80_INVF) < 1e-6;
        if (k == 0.9996 && fe == 500000) {
            double z = (cm + 183) / 6;
            if (z != Math.rint(z) || z < 1 || z > 60) return 0;
            int zone = (int) z;
            if (wgs84 && fn == 0) return 32600 + zone;
            if (wgs84 && fn == 10_000_000) return 32700 + zone;
            if (grs80 && fn == 0 && zone <= 23) return 26900 + zone;
            if (grs80 && fn == 0 && zone >= 28 && zone <= 38) return 25800 + zone;
            return 0;
        }
        if (k == 1 && grs80 && fn == 0) {
            if (fe == 500000) {
                double i = (cm - 75) / 3;
                return i == Math.rint(i) && i >= 0 && i <= 20 ? 4534 + (int) i : 0;
            }
            double zone = (fe - 500000) / 1e6;
            if (zone != Math.rint(zone)) return 0;
            int z = (int) zone;
            if (z >= 13 && z <= 23 && cm == 6 * z - 3) return 4491 + z - 13;
            if (z >= 25 && z <= 45 && cm == 3 * z) return 4513 + z - 25;
        }
        return 0;
    }
}
