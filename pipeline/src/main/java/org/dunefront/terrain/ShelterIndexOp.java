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
 * Elevation differences z − z0 between cell centres are bilinear; samples touching a nodata cell are
 * skipped. A flat DEM gives exactly 0; a ridge of height h at distance d upwind gives atan(h/d). The
 * sampling is rotation-exact ({@code ShelterRays}): on square cells, turning the DEM by 90° and the
 * azimuth by 90° gives bit-identical values. {@link SectorShelterOp} runs it for every wind sector.
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
        return sx(z, in, out, ShelterRays.of(upwindAzimuthDeg, params, cellSizeXM, cellSizeYM));
    }

    /**
     * Sx over {@code out} from elevations {@code z} laid out over {@code in}, with one ray table: row by row through
     * {@link ShelterRays#maxTanRow} (bit-identical to {@link ShelterRays#maxTan} cell by cell, about 2–3× faster).
     */
    static RasterBlock.Floats sx(double[] z, Window in, Window out, ShelterRays rays) {
        int iw = in.width(), ow = out.width(), oh = out.height();
        int ic0 = out.col() - in.col(), ir0 = out.row() - in.row();
        float[] res = new float[ow * oh];
        double[] best = new double[ow];
        for (int r = 0; r < oh; r++) {
            rays.maxTanRow(z, iw, ic0, ir0 + r, ow, best);
            for (int c = 0; c < ow; c++) {
                // atan is monotonic: the steepest sample gives the maximum angle (fdlibm's atan in Java: StrictMath's bits).
                res[r * ow + c] = best[c] == Double.NEGATIVE_INFINITY ? Float.NaN : (float) Math.toDegrees(FdlibmAtan.atan(best[c]));
            }
        }
        return new RasterBlock.Floats(out, NoData.NAN, res);
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
