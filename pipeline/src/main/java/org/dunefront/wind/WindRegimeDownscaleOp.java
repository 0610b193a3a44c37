package org.dunefront.wind;

import java.util.Arrays;
import java.util.Objects;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.Window;

/**
 * Downscales a coarse {@link WindRegimeGrid} to a finer study grid in the same CRS by bilinear
 * interpolation between coarse cell centres (clamped to the nearest centre beyond the outermost
 * ones). Vector quantities are interpolated by component (drift east/north, qx, qy) and the
 * magnitude and direction are recomputed from the components: RDP = |(E, N)|, RDD = atan2(E, N),
 * RDP/DP from the interpolated DP — never by interpolating angles. NaN corners are left out and the
 * weights renormalised; a cell with no valid corner is NaN. Each fine cell is independent, so any
 * tiling of the fine grid gives identical values. Components stay in CRS east/north axes (grid
 * convergence is ignored: both grids are in the same projected CRS).
 */
public final class WindRegimeDownscaleOp {
    private static final WindRegimeField[] INTERPOLATED = {
        WindRegimeField.DP_VU, WindRegimeField.DRIFT_EAST_VU, WindRegimeField.DRIFT_NORTH_VU,
        WindRegimeField.QX_M3_PER_M_YR, WindRegimeField.QY_M3_PER_M_YR, WindRegimeField.FLUX_WEIGHTED_WIND_MPS};

    private WindRegimeDownscaleOp() {
    }

    /**
     * @param coarse          the wind regime on its native grid
     * @param coarseTransform geotransform of the coarse grid (of its grid origin, not of the window)
     * @param fineTransform   geotransform of the study grid
     * @param fineWindow      the study-grid window to fill
     */
    public static WindRegimeGrid run(WindRegimeGrid coarse, GeoTransform coarseTransform,
                                     GeoTransform fineTransform, Window fineWindow) {
        Objects.requireNonNull(coarse);
        return run(coarse, DownscaleWeights.of(coarse.window(), coarseTransform, fineTransform, fineWindow));
    }

    /**
     * As {@link #run(WindRegimeGrid, GeoTransform, GeoTransform, Window)} with weights computed
     * once for the fine window (and reused, e.g., for the monthly flux of the same window).
     */
    public static WindRegimeGrid run(WindRegimeGrid coarse, DownscaleWeights weights) {
        if (!coarse.window().equals(weights.coarseWindow())) {
            throw new IllegalArgumentException("weights are for coarse window " + weights.coarseWindow()
                    + ", the regime covers " + coarse.window());
        }
        WindRegimeGrid out = WindRegimeGrid.allocate(weights.fineWindow());
        float[][] from = new float[INTERPOLATED.length][], to = new float[INTERPOLATED.length][];
        for (int k = 0; k < INTERPOLATED.length; k++) {
            from[k] = coarse.layer(INTERPOLATED[k]);
            to[k] = out.layer(INTERPOLATED[k]);
        }
        weights.applyAll(from, to);
        float[] dp = out.layer(WindRegimeField.DP_VU);
        float[] east = out.layer(WindRegimeField.DRIFT_EAST_VU), north = out.layer(WindRegimeField.DRIFT_NORTH_VU);
        float[] rdp = out.layer(WindRegimeField.RDP_VU), rdd = out.layer(WindRegimeField.RDD_DEG);
        float[] ratio = out.layer(WindRegimeField.RDP_OVER_DP);
        for (int i = 0; i < dp.length; i++) {
            double e = east[i], n = north[i];
            double m = Math.hypot(e, n);
            rdp[i] = (float) m;
            rdd[i] = m > 0 ? (float) WindDirection.azimuthDeg(e, n) : Float.NaN;
            ratio[i] = ratio(dp[i], m);
        }
        return out;
    }

    /**
     * As {@link #run(WindRegimeGrid, DownscaleWeights)} for the cells where {@code cells[i]} is true, without the
     * direction: every field but {@link WindRegimeField#RDD_DEG} of those cells has the same bits as {@code run}
     * gives them (the same {@link DownscaleWeights#value} per cell, the same magnitude and ratio); the other cells,
     * and RDD everywhere, are NaN. For a second look at the magnitudes of a masked tile (the drift stage's exact
     * medians) at a fraction of the cost: no {@code atan2}, nothing outside the mask.
     *
     * @param cells row-major over the weights' fine window: the cells to compute
     */
    public static WindRegimeGrid runWithoutDirection(WindRegimeGrid coarse, DownscaleWeights weights, boolean[] cells) {
        if (!coarse.window().equals(weights.coarseWindow())) {
            throw new IllegalArgumentException("weights are for coarse window " + weights.coarseWindow()
                    + ", the regime covers " + coarse.window());
        }
        if (cells.length != weights.fineWindow().cellCount()) {
            throw new IllegalArgumentException(cells.length + " cells for window " + weights.fineWindow());
        }
        WindRegimeGrid out = WindRegimeGrid.allocate(weights.fineWindow());
        for (WindRegimeField f : WindRegimeField.values()) Arrays.fill(out.layer(f), Float.NaN);
        float[][] from = new float[INTERPOLATED.length][], to = new float[INTERPOLATED.length][];
        for (int k = 0; k < INTERPOLATED.length; k++) {
            from[k] = coarse.layer(INTERPOLATED[k]);
            to[k] = out.layer(INTERPOLATED[k]);
        }
        float[] dp = out.layer(WindRegimeField.DP_VU);
        float[] east = out.layer(WindRegimeField.DRIFT_EAST_VU), north = out.layer(WindRegimeField.DRIFT_NORTH_VU);
        float[] rdp = out.layer(WindRegimeField.RDP_VU), ratio = out.layer(WindRegimeField.RDP_OVER_DP);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i]) continue;
            weights.valuesAt(i, from, to);
            double m = Math.hypot(east[i], north[i]);
            rdp[i] = (float) m;
            ratio[i] = ratio(dp[i], m);
        }
        return out;
    }

    /** RDP/DP of a cell from its interpolated DP and the magnitude of its interpolated drift (capped at 1; NaN for DP ≤ 0). */
    private static float ratio(float dp, double rdp) {
        return dp > 0 ? (float) Math.min(1.0, rdp / dp) : Float.NaN;
    }
}
