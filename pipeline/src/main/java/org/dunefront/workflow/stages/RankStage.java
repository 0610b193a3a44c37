package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.plan.LandCoverFlag;
import org.dunefront.plan.LandCoverLookup;
import org.dunefront.plan.PlanInputs;
import org.dunefront.plan.RankingOutcome;
import org.dunefront.plan.RestorationPlanner;
import org.dunefront.workflow.InputFile;
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
 */
final class RankStage implements Stage {
    @Override public String name() { return "rank"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift", "migrate"); }
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("rank", c.rank(), "migrate", c.migrate());
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        ctx.progress().reportOrCancel(0.0, "reading land cover, rivers, flux and terrain");
        PlanInputs in = inputs(ctx);
        RankingOutcome outcome = RestorationPlanner.rank(in, PlanMapping.planParameters(ctx.run().config()),
                ctx.progress().scaled(0.1, 0.9));
        ctx.progress().reportOrCancel(0.9, "writing " + outcome.patches().size() + " patches");
        writeLabels(ctx, in.grid(), outcome.labels().labels());
        PatchTable.write(ctx.output(PatchTable.FILE), outcome.patches());
        StageStyles.writeBesideRasters(ctx);
        Map<String, Double> numbers = new TreeMap<>();
        numbers.put("candidatePatches", (double) outcome.patches().size());
        outcome.patches().forEach(p -> numbers.merge("patches_" + p.action().id(), 1.0, Double::sum));
        ctx.progress().reportOrCancel(1.0, "rank done");
        return StageResult.of(numbers);
    }

    /** The aligned plan inputs from the ingest, drift and migrate workspaces. */
    static PlanInputs inputs(StageContext ctx) throws IOException {
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift"), migrate = ctx.upstream("migrate");
        Path lcFile = ingest.resolve(IngestOutputs.LANDCOVER);
        GridGeometry grid = StageRasters.grid(ctx, lcFile);
        byte[] codes = StageRasters.readBytes(ctx, lcFile);
        Legend legend = StageLegend.of(ctx.run());
        LandCoverLookup lookup = LegendTraits.lookup(legend);
        int n = codes.length;
        int[] lc = new int[n];
        boolean[] roads = new boolean[n];
        boolean anyRoad = false;
        for (int i = 0; i < n; i++) {
            lc[i] = codes[i] & 0xFF;
            roads[i] = lookup.traits(lc[i]).has(LandCoverFlag.ROAD);
            anyRoad |= roads[i];
        }
        byte[] riverBytes = StageRasters.readBytes(ctx, ingest.resolve(IngestOutputs.RIVERS));
        int[] rivers = new int[n];
        for (int i = 0; i < n; i++) {
            int v = riverBytes[i] & 0xFF;
            rivers[i] = v == IngestOutputs.FLAG_NODATA ? 0 : v;
        }
        double[] qx = doubles(StageRasters.readFloats(ctx, migrate.resolve(MigrateOutputs.CAPACITY_QX)), 0.0);
        double[] qy = doubles(StageRasters.readFloats(ctx, migrate.resolve(MigrateOutputs.CAPACITY_QY)), 0.0);
        double[] slope = doubles(StageRasters.readFloats(ctx, drift.resolve(DriftOutputs.SLOPE)), Double.NaN);
        double[] aspect = doubles(StageRasters.readFloats(ctx, drift.resolve(DriftOutputs.ASPECT)), Double.NaN);
        return new PlanInputs(grid, lc, lookup, qx, qy, slope, aspect, rivers, anyRoad ? roads : null);
    }

    private static double[] doubles(float[] f, double nanValue) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = Float.isNaN(f[i]) ? nanValue : f[i];
        return d;
    }

    private static void writeLabels(StageContext ctx, GridGeometry grid, int[] labels) throws IOException {
        BandInfo band = BandInfo.of(NoData.NONE).withDescription("patch id (0 = no patch); rank/patches.csv row id");
        RasterBlock.Ints block = (RasterBlock.Ints) RasterBlock.create(DataType.INT32, grid.extent(), NoData.NONE);
        System.arraycopy(labels, 0, block.data(), 0, labels.length);
        try (RasterSink sink = ctx.run().rasters().create(ctx.output(PatchTable.LABELS), grid, DataType.INT32, List.of(band))) {
            sink.write(0, block);
            sink.commit();
        }
    }
}
