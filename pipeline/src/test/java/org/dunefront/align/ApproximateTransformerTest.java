package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;

import org.dunefront.crs.CrsTransform;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.junit.jupiter.api.Test;

/** The approximate transformer stays within its error bound against the exact transform. */
class ApproximateTransformerTest {

    /** {max L1 error, max per-axis error} in source pixels of approximate vs exact cell-centre positions. */
    static double[] measure(GridGeometry source, GridGeometry target, double maxError, int rowStep) {
        CrsTransform t = CrsTransform.between(target.crs(), source.crs(), "grid", "source");
        PixelMapping approx = new PixelMapping(target.transform(), source.transform(), t, maxError);
        PixelMapping exact = new PixelMapping(target.transform(), source.transform(), t, 0);
        int w = target.width();
        double[] ac = new double[w], ar = new double[w], ec = new double[w], er = new double[w], scratch = new double[2 * w];
        double maxL1 = 0, maxAxis = 0;
        for (int r = 0; r < target.height(); r += rowStep) {
            approx.row(r + 0.5, 0.5, w, 0, w, ac, ar, 0, scratch);
            exact.row(r + 0.5, 0.5, w, 0, w, ec, er, 0, scratch);
            for (int c = 0; c < w; c++) {
                double dc = Math.abs(ac[c] - ec[c]), dr = Math.abs(ar[c] - er[c]);
                maxL1 = Math.max(maxL1, dc + dr);
                maxAxis = Math.max(maxAxis, Math.max(dc, dr));
            }
        }
        return new double[] {maxL1, maxAxis};
    }

    @Test
    void zionGeographicToUtmStaysWithinAnEighthOfAPixel() {
        // the Zion SRTM grid (3 arc-seconds) onto 90 m UTM 12N cells
        GridGeometry srtm = GridGeometry.northUp(CrsDefinition.epsg(4326), -113.239583212784, 37.512916763165805,
                0.000833333333278, 0.000833333333278, 465, 457);
        GridGeometry grid = StudyGrid.covering(srtm, "srtm", CrsDefinition.epsg(32612), 90);
        double[] e = measure(srtm, grid, 0.125, 3);
        System.out.printf(Locale.ROOT, "approximate transformer 4326->32612 (%dx%d at 90 m): max L1 error %.5f px, max per-axis %.5f px%n",
                grid.width(), grid.height(), e[0], e[1]);
        assertTrue(e[0] <= 0.125, "max L1 error " + e[0]);
        assertTrue(e[0] > 0, "rows were interpolated, not transformed exactly");
    }

    @Test
    void continentalGridStaysWithinTheBoundAndTighterBoundsAreHonoured() {
        // 1 km Conus Albers cells over a 0.01° geographic source spanning the western US: strong curvature
        GridGeometry geo = GridGeometry.northUp(CrsDefinition.epsg(4326), -125, 49, 0.01, 0.01, 2000, 1900);
        GridGeometry grid = StudyGrid.covering(geo, "geo", CrsDefinition.epsg(5070), 1000);
        for (double bound : new double[] {0.125, 0.01}) {
            double[] e = measure(geo, grid, bound, 37);
            System.out.printf(Locale.ROOT, "approximate transformer 4326->5070 (%dx%d at 1 km), bound %.3f: max L1 error %.5f px%n",
                    grid.width(), grid.height(), bound, e[0]);
            assertTrue(e[0] <= bound, "bound " + bound + ": max L1 error " + e[0]);
        }
    }

    @Test
    void affineMappingsAreExact() {
        GeoTransform rot = new GeoTransform(100, 17.32050807568877, 5.0, 200, 10.0, -8.660254037844387);
        GridGeometry src = new GridGeometry(CrsDefinition.UNKNOWN, rot, 10, 15);
        GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 100, 300, 5, 5, 50, 47);
        assertEquals(0, measure(src, grid, 0.125, 1)[0], 0);
    }
}
