package org.dunefront.terrain;

import java.util.Objects;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Winstral, Elder &amp; Davis (2002), "Spatial snow modeling of wind-redistributed snow using
 * terrain-based parameters", J. Hydrometeorology 3:524–538 — the maximum upwind slope
 * <pre>
 *   Sx(d_max) = max over 0 &lt; d ≤ d_max of atan((z_d − z_0) / d)     (degrees)
 * </pre>
 * along rays pointing upwind (toward where the wind comes from). Sx &gt; 0: sheltered (lee); Sx &lt; 0:
 * exposed. A fan of rays at the upwind azimuth ± {@code fanHalfWidthDeg} in {@code fanStepDeg}
 * steps is searched and the <b>maximum</b> over the fan is returned (the most sheltering direction;
 * Winstral et al. averaged Sx over a 30° sector — see docs/sand-model.md for why we take the max).
 * Elevations between cell centres are bilinear; samples touching a nodata cell are skipped. A flat
 * DEM gives 0; a ridge of height h at distance d upwind gives atan(h/d).
 *
 * <p>Tile op: the DEM block must cover the output window grown by
 * {@link ShelterIndexParams#haloCells}; output is FLOAT32 degrees with NaN where the cell itself is
 * nodata or no upwind sample exists (upwind grid edge).
 */
public final class ShelterIndexOp {
    private ShelterIndexOp() {
    }

    /**
     * @param demWithHalo      elevations (m), covering {@code out} plus the halo
     * @param out              output window (grid coordinates)
     * @param cellSizeXM       cell width, m
     * @param cellSizeYM       cell height, m (rows increase southward)
     * @param upwindAzimuthDeg azimuth the wind blows FROM, degrees clockwise from north
     */
    public static RasterBlock.Floats run(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM,
                                         double upwindAzimuthDeg, ShelterIndexParams params) {
        Objects.requireNonNull(params);
        if (!(cellSizeXM > 0 && cellSizeYM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        int halo = params.haloCells(cellSizeXM, cellSizeYM);
        Window in = demWithHalo.window();
        if (!in.contains(out.expand(halo))) {
            throw new IllegalArgumentException("DEM block " + in + " must cover " + out + " plus a halo of " + halo + " cells");
        }
        double[] z = toDoubles(demWithHalo);
        int iw = in.width();
        double step = params.sampleStepM() > 0 ? params.sampleStepM() : Math.min(cellSizeXM, cellSizeYM);
        int samples = (int) Math.floor(params.maxDistanceM() / step + 1e-9);
        int fanHalf = (int) Math.floor(params.fanHalfWidthDeg() / params.fanStepDeg() + 1e-9);
        int rays = 2 * fanHalf + 1;
        // Per ray and sample: integer offset of the upper-left bilinear corner and the weights.
        int[] dCol = new int[rays * samples], dRow = new int[rays * samples];
        double[] tx = new double[rays * samples], ty = new double[rays * samples], dist = new double[rays * samples];
        for (int j = 0; j < rays; j++) {
            double az = Math.toRadians(upwindAzimuthDeg + (j - fanHalf) * params.fanStepDeg());
            double se = Math.sin(az), cn = Math.cos(az);
            for (int k = 0; k < samples; k++) {
                double s = (k + 1) * step;
                double fc = s * se / cellSizeXM, fr = -s * cn / cellSizeYM;
                fc = snap(fc);
                fr = snap(fr);
                int idx = j * samples + k;
                dCol[idx] = (int) Math.floor(fc);
                dRow[idx] = (int) Math.floor(fr);
                tx[idx] = fc - dCol[idx];
                ty[idx] = fr - dRow[idx];
                dist[idx] = s;
            }
        }
        float[] res = new float[(int) out.cellCount()];
        for (int r = 0; r < out.height(); r++) {
            for (int c = 0; c < out.width(); c++) {
                int ic = out.col() + c - in.col(), ir = out.row() + r - in.row();
                double z0 = z[ir * iw + ic];
                if (Double.isNaN(z0)) {
                    res[r * out.width() + c] = Float.NaN;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < rays; j++) {
                    for (int k = 0; k < samples; k++) {
                        int idx = j * samples + k;
                        double zs = sample(z, iw, ic + dCol[idx], ir + dRow[idx], tx[idx], ty[idx]);
                        if (Double.isNaN(zs)) continue;
                        double a = Math.atan((zs - z0) / dist[idx]);
                        if (a > best) best = a;
                    }
                }
                res[r * out.width() + c] = best == Double.NEGATIVE_INFINITY ? Float.NaN : (float) Math.toDegrees(best);
            }
        }
        return new RasterBlock.Floats(out, NoData.NAN, res);
    }

    /** Removes floating noise so offsets that are whole cells in exact arithmetic stay whole. */
    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 ? r : v;
    }

    private static double sample(double[] z, int w, int c, int r, double tx, double ty) {
        // Lerp form: exact on constant terrain (a flat DEM gives exactly 0), NaN if a used corner is nodata.
        double v00 = z[r * w + c];
        double top = tx == 0 ? v00 : v00 + tx * (z[r * w + c + 1] - v00);
        if (ty == 0) return top;
        double v01 = z[(r + 1) * w + c];
        double bottom = tx == 0 ? v01 : v01 + tx * (z[(r + 1) * w + c + 1] - v01);
        return top + ty * (bottom - top);
    }

    /** The block's values as doubles with nodata as NaN. */
    static double[] toDoubles(RasterBlock b) {
        int w = b.width(), h = b.height();
        double[] z = new double[w * h];
        if (b instanceof RasterBlock.Floats f) { // fast path: no per-cell virtual get, one nodata test
            float[] v = f.data();
            NoData nd = b.noData();
            boolean tag = nd.present() && !Double.isNaN(nd.value()); // NaN cells stay NaN anyway
            double x = nd.value();
            for (int i = 0; i < z.length; i++) z[i] = tag && v[i] == x ? Double.NaN : v[i];
            return z;
        }
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double v = b.get(c, r);
                z[r * w + c] = b.noData().matches(v) ? Double.NaN : v;
            }
        }
        return z;
    }
}
