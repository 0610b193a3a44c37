package org.dunefront.crs;

/**
 * Default projected CRSs for a study area given by a longitude/latitude (degrees, WGS 84 / CGCS2000):
 * the UTM zone (with the Norway and Svalbard exceptions of the UTM grid) and the CGCS2000 3-degree
 * Gauss-Krüger "CM" CRS used by Chinese surveying bureaus. Stateless, thread-safe.
 */
public final class UtmZones {
    private UtmZones() { }

    /** UTM zone number 1–60 of a point (longitude −180…180 °E, latitude −80…84 °N). */
    public static int zone(double lonDeg, double latDeg) {
        checkRange(lonDeg, latDeg);
        double lon = lonDeg >= 180 ? lonDeg - 360 : lonDeg;
        int zone = (int) Math.floor((lon + 180) / 6) + 1;
        if (latDeg >= 56 && latDeg < 64 && lon >= 3 && lon < 12) return 32;
        if (latDeg >= 72) {
            if (lon >= 0 && lon < 9) return 31;
            if (lon >= 9 && lon < 21) return 33;
            if (lon >= 21 && lon < 33) return 35;
            if (lon >= 33 && lon < 42) return 37;
        }
        return Math.min(zone, 60);
    }

    /** EPSG code of WGS 84 / UTM for the point: 326zz north of the equator, 327zz south (e.g. 32648 for 102.2°E 38.5°N). */
    public static int wgs84UtmEpsg(double lonDeg, double latDeg) {
        return (latDeg >= 0 ? 32600 : 32700) + zone(lonDeg, latDeg);
    }

    /**
     * EPSG code of the CGCS2000 / 3-degree Gauss-Krüger CM CRS (EPSG:4534–4554, central meridians 75°E–135°E)
     * whose 3° zone contains the longitude (e.g. 4543, CM 102°E, for 102.2°E).
     *
     * @throws IllegalArgumentException outside 73.5°E–136.5°E (China)
     */
    public static int cgcs2000GaussKruger3DegreeEpsg(double lonDeg) {
        long cm = Math.round(lonDeg / 3) * 3;
        if (cm < 75 || cm > 135) throw new IllegalArgumentException("longitude " + lonDeg + "°E is outside the CGCS2000 3-degree zones (73.5–136.5°E)");
        return 4534 + (int) ((cm - 75) / 3);
    }

    private static void checkRange(double lon, double lat) {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -80 && lat <= 84)) {
            throw new IllegalArgumentException("(" + lon + ", " + lat + ") is outside the UTM range (−180…180 °E, −80…84 °N)");
        }
    }
}
