package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PhaseRules;
import org.dunefront.plan.PhaseScheduler;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.PlanSummary;
import org.dunefront.plan.ScheduledPatch;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.Interventions;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.KeyResults;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.locationtech.jts.geom.Geometry;

/**
 * plan: schedules the ranked patches into the three phases, each within its budget and with
 * earlier phases locked in ({@code plan.PhaseScheduler}). Reads the rank stage's
 * {@link PatchTable#FILE} and {@link PatchTable#LABELS}; writes {@link PlanOutputs#ACTION_MAP}
 * ({@link PlanLegend} codes, palette and names), {@link PlanOutputs#PRIORITIES_CSV} and
 * {@code summary.csv}, {@code patches.gpkg} ({@link PatchesGeoPackage}, styled), the QML/SLD styles
 * ({@link PlanStyles}) and {@code plan.json} ({@link PlanJson}) with per-phase tipping-point indicators
 * ({@link TippingPoints}: the transport model re-run with the interventions of phases 1..k); key numbers:
 * hectares and cost per phase, sand reaching assets per phase and without action.
 */
final class PlanStage implements Stage {
    static final String SUMMARY_CSV = "summary.csv";

    @Override public String name() { return "plan"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift", "migrate", "rank"); }
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("plan", c.plan(), "rank", c.rank(), "migrate", c.migrate(), "drift", c.drift());
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        PhaseRules rules = PlanMapping.phaseRules(ctx.run().config().plan());
        List<PlanPatch> patches = PatchTable.read(ctx.upstream("rank").resolve(PatchTable.FILE));
        ctx.progress().reportOrCancel(0.2, "scheduling " + patches.size() + " patches");
        List<ScheduledPatch> schedule = PhaseScheduler.schedule(patches, rules);
        PlanSummary summary = PlanSummary.of(schedule);
        ctx.progress().reportOrCancel(0.3, "writing the action plan");
        // The workflow always supplies drift and migrate; a stage context without them (hand-built rank
        // outputs) gets a plan.json without tipping points rather than a failure.
        boolean transport = ctx.upstreamDirs().containsKey("drift") && ctx.upstreamDirs().containsKey("migrate");
        Path idFile = ctx.upstream("rank").resolve(PatchTable.LABELS);
        Map<Phase, Interventions> interventions;
        Map<Integer, Geometry> polygons;
        GridGeometry grid;
        try (RasterSource ids = ctx.run().rasters().open(idFile)) {
            grid = ids.grid();
            IdPass pass = idPass(ctx.run().rasters(), ctx.output(PlanOutputs.ACTION_MAP), ids, schedule,
                    transport ? TippingPoints.phasesToRun(schedule) : List.of(), transport ? ModelLayers.aggregator(ctx) : null,
                    ctx.run().threads(), ctx.progress().scaled(0.3, 0.34));
            interventions = pass.interventions();
            polygons = PatchesGeoPackage.polygons(ids, pass.boxes(),
                    PlanMapping.planParameters(ctx.run().config()).connectivity(), ctx.run().threads(),
                    ctx.progress().scaled(0.34, 0.38));
        }
        writePriorities(ctx, schedule);
        writeSummary(ctx, summary);
        PatchesGeoPackage.write(ctx.output(PatchesGeoPackage.FILE), grid, polygons,
                PlanMapping.planParameters(ctx.run().config()).connectivity(), schedule);
        polygons = null; // garbage before the transport's layers are read
        writeStyles(ctx);
        ctx.progress().reportOrCancel(0.4, "tipping-point indicators: re-running the transport model per phase");
        TippingPoints tipping = transport
                ? TippingPoints.compute(PlanTransport.read(ctx), interventions, schedule,
                        MigrateNoAction.reusable(ctx).orElse(null), ctx.progress().scaled(0.4, 0.98))
                : null;
        Json.write(ctx.output(PlanJson.FILE), PlanJson.of(schedule, summary, rules, tipping));
        Map<String, Double> numbers = new TreeMap<>();
        for (Phase p : Phase.values()) {
            PlanSummary.Row row = summary.phaseTotal(p);
            numbers.put(KeyResults.hectaresPhase(p.number()), row == null ? 0.0 : row.hectares());
            numbers.put("costCnyPhase" + p.number(), row == null ? 0.0 : row.costCny());
        }
        for (Phase p : tipping == null ? new Phase[0] : Phase.values()) {
            numbers.put("sandReachingAssetsM3Phase" + p.number(), tipping.afterPhase(p).sandReachingAssetsM3());
            numbers.put("medianFrontAdvanceMPerYrPhase" + p.number(), tipping.afterPhase(p).medianFrontAdvanceMPerYr());
        }
        if (tipping != null) numbers.put("sandReachingAssetsM3NoAction", tipping.noAction().sandReachingAssetsM3());
        numbers.put("patchesScheduled", (double) schedule.stream().filter(s -> s.phase().isPresent()).count());
        return StageResult.of(numbers);
    }

    /** What the streamed pass over the patch ids gives besides the action map. */
    record IdPass(PatchBoxes boxes, Map<Phase, Interventions> interventions) { }

    /**
     * One streamed pass over the rank stage's patch-id raster ({@link PatchIdStrips}: strips of whole block rows,
     * decoded on all cores): writes {@link PlanOutputs#ACTION_MAP} strip by strip, finds each patch's bounding box
     * (for its polygon) and aggregates the interventions of {@code phases} onto the transport's model grid
     * ({@link PhaseInterventions.Accumulator}). Holds one strip and the model-grid layers, never the study grid.
     *
     * @param agg the study → model grid aggregation; may be null when {@code phases} is empty
     */
    static IdPass idPass(RasterFiles files, Path actionMap, RasterSource ids, List<ScheduledPatch> schedule,
                         List<Phase> phases, BlockAggregator agg, int threads, ProgressListener progress) throws IOException {
        GridGeometry grid = ids.grid();
        int w = grid.width();
        int maxId = schedule.stream().mapToInt(s -> s.patch().id()).max().orElse(0);
        byte[] codeOfPatch = new byte[maxId + 1];
        for (ScheduledPatch s : schedule) codeOfPatch[s.patch().id()] = (byte) s.rasterCode();
        BandInfo band = BandInfo.of(NoData.NONE).withDescription("action plan: 10 x phase + action (PlanLegend)")
                .withPalette(PlanLegend.palette(), PlanLegend.categoryNames());
        PatchBoxes boxes = new PatchBoxes();
        PhaseInterventions.Accumulator acc = phases.isEmpty() ? null
                : new PhaseInterventions.Accumulator(schedule, phases, InterventionEffects.defaults(), agg);
        try (RasterSink sink = files.create(actionMap, grid, DataType.UINT8, List.of(band))) {
            PatchIdStrips.forEach(ids, threads, progress, "action map, patch boxes, phase interventions",
                    (row0, rows, id) -> {
                        RasterBlock.Bytes codes = (RasterBlock.Bytes) RasterBlock.create(DataType.UINT8,
                                new Window(0, row0, w, rows), band.noData());
                        actionCodes(id, rows * w, codeOfPatch, codes.data());
                        sink.write(0, codes);
                        boxes.accept(row0, rows, id, w);
                        if (acc != null) acc.accept(row0, rows, id);
                    });
            sink.commit();
        }
        return new IdPass(boxes, acc == null ? Map.of() : acc.finish());
    }

    /** Action-plan code of each of the first {@code n} cells ({@link PlanLegend#NO_ACTION} outside scheduled patches). */
    static void actionCodes(int[] ids, int n, byte[] codeOfPatch, byte[] out) {
        int maxId = codeOfPatch.length - 1;
        for (int k = 0; k < n; k++) {
            int p = ids[k];
            out[k] = p > 0 && p <= maxId ? codeOfPatch[p] : (byte) PlanLegend.NO_ACTION;
        }
    }

    /** QML/SLD of the action map and the patches layer; the {@code .qml} beside a file of the same name is loaded by QGIS. */
    private static void writeStyles(StageContext ctx) throws IOException {
        StageStyles.writeBesideRasters(ctx);
        Files.writeString(ctx.output(PlanStyles.PATCHES_QML), PlanStyles.patchesQml(), StandardCharsets.UTF_8);
        Files.writeString(ctx.output(PlanStyles.PATCHES_SLD), PlanStyles.patchesSld(), StandardCharsets.UTF_8);
    }

    private static void writePriorities(StageContext ctx, List<ScheduledPatch> schedule) throws IOException {
        Files.writeString(ctx.output(PlanOutputs.PRIORITIES_CSV), prioritiesCsv(schedule), StandardCharsets.UTF_8);
    }

    /**
     * {@link PlanOutputs#PRIORITIES_CSV}: one row per patch in rank order; area in ha (2 decimals), cost in
     * whole CNY, score with 4 decimals ({@link TableNumbers}).
     */
    static String prioritiesCsv(List<ScheduledPatch> schedule) {
        StringBuilder sb = new StringBuilder(PlanOutputs.PRIORITIES_HEADER).append(",cost_cny,score,phase_label\n");
        List<ScheduledPatch> byRank = new ArrayList<>(schedule);
        byRank.sort(java.util.Comparator.comparingInt(s -> s.patch().overallRank()));
        for (ScheduledPatch s : byRank) {
            PlanPatch p = s.patch();
            sb.append(p.id()).append(',').append(p.overallRank()).append(',').append(s.phase().map(Phase::number).orElse(0))
              .append(',').append(p.action().id()).append(',').append(TableNumbers.HECTARES.format(p.areaHa()))
              .append(',').append(TableNumbers.CNY.format(p.costCny()))
              .append(',').append(TableNumbers.SCORE.format(p.score()))
              .append(",\"").append(s.phaseLabel().replace("\"", "'")).append("\"\n");
        }
        return sb.toString();
    }

    private static void writeSummary(StageContext ctx, PlanSummary summary) throws IOException {
        Files.writeString(ctx.output(SUMMARY_CSV), summaryCsv(summary), StandardCharsets.UTF_8);
    }

    /** {@value #SUMMARY_HEADER}; the precision of each column is {@link TableNumbers}'s for its unit. */
    static final String SUMMARY_HEADER = "phase,action,patches,hectares,cost_cny,sand_intercepted_m3_per_yr,assets_protected";

    /**
     * {@code summary.csv}: phase × action rows with hectares (2 decimals), cost in whole CNY, sand intercepted
     * (m³/yr) and value-weighted sand intercepted with 1 decimal, each rounded once from the exact sum.
     */
    static String summaryCsv(PlanSummary summary) {
        StringBuilder sb = new StringBuilder(SUMMARY_HEADER).append('\n');
        for (PlanSummary.Row r : summary.rows()) {
            sb.append(r.phase().map(p -> String.valueOf(p.number())).orElse("")).append(',')
              .append(r.action() == null ? "" : r.action().id()).append(',').append(r.patches()).append(',')
              .append(TableNumbers.HECTARES.format(r.hectares())).append(',')
              .append(TableNumbers.CNY.format(r.costCny())).append(',')
              .append(TableNumbers.CUBIC_METRES.format(r.sandInterceptedM3PerYr())).append(',')
              .append(TableNumbers.CUBIC_METRES.format(r.assetsProtected())).append('\n');
        }
        return sb.toString();
    }
}
