package org.dunefront.wind;

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
        Window cw = coarse.window();
        WindRegimeGrid out = WindRegimeGrid.allocate(fineWindow);
        float[][] src = new float[INTERPOLATED.length][];
        float[][] dst = new float[INTERPOLATED.length][];
        for (int k = 0; k < INTERPOLATED.length; k++) {
            src[k] = coarse.layer(INTERPOLATED[k]);
            dst[k] = out.layer(INTERPOLATED[k]);
        }
        int fw = fineWindow.width();
        for (int r = 0; r < fineWindow.height(); r++) {
            for (int c = 0; c < fw; c++) {
                double x = fineTransform.x(fineWindow.col() + c + 0.5, fineWindow.row() + r + 0.5);
                double y = fineTransform.y(fineWindow.col() + c + 0.5, fineWindow.row() + r + 0.5);
                double fc = coarseTransform.col(x, y) - 0.5 - cw.col();
                double fr = coarseTransform.row(x, y) - 0.5 - cw.row();
                fc = Math.max(0, Math.min(cw.width() - 1, fc));
                fr = Math.max(0, Math.min(cw.height() - 1, fr));
                int c0 = Math.min((int) Math.floor(fc), cw.width() - 1), r0 = Math.min((int) Math.floor(fr), cw.height() - 1);
                int c1 = Math.min(c0 + 1, cw.width() - 1), r1 = Math.min(r0 + 1, cw.height() - 1);
                double tx = fc - c0, ty = fr - r0;
                int i = r * fw + c;
                for (int k = 0; k < INTERPOLATED.length; k++) {
                    dst[k][i] = bilinear(src[k], cw.width(), c0, r0, c1, r1, tx, ty);
                }
                finish(out, i);
            }
        }
        return out;
    }

    private static float bilinear(float[] a, int w, int c0, int r0, int c1, int r1, double tx, double ty) {
        double[] wt = {(1 - tx) * (1 - ty), tx * (1 - ty), (1 - tx) * ty, tx * ty};
        float[] v = {a[r0 * w + c0], a[r0 * w + c1], a[r1 * w + c0], a[r1 * w + c1]};
        double sum = 0, ws = 0;
        for (int k = 0; k < 4; k++) {
            if (wt[k] == 0 || Float.isNaN(v[k])) continue;
            sum += wt[k] * v[k];
            ws += wt[k];
        }
        return ws > 0 ? (float) (sum / ws) : Float.NaN;
    }

    private static void finish(WindRegimeGrid g, int i) {
        float dp = g.layer(WindRegimeField.DP_VU)[i];
        double e = g.layer(WindRegimeField.DRIFT_EAST_VU)[i], n = g.layer(WindRegimeField.DRIFT_NORTH_VU)[i];
        double rdp = Math.hypot(e, n);
        g.layer(WindRegimeField.RDP_VU)[i] = (float) rdp;
        g.layer(WindRegimeField.RDD_DEG)[i] = rdp > 0 ? (float) WindDirection.azimuthDeg(e, n) : Float.NaN;
        g.layer(WindRegimeField.RDP_OVER_DP)[i] = dp > 0 ? (float) Math.min(1.0, rdp / dp) : Float.NaN;
    }
}
