package org.dunefront.workflow.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.FluxSeries;
import org.dunefront.transport.StepLength;
import org.dunefront.workflow.StageContext;

/**
 * The transport model's forcing and bed as the migrate stage and the plan stage's tipping-point re-runs
 * both read them from the drift and ingest outputs: monthly potential flux averaged into model steps,
 * nodata flux as zero, DEM nodata filled with the mean elevation.
 */
final class TransportForcing {
    private TransportForcing() { }

    /**
     * The potential-flux fields of one model year on the model grid of {@code agg}: 1 (no time axis) or one
     * per step (months, or quarters averaged weighted by their wind steps), NaN as 0, block means when the
     * model grid is coarser. Read in strips of study rows and written to a {@link FluxScratchFile}, which the
     * caller closes.
     */
    static FluxScratchFile forcing(StageContext ctx, Path qxFile, Path qyFile, StepLength step, BlockAggregator agg)
            throws IOException {
        try (MonthlyBands bands = MonthlyBands.open(ctx, qxFile, qyFile, step)) {
            int periods = bands.periods;
            int w = bands.xs.grid().width(), mw = agg.modelWidth();
            FluxScratchFile out = new FluxScratchFile(periods, mw * agg.modelHeight());
            try {
                int strip = agg.stripRows(ModelLayers.STRIP_ROWS);
                float[] mx = new float[mw * (strip / agg.factor())], my = new float[mx.length];
                // period by period (strips inside): a strip that is not a multiple of the tile height shares a tile row
                // with the next one, and the readers' block caches keep it only while few bands are read at a time
                for (int s = 0; s < periods; s++) {
                    for (int row0 = 0; row0 < bands.xs.grid().height(); row0 += strip) {
                        int rows = agg.rowsOf(row0, strip);
                        Window win = new Window(0, row0, w, rows);
                        float[][] f = bands.period(s, win);
                        float[] fx = f[0], fy = f[1];
                        int mr0 = row0 / agg.factor(), mrows = (rows + agg.factor() - 1) / agg.factor();
                        if (agg.factor() == 1) {
                            out.write(s, 0, row0 * w, fx, fx.length);
                            out.write(s, 1, row0 * w, fy, fy.length);
                        } else {
                            agg.mean(fx, 0, rows, mx); // model rows of this strip only, from index 0
                            agg.mean(fy, 0, rows, my);
                            out.write(s, 0, mr0 * mw, mx, mrows * mw);
                            out.write(s, 1, mr0 * mw, my, mrows * mw);
                        }
                    }
                }
                return out;
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }
    }

    /**
     * The drift stage's monthly flux files opened for window reads, with how their bands make the model's
     * periods: 12 bands give one period per step (a month, or a quarter averaged weighted by the bands'
     * {@code steps} metadata), any other band count one period (band 0). Close when done.
     */
    static final class MonthlyBands implements AutoCloseable {
        final RasterSource xs;
        final RasterSource ys;
        final int periods;
        private final int per;
        private final double[] weight;

        private MonthlyBands(RasterSource xs, RasterSource ys, StepLength step) {
            this.xs = xs;
            this.ys = ys;
            int bands = xs.bandCount();
            weight = new double[bands];
            for (int b = 0; b < bands; b++) weight[b] = Double.parseDouble(xs.bandInfo(b).metadata().getOrDefault("steps", "1"));
            periods = bands != 12 ? 1 : step.stepsPerYear();
            per = bands != 12 ? 1 : 12 / step.stepsPerYear();
        }

        static MonthlyBands open(StageContext ctx, Path qxFile, Path qyFile, StepLength step) throws IOException {
            RasterSource xs = ctx.run().rasters().open(qxFile);
            try {
                return new MonthlyBands(xs, ctx.run().rasters().open(qyFile), step);
            } catch (IOException | RuntimeException e) {
                xs.close();
                throw e;
            }
        }

        /** Period {@code s} over {@code win}: {qx, qy}, m³ m⁻¹ yr⁻¹, NaN as 0. */
        float[][] period(int s, Window win) throws IOException {
            if (per == 1) return new float[][] {zeroNaN(floats(xs.read(s, win))), zeroNaN(floats(ys.read(s, win)))};
            int n = win.width() * win.height();
            double[] ax = new double[n], ay = new double[n];
            double wsum = 0;
            for (int m = s * per; m < (s + 1) * per; m++) {
                float[] qx = zeroNaN(floats(xs.read(m, win))), qy = zeroNaN(floats(ys.read(m, win)));
                wsum += weight[m];
                for (int i = 0; i < n; i++) {
                    ax[i] += weight[m] * qx[i];
                    ay[i] += weight[m] * qy[i];
                }
            }
            float[] fx = new float[n], fy = new float[n];
            for (int i = 0; i < n; i++) {
                fx[i] = (float) (ax[i] / wsum);
                fy[i] = (float) (ay[i] / wsum);
            }
            return new float[][] {fx, fy};
        }

        /** The periods of {@code win} as a series read from the files on demand (one period in memory at a time). */
        FluxSeries over(Window win) {
            int n = win.width() * win.height();
            return new FluxSeries() {
                @Override public int periods() { return periods; }
                @Override public int cellCount() { return n; }
                @Override public void read(int period, float[] qxOut, float[] qyOut) {
                    try {
                        float[][] f = period(period, win);
                        System.arraycopy(f[0], 0, qxOut, 0, n);
                        System.arraycopy(f[1], 0, qyOut, 0, n);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the monthly potential flux", e);
                    }
                }
            };
        }

        @Override
        public void close() throws IOException {
            try {
                xs.close();
            } finally {
                ys.close();
            }
        }
    }

    static float[] floats(RasterBlock b) {
        if (b instanceof RasterBlock.Floats f && f.data().length == b.width() * b.height()) {
            // the same values as the generic loop below (get() widens the float; narrowing it back is exact)
            float[] d = f.data(), out = new float[d.length];
            NoData nd = b.noData();
            for (int i = 0; i < d.length; i++) out[i] = nd.matches(d[i]) ? Float.NaN : d[i];
            return out;
        }
        float[] out = new float[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) {
                double v = b.get(c, r);
                out[r * b.width() + c] = b.noData().matches(v) ? Float.NaN : (float) v;
            }
        }
        return out;
    }

    static float[] zeroNaN(float[] a) {
        for (int i = 0; i < a.length; i++) if (Float.isNaN(a[i])) a[i] = 0f;
        return a;
    }

    /** DEM nodata → mean of the valid elevations (the slip-face rule needs a bed everywhere). */
    static float[] filled(float[] z) {
        double s = 0;
        int n = 0;
        for (float v : z) if (Float.isFinite(v)) { s += v; n++; }
        float mean = n == 0 ? 0f : (float) (s / n);
        for (int i = 0; i < z.length; i++) if (!Float.isFinite(z[i])) z[i] = mean;
        return z;
    }

}
