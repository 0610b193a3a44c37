package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.error.OutOfMemoryException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.plan.FloatLayer;
import org.dunefront.plan.LandCoverLookup;
import org.dunefront.plan.PlanInputs;
import org.dunefront.plan.PlanParameters;
import org.dunefront.plan.RankedPatches;
import org.dunefront.plan.RestorationPlanner;
import org.dunefront.ranking.DistanceStrips;
import org.dunefront.ranking.FluxField;
import org.dunefront.ranking.ReachStore;
import org.dunefront.ranking.RoutingScheme;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;

/**
 * rank: candidate cells per action, patches (minimum mapping unit, 4/8-connectivity) and AHP
 * ranking ({@code plan.RestorationPlanner.rank} with {@link PlanMapping#planParameters}).
 *
 * <p>Inputs: {@code ingest/landcover.tif} (codes of the run's legend, traits via {@link LegendTraits};
 * road cells = classes with the legend's {@code road} flag), {@code ingest/rivers.tif} ({@code RiverFlag}
 * bits; nodata → no river), the migrate stage's annual transport capacity
 * {@code annual_capacity_qx/qy.tif} as the east/north sand flux (m³ m⁻¹ yr⁻¹; NaN → 0), and the drift
 * stage's Horn {@code slope.tif}/{@code aspect.tif} (degrees).
 *
 * <p>Outputs (read by {@link PlanStage}): {@link PatchTable#LABELS} (INT32 patch id per cell, 0 = none)
 * and {@link PatchTable#FILE}. Key numbers: candidate patches per action and in total.
 * Deterministic (the ranking is), cancellable between steps.
 *
 * <p>Memory: {@code RestorationPlanner.rankInStrips}: only land cover and rivers are held whole (2 bytes
 * per cell); flux, slope and aspect are read in strips ({@link RasterRows}); the routing, which needs
 * random access, reads the flux from a tiled scratch copy and writes its reach values to another
 * ({@link TiledScratchFile}, in the stage's work folder, deleted before the stage ends). The routing runs
 * on a thread of its own beside the candidate rules, which read the flux copy through a second reader
 * with a cache of its own ({@link TiledScratchFile#reader}). Peak 8 bytes per
 * cell while labelling (9 with D8); the stage checks {@link #estimatedHeapBytes} against the heap before
 * reading anything and fails with exit 5 and the heap that would fit.
 */
final class RankStage implements Stage {
    @Override public String name() { return "rank"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift", "migrate"); }
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("rank", c.rank(), "migrate", c.migrate());
    }

    /** Whole-grid heap per cell of the plan inputs as {@link #run} holds them: land cover and rivers, 1 byte each (flux, slope and aspect are read in strips). */
    static final int INPUT_BYTES_PER_CELL = 2;

    /** Heap that does not grow with the cell count: JVM, legend, write strips, per-patch tables (64 MB). */
    static final long FIXED_OVERHEAD_BYTES = 64L << 20;

    /** Cache of each of the routing's two scratch files (flux and reach, {@link TiledScratchFile}). */
    static final long SCRATCH_CACHE_BYTES = TiledScratchFile.DEFAULT_CACHE_BYTES;

    /**
     * Heap above the live set, in percent of it: G1 places the whole-grid arrays (humongous objects) in
     * contiguous free regions, so a heap just above the live set fails by fragmentation (5000²: live peak
     * about 0.68 GB; -Xmx760m ran out while labelling, -Xmx850m completed).
     */
    static final int G1_HEADROOM_PERCENT = 15;

    /** Block height assumed for the strip-read layers in the estimate (the GeoTIFF writer's 512-row tiles). */
    private static final int ASSUMED_BLOCK_ROWS = 512;

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        PlanParameters params = PlanMapping.planParameters(ctx.run().config());
        GridGeometry grid = StageRasters.grid(ctx, ctx.upstream("ingest").resolve(IngestOutputs.LANDCOVER));
        checkMemory(grid.width(), grid.height(), params.routing().scheme(), Runtime.getRuntime().maxMemory());
        ctx.progress().reportOrCancel(0.0, "copying the flux, reading land cover and rivers");
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift"), migrate = ctx.upstream("migrate");
        RasterFiles files = ctx.run().rasters();
        RankedPatches outcome;
        int w = grid.width(), h = grid.height();
        try (TiledScratchFile flux = TiledScratchFile.create(ctx.workDir(), ".flux-scratch.bin", w, h, 2, SCRATCH_CACHE_BYTES);
             TiledScratchFile reach = TiledScratchFile.create(ctx.workDir(), ".reach-scratch.bin", w, h, 2, SCRATCH_CACHE_BYTES)) {
            try (RasterRows qx = RasterRows.open(files, migrate.resolve(MigrateOutputs.CAPACITY_QX), grid, 0f);
                 RasterRows qy = RasterRows.open(files, migrate.resolve(MigrateOutputs.CAPACITY_QY), grid, 0f)) {
                copyFlux(qx, qy, flux, w, h, ctx);
            }
            flux.flush();
            // the routing (its own thread) reads the flux through `flux`; the strip passes beside and after it
            // read the same scratch copy (decoded once) through a reader with a cache of its own
            try (TiledScratchFile fluxRows = flux.reader(fluxRowsCacheBytes(w, h));
                 RasterRows slope = RasterRows.open(files, drift.resolve(DriftOutputs.SLOPE), grid, Float.NaN);
                 RasterRows aspect = RasterRows.open(files, drift.resolve(DriftOutputs.ASPECT), grid, Float.NaN)) {
                PlanInputs in = inputs(ctx, grid, ingest,
                        FloatLayer.inStrips((r0, rows, out) -> fluxRows.readRows(r0, rows, 0, out), w, h),
                        FloatLayer.inStrips((r0, rows, out) -> fluxRows.readRows(r0, rows, 1, out), w, h),
                        FloatLayer.inStrips(slope::read, w, h), FloatLayer.inStrips(aspect::read, w, h));
                FluxField routingFlux = new FluxField() {
                    @Override public float east(int i) { return (float) flux.get(i, 0); }
                    @Override public float north(int i) { return (float) flux.get(i, 1); }
                };
                ReachStore reachStore = new ReachStore() {
                    @Override public double any(int i) { return reach.get(i, 0); }
                    @Override public double value(int i) { return reach.get(i, 1); }
                    @Override public void set(int i, double any, double value) { reach.set(i, any, value); }
                };
                outcome = RestorationPlanner.rankInStrips(in, params, DistanceStrips.defaultStripRows(h), routingFlux,
                        reachStore, ctx.progress().scaled(0.1, 0.9));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ctx.progress().reportOrCancel(0.9, "writing " + outcome.patches().size() + " patches");
        writeLabels(ctx, grid, outcome.labels().labelsView());
        PatchTable.write(ctx.output(PatchTable.FILE), outcome.patches());
        StageStyles.writeBesideRasters(ctx);
        Map<String, Double> numbers = new TreeMap<>();
        numbers.put("candidatePatches", (double) outcome.patches().size());
        outcome.patches().forEach(p -> numbers.merge("patches_" + p.action().id(), 1.0, Double::sum));
        ctx.progress().reportOrCancel(1.0, "rank done");
        return StageResult.of(numbers);
    }

    /**
     * Estimated peak heap of the stage in bytes: {@link #bytesPerCell} per cell, plus what does not grow
     * with the cell count but with the width: the distance strips' border state and buffers
     * ({@link DistanceStrips}, four layers at a time), one strip of the four streamed layers and of the
     * reach, two open rasters' reader caches and decoded chunks ({@link RasterRows}: the flux pair while it is
     * copied, then slope and aspect), the caches of the flux and reach scratch
     * files and of the flux reader of the strip passes ({@link #fluxRowsCacheBytes}) and a fixed overhead; plus {@value #G1_HEADROOM_PERCENT} % headroom for the collector.
     */
    static long estimatedHeapBytes(int width, int height, RoutingScheme scheme) {
        long cells = (long) width * height;
        int rows = DistanceStrips.defaultStripRows(height);
        long strips = (height + rows - 1) / rows;
        long perLayer = strips * width * 4L + (long) rows * width * 17L + (long) width * 40L;
        long streamed = (long) rows * width * (4 * 4 + 8 + 2 * 4); // four layer windows, reach strip, flux window
        long chunks = 2 * RasterRows.heapBytes(width, height, ASSUMED_BLOCK_ROWS); // qx, qy; then slope, aspect
        long live = cells * bytesPerCell(scheme) + 4 * perLayer + streamed + chunks
                + 2 * TiledScratchFile.cacheHeapBytes(width, height, 2, SCRATCH_CACHE_BYTES)
                + TiledScratchFile.cacheHeapBytes(width, height, 2, fluxRowsCacheBytes(width, height))
                + FIXED_OVERHEAD_BYTES;
        return live + live * G1_HEADROOM_PERCENT / 100;
    }

    /** Cache of the flux reader of the strip passes: every tile one strip touches (4 MiB at least). */
    static long fluxRowsCacheBytes(int width, int height) {
        return Math.max(4L << 20, TiledScratchFile.stripCacheBytes(width, DistanceStrips.defaultStripRows(height), 2));
    }

    /**
     * Whole-grid heap per cell at the stage's peak (while patches are labelled): land cover and rivers
     * ({@value #INPUT_BYTES_PER_CELL}) plus {@link RestorationPlanner#RANK_BYTES_PER_CELL} (routing flags,
     * action codes, union-find labels), plus the D8 direction byte. The routing itself holds less (flags,
     * and the D8 byte): its flux and reach are in scratch files.
     */
    static int bytesPerCell(RoutingScheme scheme) {
        return INPUT_BYTES_PER_CELL + RestorationPlanner.RANK_BYTES_PER_CELL + (scheme == RoutingScheme.D8 ? 1 : 0);
    }

    /** Fails before reading anything (exit 5, with the heap that would fit) when the grid cannot be ranked in {@code maxHeapBytes}. */
    static void checkMemory(int width, int height, RoutingScheme scheme, long maxHeapBytes) {
        long need = estimatedHeapBytes(width, height, scheme);
        if (need <= maxHeapBytes) return;
        throw new OutOfMemoryException("rank", need, maxHeapBytes, String.format(Locale.ROOT,
                "ranking %d x %d cells (%d bytes per cell)", width, height, bytesPerCell(scheme)));
    }

    /**
     * Copies the flux rasters into the tiled scratch file (as float32 values widened to double, so they
     * read back exactly) that the routing and every later pass read, 64 rows (one row of tiles) at a time.
     */
    private static void copyFlux(RasterRows qx, RasterRows qy, TiledScratchFile flux, int w, int h, StageContext ctx) {
        int step = Math.min(64, h);
        float[] east = new float[step * w], north = new float[step * w];
        for (int r0 = 0; r0 < h; r0 += step) {
            ctx.progress().reportOrCancel(0.1 * r0 / h, "copying the flux for the routing");
            int rows = Math.min(step, h - r0);
            qx.read(r0, rows, east);
            qy.read(r0, rows, north);
            int base = r0 * w;
            for (int k = 0; k < rows * w; k++) flux.set(base + k, east[k], north[k]);
        }
    }

    /**
     * The aligned plan inputs: land cover and river flags read whole as bytes (2 bytes per cell), the
     * given strip-read flux, slope and aspect layers. Road cells come from the legend's {@code road}
     * classes inside the criteria.
     */
    private static PlanInputs inputs(StageContext ctx, GridGeometry grid, Path ingest, FloatLayer qx, FloatLayer qy,
                                     FloatLayer slope, FloatLayer aspect) throws IOException {
        RasterFiles files = ctx.run().rasters();
        byte[] codes = PlanRasters.readBytes(files, ingest.resolve(IngestOutputs.LANDCOVER));
        Legend legend = StageLegend.of(ctx.run());
        LandCoverLookup lookup = LegendTraits.lookup(legend);
        byte[] rivers = PlanRasters.readBytes(files, ingest.resolve(IngestOutputs.RIVERS));
        for (int i = 0; i < rivers.length; i++) {
            if ((rivers[i] & 0xFF) == IngestOutputs.FLAG_NODATA) rivers[i] = 0;
        }
        return new PlanInputs(grid, codes, lookup, qx, qy, slope, aspect, rivers, null);
    }

    private static void writeLabels(StageContext ctx, GridGeometry grid, int[] labels) throws IOException {
        BandInfo band = BandInfo.of(NoData.NONE).withDescription("patch id (0 = no patch); rank/patches.csv row id");
        PlanRasters.writeInts(ctx.run().rasters(), ctx.output(PatchTable.LABELS), grid, band, labels);
    }
}
