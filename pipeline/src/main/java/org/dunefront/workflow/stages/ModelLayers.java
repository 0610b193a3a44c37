package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.FluxSeries;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.SandTransportOp;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.SurfaceClass;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * The transport model's layers on the model grid, read from the ingest and drift outputs in strips of
 * study rows and block-aggregated ({@link BlockAggregator}) when {@code migrate.modelCellSizeM} is a
 * multiple k &gt; 1 of the study cell (0 = AUTO, {@link #autoFactor}); with k = 1 the layers are the study-grid layers
 * themselves, value for value. Surface classes, cover, z0 and assets come from the legend
 * ({@link SurfaceLayers}); the DEM bed's nodata takes the mean elevation. The shelter index per wind sector
 * ({@code sx_local.tif}/{@code sx_regional.tif}, one band per sector) becomes one {@link ShelterMask}: a study
 * cell is sheltered for sector k when it is a local lee zone or mountain-blocked for wind from k
 * ({@link SectorShelter.Reader#sheltered}); on a coarser model grid a block is sheltered for sector k when
 * more than half of its study cells are ({@link BlockAggregator#majority}, per sector), so the lee zones
 * keep their area instead of being thresholded from a block-mean Sx. The study grid is never held whole:
 * the largest study-grid buffer is one strip. The layers are read by {@link StudyGridPass}.
 */
final class ModelLayers {
    /** Study rows per strip (a multiple of the block factor is taken): the GeoTIFF tile height. */
    static final int STRIP_ROWS = 512;
    /** Heap outside the model-grid arrays: study strips, raster codec buffers, JVM. */
    static final long FIXED_OVERHEAD_BYTES = 384L << 20;

    final GridGeometry study;
    final GridGeometry model;
    final BlockAggregator agg;
    final SurfaceClass[] lookup;
    final byte[] codes;
    final byte[] assets;
    final float[] cover;
    final float[] roughnessM;
    final ShelterMask shelter;
    final float[] bed;
    /** Null at k = 1 (the model's rule: initial thickness on mobile sand, 0 elsewhere). */
    final float[] initialThicknessM;
    final List<String> assetNames;
    final List<Boolean> assetIsFarmland;
    /** Study-grid cells of each asset class (hectares in the summary). */
    final long[] studyAssetCells;

    ModelLayers(GridGeometry study, GridGeometry model, BlockAggregator agg, SurfaceClass[] lookup, byte[] codes,
                        byte[] assets, float[] cover, float[] roughnessM, ShelterMask shelter, float[] bed, float[] initialThicknessM, List<String> assetNames, List<Boolean> assetIsFarmland,
                        long[] studyAssetCells) {
        this.study = study;
        this.model = model;
        this.agg = agg;
        this.lookup = lookup;
        this.codes = codes;
        this.assets = assets;
        this.cover = cover;
        this.roughnessM = roughnessM;
        this.shelter = shelter;
        this.bed = bed;
        this.initialThicknessM = initialThicknessM;
        this.assetNames = assetNames;
        this.assetIsFarmland = assetIsFarmland;
        this.studyAssetCells = studyAssetCells;
    }

    /**
     * Model cells at most under AUTO ({@code migrate.modelCellSizeM = 0}): 2000 × 2000, which keeps the transport's
     * model-grid arrays near 0.3 GB (80 bytes per cell) and one 30-year run well under a minute on two cores (the
     * plan runs it up to three more times). Transport work grows with the cells and the CFL sub-steps (∝ 1 / cell
     * size), so halving the cell costs about 8×: at 20000 × 20000 the 4000 × 4000 grid of 150 m cells took 45–55 s
     * a run after the stepper's activity tracking, the 2000 × 2000 grid of 300 m cells one sub-step instead of two.
     * The price is resolution: the front advance is quantised to one model cell per horizon (docs/sand-model.md).
     */
    static final long AUTO_MAX_MODEL_CELLS = 2000L * 2000L;

    /** The study grid and the block factor of {@code migrate.modelCellSizeM} (0: AUTO), checked against the heap. */
    static BlockAggregator aggregator(StageContext ctx) throws IOException {
        GridGeometry study = StageRasters.grid(ctx, ctx.upstream("ingest").resolve(IngestOutputs.LANDCOVER));
        double cell = study.cellSizeX();
        double wanted = ctx.run().config().migrate().modelCellSizeM();
        int k = factor(wanted, cell, study.width(), study.height());
        BlockAggregator agg = new BlockAggregator(study.width(), study.height(), k);
        checkMemory(agg, cell, Runtime.getRuntime().maxMemory());
        return agg;
    }

    /**
     * Block factor of a model cell size: a whole multiple of the study cell (else a configuration error), or for 0
     * (AUTO) {@link #autoFactor} of the study grid's size.
     */
    static int factor(double modelCellSizeM, double studyCellM, int studyWidth, int studyHeight) {
        if (modelCellSizeM == 0) return autoFactor(studyWidth, studyHeight);
        double k = modelCellSizeM / studyCellM;
        long rk = Math.round(k);
        if (rk < 1 || Math.abs(k - rk) > 1e-6 * Math.max(1, k)) {
            throw new ConfigurationException("migrate.modelCellSizeM", num(modelCellSizeM) + " m is not a whole multiple of the study cell size "
                    + num(studyCellM) + " m", "Use 0 (AUTO) or a multiple such as " + num(2 * studyCellM) + " or "
                    + num(10 * studyCellM) + " m");
        }
        return (int) rk;
    }

    /**
     * AUTO's block factor: the smallest k ≥ 1 such that the model grid of k × k study-cell blocks,
     * ⌈width / k⌉ × ⌈height / k⌉, has at most {@link #AUTO_MAX_MODEL_CELLS} cells. A function of the grid size only
     * (never of the heap), so a run's outputs do not depend on the machine: grids up to 2000 × 2000 keep the study
     * cell (k = 1), 5000 × 5000 gets k = 3, 20000 × 20000 gets k = 10 (300 m model cells on a 30 m study grid).
     */
    static int autoFactor(int studyWidth, int studyHeight) {
        int k = 1;
        while (modelCells(studyWidth, k) * modelCells(studyHeight, k) > AUTO_MAX_MODEL_CELLS) k++;
        return k;
    }

    private static long modelCells(int studyCells, int k) {
        return (studyCells + k - 1) / k;
    }

    /** Fails early when the transport at this model resolution would not fit in {@code maxHeapBytes}. */
    static void checkMemory(BlockAggregator agg, double studyCellM, long maxHeapBytes) {
        long need = estimateBytes(agg);
        if (need <= maxHeapBytes) return;
        int k = agg.factor();
        BlockAggregator fit = agg;
        while (estimateBytes(fit) > maxHeapBytes && (fit.modelWidth() > 1 || fit.modelHeight() > 1)) {
            fit = new BlockAggregator(agg.studyWidth(), agg.studyHeight(), fit.factor() + 1);
        }
        long gb = (need + (1L << 30) - 1) >> 30;
        throw new ConfigurationException("migrate.modelCellSizeM",
                String.format(Locale.ROOT, "the transport on a %d x %d model grid (%s m cells) needs about %.1f GB of heap, "
                        + "the JVM has %.1f GB", agg.modelWidth(), agg.modelHeight(), num(k * studyCellM), need / 1e9,
                        maxHeapBytes / 1e9),
                "Set migrate.modelCellSizeM to " + num(fit.factor() * studyCellM) + " m or more (it fits the current heap), "
                        + "or give the JVM more heap: JAVA_OPTS=-Xmx" + (gb + 1) + "g");
    }

    static long estimateBytes(BlockAggregator agg) {
        return SandTransportOp.estimatedHeapBytes((long) agg.modelWidth() * agg.modelHeight()) + FIXED_OVERHEAD_BYTES;
    }

    /** The layers alone (no forcing, no capacity): {@link StudyGridPass} over the ingest and drift outputs. */
    static ModelLayers read(StageContext ctx, BlockAggregator agg, TransportParams p) throws IOException {
        return StudyGridPass.run(ctx, agg, p, false, false, ProgressListener.NONE).layers();
    }

    /** The model grid: the study grid's origin and CRS with {@code factor} times its cell size. */
    static GridGeometry modelGrid(GridGeometry study, BlockAggregator agg) {
        GeoTransform t = study.transform();
        int k = agg.factor();
        GeoTransform m = new GeoTransform(t.originX(), t.pixelWidth() * k, t.rowRotation() * k, t.originY(),
                t.colRotation() * k, t.pixelHeight() * k);
        return new GridGeometry(study.crs(), m, agg.modelWidth(), agg.modelHeight());
    }

    /** Asset value of asset class k at index k − 1, in {@link SurfaceLayers}' order (legend code order). */
    static double[] assetValues(Legend legend) {
        return legend.classes().stream().sorted(Comparator.comparingInt(LandCoverClass::code))
                .filter(c -> c.assetValue() > 0)
                .mapToDouble(LandCoverClass::assetValue).toArray();
    }

    /** The transport input on the model grid (interventions, if any, are set by the caller). */
    SandTransportInput.Builder input(FluxSeries flux) {
        return SandTransportInput.builder(model.width(), model.height(), model.cellSizeX(), model.cellSizeY())
                .surface(codes, lookup)
                .potentialFlux(flux)
                .vegetationCoverFraction(cover)
                .roughnessLengthM(roughnessM)
                .shelterBySector(shelter)
                .bedElevationM(bed)
                .assets(assets, assetNames)
                .initialThicknessM(initialThicknessM);
    }


    static byte[] bytes(RasterBlock b) {
        int w = b.width(), h = b.height();
        byte[] out = new byte[w * h];
        if (b instanceof RasterBlock.Bytes bb) {
            System.arraycopy(bb.data(), 0, out, 0, out.length);
            return out;
        }
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) out[r * w + c] = (byte) (int) b.get(c, r);
        }
        return out;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
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
