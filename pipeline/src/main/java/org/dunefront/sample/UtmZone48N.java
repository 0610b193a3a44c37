package org.dunefront.sample;

/**
 * WGS 84 / UTM zone 48N (EPSG:32648) forward and inverse projection with the transverse Mercator
 * series of Snyder, J.P. (1987) Map Projections — A Working Manual, USGS Professional Paper 1395,
 * equations 8-9 to 8-25 (accurate to well below a metre within the zone). Used only to place the
 * synthetic basin and its wind grid; the pipeline's CRS work lives in {@code org.dunefront.crs}.
 */
final class UtmZone48N {
    static final int EPSG = 32648;
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);
    private static final double K0 = 0.9996;
    private static final double LON0 = Math.toRadians(105);
    private static final double FALSE_EASTING = 500000;

    private UtmZone48N() { }

    /** {easting, northing} in metres of (lonDeg, latDeg). */
    static double[] forward(double lonDeg, double latDeg) {
        double phi = Math.toRadians(latDeg), lam = Math.toRadians(lonDeg);
        double sin = Math.sin(phi), cos = Math.cos(phi), tan = Math.tan(phi);
        double n = A / Math.sqrt(1 - E2 * sin * sin);
        double t = tan * tan, c = EP2 * cos * cos, a = (lam - LON0) * cos;
        double m = meridianArc(phi);
        double x = K0 * n * (a + (1 - t + c) * Math.pow(a, 3) / 6
                + (5 - 18 * t + t * t + 72 * c - 58 * EP2) * Math.pow(a, 5) / 120);
        double y = K0 * (m + n * tan * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * EP2) * Math.pow(a, 6) / 720));
        return new double[] {FALSE_EASTING + x, y};
    }

    /** {lonDeg, latDeg} of (easting, northing) in metres. */
    static double[] inverse(double easting, double northing) {
        double x = easting - FALSE_EASTING;
        double m = northing / K0;
        double e4 = E2 * E2, e6 = e4 * E2;
        double mu = m / (A * (1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256));
        double sq = Math.sqrt(1 - E2);
        double e1 = (1 - sq) / (1 + sq);
        double phi1 = mu + (3 * e1 / 2 - 27 * Math.pow(e1, 3) / 32) * Math.sin(2 * mu)
                + (21 * e1 * e1 / 16 - 55 * Math.pow(e1, 4) / 32) * Math.sin(4 * mu)
                + (151 * Math.pow(e1, 3) / 96) * Math.sin(6 * mu)
                + (1097 * Math.pow(e1, 4) / 512) * Math.sin(8 * mu);
        double sin = Math.sin(phi1), cos = Math.cos(phi1), tan = Math.tan(phi1);
        double c1 = EP2 * cos * cos, t1 = tan * tan;
        double n1 = A / Math.sqrt(1 - E2 * sin * sin);
        double r1 = A * (1 - E2) / Math.pow(1 - E2 * sin * sin, 1.5);
        double d = x / (n1 * K0);
        double phi = phi1 - (n1 * tan / r1) * (d * d / 2
                - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * EP2) * Math.pow(d, 4) / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * EP2 - 3 * c1 * c1) * Math.pow(d, 6) / 720);
        double lam = LON0 + (d - (1 + 2 * t1 + c1) * Math.pow(d, 3) / 6
                + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * EP2 + 24 * t1 * t1) * Math.pow(d, 5) / 120) / cos;
        return new double[] {Math.toDegrees(lam), Math.toDegrees(phi)};
    }

    private static double meridianArc(double phi) {
        double e4 = E2 * E2, e6 = e4 * E2;
        return A * ((1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                - (3 * E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
                - (35 * e6 / 3072) * Math.sin(6 * phi));
    }
}
