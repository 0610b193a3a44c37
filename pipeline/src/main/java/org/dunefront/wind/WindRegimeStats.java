package org.dunefront.wind;

import java.util.Arrays;

/**
 * Basin-wide statistics of a {@link WindRegimeGrid} for the drift summary. Medians are over cells
 * with finite values (Hyndman &amp; Fan type 7); the basin drift direction is the azimuth of the
 * summed drift components (a vector mean, never a mean of angles).
 *
 * @param cells                    cells with a valid wind record
 * @param medianDpVu               median DP, VU
 * @param energyClass              class of the median DP
 * @param medianRdpOverDp          median RDP/DP
 * @param directionalVariability   class of the median RDP/DP
 * @param basinRddDeg              direction of the summed resultant drift, degrees (sand moves toward)
 * @param medianFluxWeightedWindMps median flux-weighted wind — the default representative wind of the
 *                                 transport run, m/s
 * @param meanFluxM3PerMYr         magnitude of the mean potential flux vector, m³ m⁻¹ yr⁻¹
 */
public record WindRegimeStats(int cells, double medianDpVu, EnergyClass energyClass, double medianRdpOverDp,
                              DirectionalVariability directionalVariability, double basinRddDeg,
                              double medianFluxWeightedWindMps, double meanFluxM3PerMYr) {

    public static WindRegimeStats of(WindRegimeGrid g) {
        float[] dp = g.layer(WindRegimeField.DP_VU);
        double e = 0, n = 0, qx = 0, qy = 0;
        int cells = 0;
        for (int i = 0; i < dp.length; i++) {
            if (Float.isNaN(dp[i])) continue;
            cells++;
            e += g.layer(WindRegimeField.DRIFT_EAST_VU)[i];
            n += g.layer(WindRegimeField.DRIFT_NORTH_VU)[i];
            qx += g.layer(WindRegimeField.QX_M3_PER_M_YR)[i];
            qy += g.layer(WindRegimeField.QY_M3_PER_M_YR)[i];
        }
        return of(cells, median(dp), median(g.layer(WindRegimeField.RDP_OVER_DP)),
                median(g.layer(WindRegimeField.FLUX_WEIGHTED_WIND_MPS)), new double[] {e, n, qx, qy});
    }

    /**
     * The statistics from totals a caller streamed over a grid too large to hold (exact medians and sums).
     *
     * @param cells  cells with a valid wind record (DP not NaN)
     * @param sums   over those cells: {drift east VU, drift north VU, qx, qy m³ m⁻¹ yr⁻¹}
     */
    public static WindRegimeStats of(int cells, double medianDpVu, double medianRdpOverDp, double medianFluxWeightedWindMps,
                                     double[] sums) {
        if (sums.length != 4) throw new IllegalArgumentException("need 4 sums (east, north, qx, qy), got " + sums.length);
        double e = sums[0], n = sums[1], qx = sums[2], qy = sums[3];
        return new WindRegimeStats(cells, medianDpVu, EnergyClass.of(medianDpVu), medianRdpOverDp,
                DirectionalVariability.of(medianRdpOverDp),
                Math.hypot(e, n) > 0 ? WindDirection.azimuthDeg(e, n) : Double.NaN,
                medianFluxWeightedWindMps, cells > 0 ? Math.hypot(qx, qy) / cells : Double.NaN);
    }

    /** Median of the finite values; NaN when there are none. */
    static double median(float[] a) {
        float[] v = new float[a.length];
        int k = 0;
        for (float x : a) if (Float.isFinite(x)) v[k++] = x;
        if (k == 0) return Double.NaN;
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        double pos = 0.5 * (k - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, k - 1);
        return v[lo] + (pos - lo) * ((double) v[hi] - v[lo]);
    }
}
