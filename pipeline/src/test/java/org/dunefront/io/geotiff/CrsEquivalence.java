package org.dunefront.io.geotiff;

import org.apache.sis.referencing.CRS;
import org.apache.sis.util.Utilities;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;

/**
 * Test oracle: is a reader's {@link CrsDefinition} the same CRS as GDAL's WKT? True when SIS finds
 * them equal ignoring metadata (names, identifiers), or when the coordinate operation between them
 * maps the grid's corners and centre onto themselves (within 1 mm, or 1e-8° for geographic CRSs),
 * i.e. same projection method, parameters, datum and units even if named differently.
 * {@code equivalent} returns how the match was established, or null when the CRSs differ.
 */
final class CrsEquivalence {
    private CrsEquivalence() { }

    static String equivalent(CrsDefinition mine, String gdalWkt, GridGeometry grid, java.nio.file.Path file) throws Exception {
        CoordinateReferenceSystem gdal;
        try {
            gdal = CRS.fromWKT(sourceOfBoundCrs(gdalWkt));
        } catch (org.opengis.util.FactoryException e) {
            // SIS refuses some of GDAL's WKT 2 (e.g. Mercator (variant A) with a non-zero latitude of
            // origin, which PROJ ignores); GDAL's WKT 1 export drops such parameters: compare with that.
            var info = org.dunefront.testkit.Gdal.info(file, "-wkt_format", "WKT1");
            var cs = info.has("coordinateSystem") ? info.get("coordinateSystem") : info.get("gcps").get("coordinateSystem");
            gdal = CRS.fromWKT(cs.get("wkt").asText());
        }
        CoordinateReferenceSystem ours = resolve(mine);
        if (Utilities.equalsIgnoreMetadata(ours, gdal)) return "equal ignoring metadata";
        MathTransform mt = CRS.findOperation(ours, gdal, null).getMathTransform();
        double[][] pts = {{0, 0}, {grid.width(), 0}, {0, grid.height()}, {grid.width(), grid.height()},
                {grid.width() / 2.0, grid.height() / 2.0}};
        boolean geographic = ours instanceof org.opengis.referencing.crs.GeographicCRS;
        double tol = geographic ? 1e-8 : 1e-3;
        for (double[] p : pts) {
            double x = grid.transform().x(p[0], p[1]), y = grid.transform().y(p[0], p[1]);
            double[] src = ordered(ours, x, y);
            double[] dst = new double[2];
            mt.transform(src, 0, dst, 0, 1);
            double[] expected = ordered(gdal, x, y);
            if (Math.abs(dst[0] - expected[0]) > tol || Math.abs(dst[1] - expected[1]) > tol) return null;
        }
        return "same coordinates (identity operation)";
    }

    static CoordinateReferenceSystem resolve(CrsDefinition d) throws Exception {
        return d.wkt().isEmpty() ? CRS.forCode("EPSG:" + d.epsg()) : CRS.fromWKT(d.wkt());
    }

    /** Geotransform coordinates are (easting/longitude, northing/latitude); put them in the CRS's axis order. */
    private static double[] ordered(CoordinateReferenceSystem crs, double x, double y) {
        var dir = crs.getCoordinateSystem().getAxis(0).getDirection();
        boolean yFirst = dir == org.opengis.referencing.cs.AxisDirection.NORTH || dir == org.opengis.referencing.cs.AxisDirection.SOUTH;
        return yFirst ? new double[] {y, x} : new double[] {x, y};
    }

    /** GDAL writes TOWGS84-carrying CRSs as BOUNDCRS[SOURCECRS[...],...]: compare the source CRS. */
    static String sourceOfBoundCrs(String wkt) {
        String t = wkt.trim();
        if (!t.startsWith("BOUNDCRS")) return t;
        int s = t.indexOf("SOURCECRS[");
        int start = s + "SOURCECRS[".length();
        int depth = 1;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return t.substring(start, i).trim();
        }
        return t;
    }
}
