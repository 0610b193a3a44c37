package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.dunefront.plan.LandCoverLookup;
import org.dunefront.plan.PlanInputs;
import org.dunefront.plan.PlanParameters;
import org.dunefront.plan.RankedPatches;
import org.dunefront.plan.RestorationPlanner;
import org.dunefront.ranking.DistanceStrips;
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
 * <p>Memory: {@code RestorationPlanner.rankInStrips} (distance layers in strips, routing released early);
 * the stage checks {@link #estimatedHeapBytes} against the heap before reading anything and fails with
 * exit 5 and the heap that would fit.
 */
final class RankStage implements Stage {
    @Override public String name() { return "rank"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift", "migrate"); }
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("rank", c.rank(), "migrate", c.migrate());
    }

    /** Heap per cell of the plan inputs as {@link #inputs} reads them: land cover and rivers 1 byte each, four float32 layers. */
    static final int INPUT_BYTES_PER_CELL = 18;

    /** Heap that does not grow with the cell count: JVM, legend, read/write strips (64 MB). */
    static final long FIXED_OVERHEAD_BYTES = 64L << 20;

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        PlanParameters params = PlanMapping.planParameters(ctx.run().config());
        GridGeometry grid = StageRasters.grid(ctx, ctx.upstream("ingest").resolve(IngestOutputs.LANDCOVER));
        checkMemory(grid.width(), grid.height(), params.routing().scheme(), Runtime.getRuntime().maxMemory());
        ctx.progress().reportOrCancel(0.0, "reading land cover, rivers, flux and terrain");
        PlanInputs in = inputs(ctx);
        RankedPatches outcome = RestorationPlanner.rankInStrips(in, params, DistanceStrips.defaultStripRows(grid.height()),
                ctx.progress().scaled(0.1, 0.9));
        ctx.progress().reportOrCancel(0.9, "writing " + outcome.patches().size() + " patches");
        writeLabels(ctx, in.grid(), outcome.labels().labelsView());
        PatchTable.write(ctx.output(PatchTable.FILE), outcome.patches());
        StageStyles.writeBesideRasters(ctx);
        Map<String, Double> numbers = new TreeMap<>();
        numbers.put("candidatePatches", (double) outcome.patches().size());
        outcome.patches().forEach(p -> numbers.merge("patches_" + p.action().id(), 1.0, Double::sum));
        ctx.progress().reportOrCancel(1.0, "rank done");
        return StageResult.of(numbers);
    }

    /**
     * Estimated peak heap of the stage in bytes: {@link #bytesPerCell} per cell, the distance strips'
     * border state and buffers ({@link DistanceStrips}, four layers at a time) and a fixed overhead.
     */
    static long estimatedHeapBytes(int width, int height, RoutingScheme scheme) {
        long cells = (long) width * height;
        int rows = DistanceStrips.defaultStripRows(height);
        long strips = (height + rows - 1) / rows;
        long perLayer = strips * width * 4L + (long) rows * width * 17L + (long) width * 40L;
        return cells * bytesPerCell(scheme) + 4 * perLayer + FIXED_OVERHEAD_BYTES;
    }

    /**
     * Whole-grid heap per cell at the stage's peak (while patches are labelled): the inputs
     * ({@value #INPUT_BYTES_PER_CELL}) plus {@link RestorationPlanner#RANK_BYTES_PER_CELL} (routing, action
     * codes, labels), plus the D8 direction byte.
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
     * The aligned plan inputs from the ingest, drift and migrate workspaces, in compact types (land
     * cover and river flags as bytes, flux, slope and aspect as float32: 18 bytes per cell), read in
     * strips. Road cells come from the legend's {@code road} classes inside the criteria.
     */
    static PlanInputs inputs(StageContext ctx) throws IOException {
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift"), migrate = ctx.upstream("migrate");
        RasterFiles files = ctx.run().rasters();
        Path lcFile = ingest.resolve(IngestOutputs.LANDCOVER);
        GridGeometry grid = StageRasters.grid(ctx, lcFile);
        byte[] codes = PlanRasters.readBytes(files, lcFile);
        Legend legend = StageLegend.of(ctx.run());
        LandCoverLookup lookup = LegendTraits.lookup(legend);
        byte[] rivers = PlanRasters.readBytes(files, ingest.resolve(IngestOutputs.RIVERS));
        for (int i = 0; i < rivers.length; i++) {
            if ((rivers[i] & 0xFF) == IngestOutputs.FLAG_NODATA) rivers[i] = 0;
        }
        float[] qx = PlanRasters.readFloats(files, migrate.resolve(MigrateOutputs.CAPACITY_QX), 0f);
        float[] qy = PlanRasters.readFloats(files, migrate.resolve(MigrateOutputs.CAPACITY_QY), 0f);
        float[] slope = PlanRasters.readFloats(files, drift.resolve(DriftOutputs.SLOPE), Float.NaN);
        float[] aspect = PlanRasters.readFloats(files, drift.resolve(DriftOutputs.ASPECT), Float.NaN);
        return new PlanInputs(grid, codes, lookup, qx, qy, slope, aspect, rivers, null);
    }

    private static void writeLabels(StageContext ctx, GridGeometry grid, int[] labels) throws IOException {
        BandInfo band = BandInfo.of(NoData.NONE).withDescription("patch id (0 = no patch); rank/patches.csv row id");
        PlanRasters.writeInts(ctx.run().rasters(), ctx.output(PatchTable.LABELS), grid, band, labels);
    }
}
