package org.dunefront.workflow.stages;

import org.dunefront.crs.CrsTransform;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;

/**
 * The wind's native grid expressed as an affine transform in the study grid's CRS, so that
 * {@code wind.WindRegimeDownscaleOp} (which needs both grids in one CRS) can interpolate between
 * coarse cell centres. The affine is the tangent of the CRS transform at the centre of the native
 * grid (cell steps along column and row, transformed); over a basin of a few hundred kilometres
 * in a UTM zone the error is far below one coarse cell. Identical CRSs use the native transform.
 */
final class NativeGridInStudyCrs {
    private NativeGridInStudyCrs() { }

    static GeoTransform of(GridGeometry wind, GridGeometry study) {
        CrsTransform t = CrsTransform.between(wind.crs(), study.crs(), "ingest/wind_u.tif", "study grid");
        if (t.isIdentity()) return wind.transform();
        GeoTransform g = wind.transform();
        double c = wind.width() / 2.0, r = wind.height() / 2.0;
        double[] p0 = t.transformPoint(g.x(c, r), g.y(c, r));
        double[] pc = t.transformPoint(g.x(c + 1, r), g.y(c + 1, r));
        double[] pr = t.transformPoint(g.x(c, r + 1), g.y(c, r + 1));
        double pw = pc[0] - p0[0], cr = pc[1] - p0[1], rr = pr[0] - p0[0], ph = pr[1] - p0[1];
        return new GeoTransform(p0[0] - c * pw - r * rr, pw, rr, p0[1] - c * cr - r * ph, cr, ph);
    }
}
