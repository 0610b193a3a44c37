package org.dunefront.sample;

import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.RasterBlock;

/**
 * Fryberger &amp; Dean (1979) drift potential of a u/v series, for the sample's README: DP = Σ V²(V − Vt)·t
 * (V, Vt in knots at 10 m, Vt = 12 kn, t = 1/n per observation), resultant drift potential RDP
 * (vector sum toward the downwind direction) and resultant drift direction RDD = atan2(E, N) in
 * degrees clockwise from north, the direction sand moves toward. Averaged over the wind cells.
 *
 * @param dpVu          drift potential, vector units
 * @param rdpVu         resultant drift potential, vector units
 * @param rddDeg        resultant drift direction, degrees (toward)
 * @param meanSpeedMps  mean wind speed, m/s
 */
record WindSummary(double dpVu, double rdpVu, double rddDeg, double meanSpeedMps) {

    static WindSummary of(MemoryRaster u, MemoryRaster v) {
        int n = u.bandCount(), cells = u.grid().width() * u.grid().height();
        double dp = 0, east = 0, north = 0, speed = 0;
        for (int t = 0; t < n; t++) {
            float[] ud = ((RasterBlock.Floats) u.band(t)).data(), vd = ((RasterBlock.Floats) v.band(t)).data();
            for (int k = 0; k < cells; k++) {
                double s = Math.hypot(ud[k], vd[k]);
                speed += s;
                double kn = s * SampleWind.KNOTS_PER_MPS;
                if (kn <= SampleWind.THRESHOLD_KN) continue;
                double q = kn * kn * (kn - SampleWind.THRESHOLD_KN);
                dp += q;
                east += q * ud[k] / s;
                north += q * vd[k] / s;
            }
        }
        double norm = (double) n * cells;
        double rdd = Math.toDegrees(Math.atan2(east, north));
        return new WindSummary(dp / norm, Math.hypot(east, north) / norm, rdd < 0 ? rdd + 360 : rdd, speed / norm);
    }
}
