package org.dunefront.workflow.stages;

import org.dunefront.wind.DownscaleWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.CapacityFluxOp;
import org.dunefront.transport.FluxField;
import org.dunefront.transport.FluxSeries;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * The migrate stage's single pass over the study grid: every study raster the transport needs (land cover, DEM, the
 * computed bands of the per-sector shelter index) is decoded once, in strips of whole model rows read through
 * {@link TileRows} (each 512-row tile row decoded once, bands in parallel), and each strip feeds, per group of model
 * rows on all threads:
 * <ol>
 * <li>the model-grid layers ({@link ModelLayers}: classes, assets, cover, z0, bed, initial sand, the per-sector
 *     {@link ShelterMask} by block majority) — the rules of {@link BlockAggregator};</li>
 * <li>optionally the forcing: the native monthly flux downscaled per period ({@link NativeMonthlyFlux}), block-averaged
 *     onto the model grid and written to a {@link FluxScratchFile};</li>
 * <li>optionally the study-grid annual-mean transport capacity for the rank stage ({@link CapacityFluxOp#annualMean}
 *     over the same downscaled periods, with the study cells' own factors and lee zones), written to
 *     {@code annual_capacity_qx.tif}/{@code annual_capacity_qy.tif}.</li>
 * </ol>
 * The capacity cannot come from the annual-mean forcing in one step: each period's lee zones are those of the sector
 * its flux comes from, so capacity is not linear in the flux with month-independent factors; it is computed period by
 * period, but from the periods the forcing downscales anyway (one downscale serves both).
 *
 * <p>On the study grid (k = 1) every value is computed per cell from the same expressions in the same order as the
 * former separate passes (ModelLayers strips, TransportForcing strips, MigrateRasterWriter sub-strips), so the outputs
 * are bit-identical to them. On a coarser model grid the forcing's block means and the annual capacity of cells no
 * sector shelters come from {@link LinearForcing} (the downscale is linear in the native flux: no per-period downscale
 * of every study cell), equal to the per-cell path within float32 rounding. Results never depend on the strip height
 * or thread count. Bands flagged {@code computed=false} by drift are
 * all NaN and are not decoded (NaN never exceeds a threshold). Memory besides the model-grid arrays: one strip of
 * inputs and capacity (about 30 bytes per study cell of a strip: 10 M cells at 20000 columns), one decoded tile row per
 * band, and per thread one group of model rows × periods of downscaled flux. Progress is reported and cancellation
 * polled per strip.
 */
final class StudyGridPass {
    /** Study cells per task (a group of whole model rows): small enough for every thread to get work per strip. */
    private static final int TASK_CELLS = 1 << 17;

    private StudyGridPass() { }

    /** What the pass produced: the model layers, and the forcing when asked for (the caller closes it). */
    record Result(ModelLayers layers, FluxScratchFile forcing) { }

    /**
     * @param withForcing  also build the model-grid forcing ({@link FluxScratchFile}, closed by the caller)
     * @param withCapacity also write the study-grid annual capacity rasters (committed here)
     */
    static Result run(StageContext ctx, BlockAggregator agg, TransportParams p, boolean withForcing, boolean withCapacity,
                      ProgressListener progress) throws IOException {
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift");
        Legend legend = StageLegend.of(ctx.run());
        boolean needFlux = withForcing || withCapacity;
        List<AutoCloseable> open = new ArrayList<>();
        ExecutorService pool = pool(p.threads());
        try {
            RasterSource lc = track(open, ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER)));
            RasterSource dem = track(open, ctx.run().rasters().open(ingest.resolve(IngestOutputs.DEM)));
            SectorShelter.Reader sx = track(open, SectorShelter.Reader.open(ctx, drift.resolve(DriftOutputs.SX_LOCAL),
                    drift.resolve(DriftOutputs.SX_REGIONAL), p));
            NativeMonthlyFlux flux = needFlux ? track(open, NativeMonthlyFlux.open(ctx, p.stepLength())) : null;
            Pass pass = new Pass(ctx, legend, agg, p, lc, dem, sx, flux, withForcing, withCapacity, pool);
            return pass.run(open, progress);
        } finally {
            if (pool != null) pool.shutdownNow();
            closeAll(open);
        }
    }

    /** The state of one run of the pass. */
    private static final class Pass {
        private final StageContext ctx;
        private final Legend legend;
        private final BlockAggregator agg;
        private final TransportParams p;
        private final RasterSource lc;
        private final SectorShelter.Reader sx;
        private final NativeMonthlyFlux flux;
        private final boolean withForcing;
        private final boolean withCapacity;
        private final ExecutorService pool;
        private final GridGeometry study;
        private final int w;
        private final int k;
        private final int mw;
        private final double[] assetValues;
        private final boolean[] insideByCode;
        /** The linear shortcut for coarser model grids (null at k = 1, or when the native bands' NaN cells differ). */
        private final LinearForcing linear;
        private final double[] factorByCode;
        // readers (one per band, each used by one task at a time)
        private final TileRows<byte[]> lcRows;
        private final TileRows<float[]> demRows;
        private final List<SectorShelter.Reader.Band> sxBands;
        private final List<TileRows<float[]>> sxRows = new ArrayList<>();
        // model-grid outputs
        private final byte[] codes;
        private final byte[] assets;
        private final float[] cover;
        private final float[] rough;
        private final float[] bed;
        private final float[] initial;
        private final ShelterMask.Builder shelter;

        Pass(StageContext ctx, Legend legend, BlockAggregator agg, TransportParams p, RasterSource lc, RasterSource dem,
             SectorShelter.Reader sx, NativeMonthlyFlux flux, boolean withForcing, boolean withCapacity, ExecutorService pool) {
            this.ctx = ctx;
            this.legend = legend;
            this.agg = agg;
            this.p = p;
            this.lc = lc;
            this.sx = sx;
            this.flux = flux;
            this.withForcing = withForcing;
            this.withCapacity = withCapacity;
            this.pool = pool;
            this.study = lc.grid();
            this.w = study.width();
            this.k = agg.factor();
            this.mw = agg.modelWidth();
            int mn = mw * agg.modelHeight();
            this.assetValues = ModelLayers.assetValues(legend);
            this.insideByCode = insideByCode(lc);
            this.linear = flux != null && agg.factor() > 1 ? LinearForcing.of(flux) : null;
            this.factorByCode = linear == null ? null : factorByCode(legend, p);
            this.lcRows = new TileRows<>(lc, 0, ModelLayers::bytes);
            this.demRows = new TileRows<>(dem, 0, StageRasters::floats);
            this.sxBands = sx.bandsToRead();
            for (SectorShelter.Reader.Band b : sxBands) sxRows.add(new TileRows<>(b.source(), b.band(), StageRasters::floats));
            this.codes = new byte[mn];
            this.assets = new byte[mn];
            this.cover = new float[mn];
            this.rough = new float[mn];
            this.bed = new float[mn];
            this.initial = k == 1 ? null : new float[mn];
            this.shelter = ShelterMask.builder(mn, sx.sectors);
        }

        Result run(List<AutoCloseable> open, ProgressListener progress) throws IOException {
            int h = study.height(), strip = agg.stripRows(ModelLayers.STRIP_ROWS);
            int periods = flux == null ? 0 : flux.periods;
            FluxScratchFile forcing = withForcing ? track(open, new FluxScratchFile(periods, mw * agg.modelHeight())) : null;
            List<RasterSink> sinks = withCapacity ? capacitySinks(open) : List.of();
            long[] assetCells = new long[assetValues.length];
            // strip buffers, reused
            byte[] stripCodes = new byte[strip * w];
            float[] stripDem = new float[strip * w];
            float[][] stripSx = new float[sxBands.size()][strip * w];
            int stripModelRows = strip / k;
            float[][][] stripForcing = withForcing ? new float[periods][2][stripModelRows * mw] : null;
            float[][] stripCap = withCapacity ? new float[2][strip * w] : null;
            int taskRows = k * Math.max(1, TASK_CELLS / (k * w));
            for (int row0 = 0; row0 < h; row0 += strip) {
                progress.reportOrCancel((double) row0 / h, "reading the study layers onto the "
                        + agg.modelWidth() + " x " + agg.modelHeight() + " model grid: row " + row0 + " of " + h);
                int rows = agg.rowsOf(row0, strip);
                readStrip(row0, rows, stripCodes, stripDem, stripSx);
                List<Callable<long[]>> tasks = new ArrayList<>();
                for (int r0 = row0; r0 < row0 + rows; r0 += taskRows) {
                    int from = r0, n = Math.min(taskRows, row0 + rows - r0), base = row0;
                    tasks.add(() -> rowGroup(base, from, n, stripCodes, stripDem, stripSx, stripForcing, stripCap));
                }
                for (long[] counts : invokeAll(tasks)) for (int a = 0; a < counts.length; a++) assetCells[a] += counts[a];
                if (forcing != null) {
                    int mr0 = row0 / k, mrows = (rows + k - 1) / k;
                    for (int s = 0; s < periods; s++) {
                        forcing.write(s, 0, mr0 * mw, stripForcing[s][0], mrows * mw);
                        forcing.write(s, 1, mr0 * mw, stripForcing[s][1], mrows * mw);
                    }
                }
                if (withCapacity) {
                    Window win = new Window(0, row0, w, rows);
                    for (int c = 0; c < 2; c++) {
                        sinks.get(c).write(0, new RasterBlock.Floats(win, NoData.NAN, Arrays.copyOf(stripCap[c], rows * w)));
                    }
                }
            }
            for (RasterSink s : sinks) s.commit();
            progress.reportOrCancel(1.0, "study layers read");
            SurfaceLayers names = SurfaceLayers.of(legend, new byte[0], p.referenceRoughnessM());
            GridGeometry model = k == 1 ? study : ModelLayers.modelGrid(study, agg);
            ModelLayers layers = new ModelLayers(study, model, agg, names.lookup(), codes, assets, cover, rough,
                    shelter.build(), ModelLayers.filled(bed), initial, names.assetNames(), names.assetIsFarmland(), assetCells);
            if (forcing != null) open.remove(forcing); // handed to the caller
            return new Result(layers, forcing);
        }

        private List<RasterSink> capacitySinks(List<AutoCloseable> open) throws IOException {
            List<RasterSink> sinks = new ArrayList<>();
            String what = "sand transport capacity (potential flux after surface, vegetation, roughness, shelter)";
            sinks.add(track(open, ctx.run().rasters().create(ctx.output(MigrateOutputs.CAPACITY_QX), study, DataType.FLOAT32,
                    List.of(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("annual-mean eastward " + what)))));
            sinks.add(track(open, ctx.run().rasters().create(ctx.output(MigrateOutputs.CAPACITY_QY), study, DataType.FLOAT32,
                    List.of(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("annual-mean northward " + what)))));
            return sinks;
        }

        /** Decodes the strip's rows of every band, one band per task (each band's tile rows are decoded once). */
        private void readStrip(int row0, int rows, byte[] stripCodes, float[] stripDem, float[][] stripSx) throws IOException {
            List<Callable<long[]>> reads = new ArrayList<>();
            reads.add(() -> { lcRows.read(row0, rows, stripCodes); return null; });
            reads.add(() -> { demRows.read(row0, rows, stripDem); return null; });
            for (int b = 0; b < sxRows.size(); b++) {
                TileRows<float[]> r = sxRows.get(b);
                float[] out = stripSx[b];
                reads.add(() -> { r.read(row0, rows, out); return null; });
            }
            invokeAll(reads);
        }

        /**
         * Study rows {@code [r0, r0 + n)} (whole model rows; {@code base} = the strip's first row): the model cells they
         * cover, their periods of forcing and their annual capacity. Returns the study cells per asset class.
         */
        private long[] rowGroup(int base, int r0, int n, byte[] stripCodes, float[] stripDem, float[][] stripSx,
                                float[][][] stripForcing, float[][] stripCap) throws IOException {
            int off = (r0 - base) * w, cells = n * w;
            byte[] c = Arrays.copyOfRange(stripCodes, off, off + cells);
            SurfaceLayers s = SurfaceLayers.of(legend, c, p.referenceRoughnessM());
            long[] assetCells = new long[assetValues.length];
            for (byte a : s.assetCodes()) if (a != 0) assetCells[(a & 0xFF) - 1]++;
            if (k == 1) {
                System.arraycopy(c, 0, codes, r0 * w, cells);
                System.arraycopy(s.assetCodes(), 0, assets, r0 * w, cells);
            } else {
                agg.surface(c, s.lookup(), s.assetCodes(), assetValues, p.initialSandThicknessM(), r0, n, codes, assets, initial);
            }
            agg.mean(s.cover(), r0, n, cover);
            agg.mean(s.roughnessM(), r0, n, rough);
            agg.mean(Arrays.copyOfRange(stripDem, off, off + cells), r0, n, bed);
            boolean[] anySector = new boolean[cells];
            ShelterMask studyMask = shelter(r0, n, off, cells, stripSx, anySector);
            if (flux == null) return assetCells;
            boolean[] inside = new boolean[cells];
            for (int i = 0; i < cells; i++) inside[i] = insideByCode[c[i] & 0xFF];
            if (linear != null) { // coarser model grid: block means and annual capacity without per-period downscales
                DownscaleWeights bc = flux.cells(new Window(0, r0, w, n));
                if (stripForcing != null) linear.blockMeans(bc, inside, w, n, k, mw, (r0 - base) / k, stripForcing);
                if (stripCap != null) linear.annualCapacity(bc, inside, c, factorByCode, studyMask, anySector, stripCap[0], stripCap[1], off);
                return assetCells;
            }
            NativeMonthlyFlux.Prepared prepared = flux.prepare(new Window(0, r0, w, n), inside);
            List<FluxField> periods = new ArrayList<>(flux.periods);
            for (int t = 0; t < flux.periods; t++) {
                float[][] f = prepared.period(t);
                periods.add(new FluxField(f[0], f[1]));
                if (stripForcing != null) {
                    for (int comp = 0; comp < 2; comp++) {
                        if (k == 1) System.arraycopy(f[comp], 0, stripForcing[t][comp], off, cells);
                        else agg.mean(f[comp], r0 - base, n, stripForcing[t][comp]); // strip-relative model rows
                    }
                }
            }
            if (stripCap != null) {
                SandTransportInput in = SandTransportInput.builder(w, n, study.cellSizeX(), study.cellSizeY())
                        .surface(c, s.lookup())
                        .potentialFlux(FluxSeries.of(periods))
                        .vegetationCoverFraction(s.cover())
                        .roughnessLengthM(s.roughnessM())
                        .shelterBySector(studyMask)
                        .build();
                float[][] cap = CapacityFluxOp.annualMean(in, p);
                System.arraycopy(cap[0], 0, stripCap[0], off, cells);
                System.arraycopy(cap[1], 0, stripCap[1], off, cells);
            }
            return assetCells;
        }

        /**
         * Marks the model-grid shelter mask for the rows (per sector: the study flags, or their block majority) and
         * returns the study cells' own mask (for the capacity).
         */
        private ShelterMask shelter(int r0, int n, int off, int cells, float[][] stripSx, boolean[] anySector) {
            ShelterMask.Builder study = ShelterMask.builder(cells, sx.sectors);
            boolean[] flags = new boolean[cells];
            boolean[] blocks = k == 1 ? null : new boolean[mw * (n / k + 1)];
            for (int sector = 0; sector < sx.sectors; sector++) {
                boolean any = false;
                Arrays.fill(flags, false);
                for (int b = 0; b < sxBands.size(); b++) {
                    SectorShelter.Reader.Band band = sxBands.get(b);
                    if (band.sector() != sector) continue;
                    any = true;
                    float[] v = stripSx[b];
                    double thr = band.thresholdDeg();
                    for (int i = 0; i < cells; i++) if (v[off + i] > thr) flags[i] = true;
                }
                if (!any) continue; // no computed band for this sector: never sheltered
                study.mark(sector, flags, 0, cells);
                for (int i = 0; i < cells; i++) anySector[i] |= flags[i];
                if (k == 1) {
                    shelter.mark(sector, flags, r0 * w, cells);
                } else {
                    agg.majority(flags, 0, n, blocks); // model rows of this group, from index 0
                    shelter.mark(sector, blocks, (r0 / k) * mw, ((n + k - 1) / k) * mw);
                }
            }
            return study.build();
        }

        private <T> List<T> invokeAll(List<Callable<T>> tasks) throws IOException {
            List<T> out = new ArrayList<>(tasks.size());
            if (pool == null) {
                for (Callable<T> t : tasks) out.add(call(t));
                return out;
            }
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> t : tasks) futures.add(pool.submit(t));
            Throwable failure = null;
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause();
                    for (Future<T> g : futures) g.cancel(false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new org.dunefront.grid.CancelledException("interrupted while reading the study layers");
                }
            }
            if (failure != null) rethrow(failure);
            return out;
        }
    }

    /** {@link CapacityFluxOp#reductionFactor} of each land-cover code's class, cover and z0 (as the transport input gives them). */
    private static double[] factorByCode(Legend legend, TransportParams p) {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) all[b] = (byte) b;
        SurfaceLayers s = SurfaceLayers.of(legend, all, p.referenceRoughnessM());
        double[] f = new double[256];
        for (int b = 0; b < 256; b++) {
            double cover = Float.isNaN(s.cover()[b]) ? 0 : s.cover()[b];
            double z0 = Float.isNaN(s.roughnessM()[b]) ? p.referenceRoughnessM() : s.roughnessM()[b];
            f[b] = CapacityFluxOp.reductionFactor(s.lookup()[b], cover, z0, p);
        }
        return f;
    }

    /** Land-cover codes inside the AOI (not the band's nodata), by unsigned byte (codes as {@link ModelLayers#bytes}). */
    private static boolean[] insideByCode(RasterSource lc) {
        NoData nd = lc.bandInfo(0).noData();
        boolean signed = lc.dataType() == DataType.INT8;
        if (lc.dataType() != DataType.UINT8 && !signed) {
            throw new org.dunefront.error.InputDataException(lc.name(), "land cover is " + lc.dataType() + ", not UINT8",
                    "re-run the ingest stage (dunefront ingest), which writes the land cover as UINT8 class codes");
        }
        boolean[] in = new boolean[256];
        for (int b = 0; b < 256; b++) in[b] = !nd.matches(signed ? (byte) b : b);
        return in;
    }

    private static ExecutorService pool(int threads) {
        if (threads < 2) return null;
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dunefront-study-pass-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code c}, passing I/O and runtime exceptions through and wrapping any other checked one. */
    static <T> T call(Callable<T> c) throws IOException {
        try {
            return c.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) throw io;
        if (t instanceof UncheckedIOException u) throw u.getCause();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error er) throw er;
        throw new IllegalStateException(t);
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> open, T resource) {
        open.add(resource);
        return resource;
    }

    private static void closeAll(List<AutoCloseable> open) throws IOException {
        Throwable first = null;
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                if (first == null) first = e; else first.addSuppressed(e);
            }
        }
        if (first != null) rethrow(first);
    }
}
