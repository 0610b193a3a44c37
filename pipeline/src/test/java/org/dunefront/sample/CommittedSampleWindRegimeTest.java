package org.dunefront.sample;

import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's sample-basin acceptance, computed independently of the pipeline from the committed
 * {@code rasters/wind_u10.tif} / {@code wind_v10.tif}: for every wind cell, the Fryberger &amp; Dean
 * (1979) drift potential DP = Σ V²(V − 12)·t (V in knots, t = 1/steps) and the resultant vector of
 * each step's contribution pointing where the air goes (sand moves downwind). The basin mean must be
 * intermediate energy (200–399 VU) and its resultant direction must lie in the 16-point ESE sector
 * (101.25°–123.75°): sand moving away from the north-west. The numbers quoted in rasters/README.md
 * (DP 307.4 VU, RDD 119.0°) are what this loop gives.
 */
class CommittedSampleWindRegimeTest {
    private static final double KNOTS_PER_MPS = 3600.0 / 1852.0;
    private static final double THRESHOLD_KN = 12;

    @Test
    void committedSampleWindIsIntermediateAndMovesSandEastSouthEast() throws Exception {
        Path rasters = Path.of(System.getProperty("dunefront.root", "..")).resolve("rasters");
        try (RasterSource u = GeoTiffReader.open(rasters.resolve("wind_u10.tif"));
             RasterSource v = GeoTiffReader.open(rasters.resolve("wind_v10.tif"))) {
            int w = u.grid().width(), h = u.grid().height(), steps = u.bandCount(), cells = w * h;
            assertEquals(1460, steps, "one year of 6-hourly steps");
            double[] dp = new double[cells], east = new double[cells], north = new double[cells];
            Window all = new Window(0, 0, w, h);
            for (int b = 0; b < steps; b++) {
                float[] ub = ((RasterBlock.Floats) u.read(b, all)).data(), vb = ((RasterBlock.Floats) v.read(b, all)).data();
                for (int i = 0; i < cells; i++) {
                    double speedKn = Math.hypot(ub[i], vb[i]) * KNOTS_PER_MPS;
                    if (speedKn <= THRESHOLD_KN) continue;
                    double q = speedKn * speedKn * (speedKn - THRESHOLD_KN) / steps;
                    double s = Math.hypot(ub[i], vb[i]);
                    dp[i] += q;
                    east[i] += q * ub[i] / s;   // toward: the u component points where the air goes
                    north[i] += q * vb[i] / s;
                }
            }
            double meanDp = 0, meanE = 0, meanN = 0;
            for (int i = 0; i < cells; i++) {
                meanDp += dp[i] / cells;
                meanE += east[i] / cells;
                meanN += north[i] / cells;
            }
            double rddDeg = (Math.toDegrees(Math.atan2(meanE, meanN)) + 360) % 360;
            System.out.printf("committed sample wind: DP %.1f VU, RDP %.1f VU, RDD %.1f deg%n", meanDp, Math.hypot(meanE, meanN), rddDeg);
            assertTrue(meanDp >= 200 && meanDp < 400, "intermediate energy, got DP " + meanDp);
            assertTrue(rddDeg >= 101.25 && rddDeg < 123.75, "RDD in the ESE sector, got " + rddDeg);
            assertEquals("ESE", org.dunefront.wind.WindDirection.compassPoint16(rddDeg));
        }
    }
}
