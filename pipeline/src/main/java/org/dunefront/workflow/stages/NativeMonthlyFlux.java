package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.transport.FluxSeries;
import org.dunefront.transport.StepLength;
import org.dunefront.wind.DownscaleWeights;
import org.dunefront.workflow.StageContext;

/**
 * The migrate stage's monthly forcing on study-grid windows, downscaled on the fly from the drift stage's
 * monthly potential flux on the wind's native grid ({@code qx_monthly_native.tif}/{@code qy_monthly_native.tif},
 * a few hundred cells per band: read whole once). The study-grid monthly flux is the native flux and nothing
 * else: drift applies no per-cell factor to it (land cover, terrain and shelter reduce the flux only inside the
 * transport model, {@code transport.CapacityFluxOp}), so a window's field is exactly what drift's fused tile
 * pass wrote into the former {@code qx_monthly.tif}: the bilinear weights of {@link DownscaleWeights} from the
 * native grid expressed in the study CRS ({@link NativeGridInStudyCrs}), NaN outside the AOI (land cover nodata,
 * {@link StudyMask}). Each cell's weights depend only on its own grid position, so any window gives the same
 * values bit for bit; the native bands are float32 on disk as in drift's memory, so the fields equal the old
 * study-grid layers exactly. Then, as before: NaN flux → 0, and 12 monthly bands make one period per model step
 * (a month, or a quarter averaged weighted by the bands' {@code steps} metadata); any other band count one
 * period (band 0).
 *
 * <p>Memory: the native bands (2 × 12 × native cells) plus, per {@link Prepared} window, 49 bytes per study
 * cell (weights and AOI mask) — callers keep windows to about {@link #WINDOW_CELLS} cells. Not thread-safe
 * (the land-cover source is read one window at a time).
 */
final class NativeMonthlyFlux implements AutoCloseable {
    /** Study cells per prepared window the callers aim at (about 50 MB of weights and mask). */
    static final int WINDOW_CELLS = 1 << 20;

    private final RasterSource landcover;
    private final GridGeometry study;
    private final Window nativeWindow;
    private final GeoTransform nativeInStudyCrs;
    private final List<float[]> qx;
    private final List<float[]> qy;
    private final double[] weight;
    final int periods;
    private final int per;

    private NativeMonthlyFlux(RasterSource landcover, GridGeometry nativeGrid, List<float[]> qx, List<float[]> qy,
                              double[] weight, StepLength step) {
        this.landcover = landcover;
        this.study = landcover.grid();
        this.nativeWindow = nativeGrid.extent();
        this.nativeInStudyCrs = NativeGridInStudyCrs.of(nativeGrid, study);
        this.qx = qx;
        this.qy = qy;
        this.weight = weight;
        int bands = qx.size();
        periods = bands != 12 ? 1 : step.stepsPerYear();
        per = bands != 12 ? 1 : 12 / step.stepsPerYear();
    }

    /** {@link #open(StageContext, Path, Path, Path, StepLength)} on the drift and ingest outputs of the run. */
    static NativeMonthlyFlux open(StageContext ctx, StepLength step) throws IOException {
        Path drift = ctx.upstream("drift");
        return open(ctx, drift.resolve(DriftOutputs.QX_MONTHLY_NATIVE), drift.resolve(DriftOutputs.QY_MONTHLY_NATIVE),
                ctx.upstream("ingest").resolve(IngestOutputs.LANDCOVER), step);
    }

    /**
     * Reads the native monthly flux files whole and opens the study grid's land cover (the AOI) for window
     * reads. Close when done.
     */
    static NativeMonthlyFlux open(StageContext ctx, Path qxNativeFile, Path qyNativeFile, Path landcoverFile, StepLength step)
            throws IOException {
        GridGeometry grid;
        List<float[]> qx = new ArrayList<>(), qy = new ArrayList<>();
        double[] weight;
        try (RasterSource xs = ctx.run().rasters().open(qxNativeFile); RasterSource ys = ctx.run().rasters().open(qyNativeFile)) {
            grid = xs.grid();
            if (ys.bandCount() != xs.bandCount() || !ys.grid().sameGridAs(grid, 1e-9)) {
                throw new InputDataException(qyNativeFile.toString(), "has " + ys.bandCount() + " bands on grid " + ys.grid() + ", "
                        + qxNativeFile.getFileName() + " has " + xs.bandCount() + " on " + grid,
                        "re-run the drift stage (dunefront drift) so both monthly flux files come from one wind record");
            }
            weight = new double[xs.bandCount()];
            for (int b = 0; b < xs.bandCount(); b++) {
                weight[b] = Double.parseDouble(xs.bandInfo(b).metadata().getOrDefault("steps", "1"));
                qx.add(StageRasters.floats(xs.read(b, grid.extent())));
                qy.add(StageRasters.floats(ys.read(b, grid.extent())));
            }
        }
        RasterSource lc = ctx.run().rasters().open(landcoverFile);
        return new NativeMonthlyFlux(lc, grid, qx, qy, weight, step);
    }

    GridGeometry study() {
        return study;
    }

    /** Study rows per window of full grid width that keep a window near {@link #WINDOW_CELLS} cells (at least 1). */
    int rowsPerWindow() {
        return Math.max(1, WINDOW_CELLS / study.width());
    }

    /** The downscaling weights and AOI mask of {@code win}, shared by every period of it. */
    Prepared prepare(Window win) throws IOException {
        return new Prepared(win, DownscaleWeights.of(nativeWindow, nativeInStudyCrs, study.transform(), win),
                StudyMask.inside(landcover, win));
    }

    /**
     * As {@link #prepare(Window)} with the AOI mask already known ({@code inside}, row-major over {@code win}: land
     * cover not nodata), for callers that read the land cover themselves. Thread-safe (reads no raster).
     */
    Prepared prepare(Window win, boolean[] inside) {
        if (inside.length != win.cellCount()) throw new IllegalArgumentException("mask of " + inside.length + " cells, window " + win);
        return new Prepared(win, DownscaleWeights.of(nativeWindow, nativeInStudyCrs, study.transform(), win), inside);
    }

    /** The AOI mask of {@code win} (land cover not nodata), row-major. */
    boolean[] inside(Window win) throws IOException {
        return StudyMask.inside(landcover, win);
    }

    /** The bilinear weights of {@code win}, cell by cell (the weights {@link #prepare} uses). */
    DownscaleWeights cells(Window win) {
        return DownscaleWeights.of(nativeWindow, nativeInStudyCrs, study.transform(), win);
    }

    /** Native band {@code band} of qx ({@code component} 0) or qy (1), row-major over the native grid (not copied). */
    float[] nativeBand(int component, int band) {
        return (component == 0 ? qx : qy).get(band);
    }

    /** Wind steps of band {@code band} (its {@code steps} metadata): the weight of a month in a seasonal period. */
    double bandWeight(int band) {
        return weight[band];
    }

    /** Bands averaged into one period (1, or 3 for SEASONAL steps of 12 monthly bands). */
    int bandsPerPeriod() {
        return per;
    }

    /** One study-grid window ready to serve every period. */
    final class Prepared {
        private final Window window;
        private final DownscaleWeights weights;
        private final boolean[] inside;

        private Prepared(Window window, DownscaleWeights weights, boolean[] inside) {
            this.window = window;
            this.weights = weights;
            this.inside = inside;
        }

        Window window() {
            return window;
        }

        /** Period {@code s} over the window: {qx, qy}, m³ m⁻¹ yr⁻¹, NaN (outside the AOI, no valid corner) as 0. */
        float[][] period(int s) {
            if (per == 1) return new float[][] {month(qx.get(s)), month(qy.get(s))};
            int n = inside.length;
            double[] ax = new double[n], ay = new double[n];
            double wsum = 0;
            for (int m = s * per; m < (s + 1) * per; m++) {
                float[] mx = month(qx.get(m)), my = month(qy.get(m));
                wsum += weight[m];
                for (int i = 0; i < n; i++) {
                    ax[i] += weight[m] * mx[i];
                    ay[i] += weight[m] * my[i];
                }
            }
            float[] fx = new float[n], fy = new float[n];
            for (int i = 0; i < n; i++) {
                fx[i] = (float) (ax[i] / wsum);
                fy[i] = (float) (ay[i] / wsum);
            }
            return new float[][] {fx, fy};
        }

        /** One native band downscaled onto the window, NaN outside the AOI (drift's study-grid value), then NaN → 0. */
        float[] studyGridValues(float[] nativeBand) {
            float[] v = weights.apply(nativeBand);
            StudyTile.mask(v, inside);
            return v;
        }

        private float[] month(float[] nativeBand) {
            return zeroNaN(studyGridValues(nativeBand));
        }

        /** The periods of the window as a series (weights computed once, each period downscaled on demand). */
        FluxSeries series() {
            int n = inside.length;
            return new FluxSeries() {
                @Override public int periods() { return periods; }
                @Override public int cellCount() { return n; }
                @Override public void read(int period, float[] qxOut, float[] qyOut) {
                    float[][] f = period(period);
                    System.arraycopy(f[0], 0, qxOut, 0, n);
                    System.arraycopy(f[1], 0, qyOut, 0, n);
                }
            };
        }
    }

    /** Monthly band {@code band} of qx ({@code component} 0) or qy (1) downscaled onto {@code win}, NaN outside the AOI. */
    float[] studyGridMonth(int component, int band, Window win) throws IOException {
        return prepare(win).studyGridValues((component == 0 ? qx : qy).get(band));
    }

    int bands() {
        return qx.size();
    }

    @Override
    public void close() throws IOException {
        landcover.close();
    }

    private static float[] zeroNaN(float[] a) {
        for (int i = 0; i < a.length; i++) if (Float.isNaN(a[i])) a[i] = 0f;
        return a;
    }
}
