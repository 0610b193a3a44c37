package org.dunefront.terrain;

import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Slope and aspect with Horn's (1981) 3×3 finite differences — Horn, B.K.P. (1981), "Hill shading and
 * the reflectance map", Proc. IEEE 69(1):14–47 — the method of GDAL {@code gdaldem} and ArcGIS:
 * <pre>
 *   a b c        ∂z/∂x(east)  = ((c + 2f + i) − (a + 2d + g)) / (8 Δx)
 *   d e f        ∂z/∂y(north) = ((a + 2b + c) − (g + 2h + i)) / (8 Δy)
 *   g h i        slope = atan(|∇z|),  aspect = azimuth of −∇z (downslope), clockwise from north
 * </pre>
 * Tile op with a halo of {@value #HALO_CELLS} cell; a cell with a nodata neighbour (or outside the
 * grid) is NaN (like gdaldem without {@code -compute_edges}).
 */
public final class SlopeAspectOp {
    public static final int HALO_CELLS = 1;

    private SlopeAspectOp() {
    }

    public static SlopeAspect run(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM) {
        float[][] sa = compute(demWithHalo, out, cellSizeXM, cellSizeYM, true, true);
        return new SlopeAspect(new RasterBlock.Floats(out, NoData.NAN, sa[0]), new RasterBlock.Floats(out, NoData.NAN, sa[1]));
    }

    /** Slope in degrees only (as {@link #run}{@code .slopeDeg()}), without the aspect's {@code atan2}. */
    public static RasterBlock.Floats slopeDeg(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM) {
        return new RasterBlock.Floats(out, NoData.NAN, compute(demWithHalo, out, cellSizeXM, cellSizeYM, true, false)[0]);
    }

    /** Aspect in degrees only (as {@link #run}{@code .aspectDeg()}), without the slope's {@code atan}. */
    public static RasterBlock.Floats aspectDeg(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM) {
        return new RasterBlock.Floats(out, NoData.NAN, compute(demWithHalo, out, cellSizeXM, cellSizeYM, false, true)[1]);
    }

    private static float[][] compute(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM,
                                     boolean wantSlope, boolean wantAspect) {
        if (!(cellSizeXM > 0 && cellSizeYM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        Window in = demWithHalo.window();
        if (!in.contains(out.expand(HALO_CELLS))) {
            throw new IllegalArgumentException("DEM block " + in + " must cover " + out + " plus a halo of 1 cell");
        }
        double[] z = ShelterIndexOp.toDoubles(demWithHalo);
        int iw = in.width();
        int n = (int) out.cellCount();
        float[] slope = wantSlope ? new float[n] : null, aspect = wantAspect ? new float[n] : null;
        for (int r = 0; r < out.height(); r++) {
            for (int c = 0; c < out.width(); c++) {
                int ic = out.col() + c - in.col(), ir = out.row() + r - in.row();
                double a = z[(ir - 1) * iw + ic - 1], b = z[(ir - 1) * iw + ic], cc = z[(ir - 1) * iw + ic + 1];
                double d = z[ir * iw + ic - 1], e = z[ir * iw + ic], f = z[ir * iw + ic + 1];
                double g = z[(ir + 1) * iw + ic - 1], h = z[(ir + 1) * iw + ic], i = z[(ir + 1) * iw + ic + 1];
                int o = r * out.width() + c;
                double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * cellSizeXM);
                double dzdy = ((a + 2 * b + cc) - (g + 2 * h + i)) / (8 * cellSizeYM);
                if (Double.isNaN(dzdx + dzdy + e)) {
                    if (wantSlope) slope[o] = Float.NaN;
                    if (wantAspect) aspect[o] = Float.NaN;
                    continue;
                }
                // sqrt, not Math.hypot: no overflow is possible at terrain gradients, and hypot's
                // fdlibm scaling costs more than the rest of the cell (profiled: scripts/bench.sh blocks).
                if (wantSlope) slope[o] = (float) Math.toDegrees(Math.atan(Math.sqrt(dzdx * dzdx + dzdy * dzdy)));
                if (wantAspect) {
                    aspect[o] = dzdx == 0 && dzdy == 0 ? Float.NaN
                            : (float) normalize(Math.toDegrees(Math.atan2(-dzdx, -dzdy)));
                }
            }
        }
        return new float[][] {slope, aspect};
    }

    private static double normalize(double deg) {
        double v = deg % 360;
        if (v < 0) v += 360;
        return v >= 360 ? 0 : v;
    }
}
