package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.transport.AssetExposure;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.FrontStats;
import org.dunefront.transport.MassBudget;
import org.dunefront.transport.MigrationSummary;
import org.dunefront.transport.SandTransportOp;
import org.dunefront.transport.SandTransportResult;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.KeyResults;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;

/**
 * migrate: mass-conserving sand transport over {@code migrate.horizonYears} ({@code transport.SandTransportOp},
 * donor-cell finite volumes with CFL sub-steps) on the model grid of {@code migrate.modelCellSizeM} (default 0 = AUTO:
 * the study cell up to 2000 x 2000 cells, else the smallest multiple of it giving at most 2000 x 2000 model cells,
 * {@link ModelLayers#autoFactor}; coarser grids are block-aggregated, the model results are written on the model grid
 * by {@link MigrateRasterWriter}; every study input is decoded once by {@link StudyGridPass}, which also writes the
 * annual capacity on the study grid, and the forcing is served per period from a {@link FluxScratchFile}), forced by the drift stage's potential flux
 * per month on the wind's native grid ({@code qx_monthly_native.tif}/{@code qy_monthly_native.tif}), downscaled onto
 * the study grid period by period as drift downscales its regime ({@link NativeMonthlyFlux}; for SEASONAL steps the
 * months of each quarter Jan–Mar … Oct–Dec are averaged weighted by their wind steps), with surface classes, vegetation cover,
 * roughness and assets from the legend ({@link SurfaceLayers}), the shelter index per wind sector at both scales
 * (one {@link org.dunefront.transport.ShelterMask} built by {@link ModelLayers}: each period's lee zones are those of the
 * sector its flux comes from) and the DEM as bed.
 * Cells without potential flux (outside the AOI) get 0; DEM nodata takes the mean valid elevation.
 *
 * <p><b>Outputs</b> (names in {@link MigrateOutputs}; float32, NaN nodata, units in band metadata; the model results
 * thickness … celerity on the model grid, {@link ModelLayers#modelGrid}, the annual capacity on the study grid):
 * {@code thickness_<N>y.tif} (m), {@code net_change.tif} (m), {@code first_arrival_year.tif} (years, asset cells),
 * {@code arrival_year.tif} (years, all cells), {@code front_advance_m_per_yr.tif}, {@code dune_celerity_m_per_yr.tif},
 * <b>{@code annual_capacity_qx.tif} and {@code annual_capacity_qy.tif}</b> — the annual sand flux east/north
 * (m³ m⁻¹ yr⁻¹) for the rank stage: annual-mean transport capacity (mean over the flux periods), i.e. the potential
 * flux after surface, vegetation, roughness and shelter reductions (the model does not store the realised flux, and where sand is
 * available the realised flux equals this capacity), {@code asset_sand_per_year.csv}, {@code front_by_year.csv},
 * {@code migrate_summary.json} (median and 90th-percentile front advance in m/yr, hectares of farmland reached
 * within 10/20/30 years, per-asset exposure, mass budget), and {@code transport_setup.bin}: the transport's layers and
 * forcing on the model grid, which the plan stage reuses instead of reading the study grid again
 * ({@link TransportSetUpCache}). Key numbers: {@code sandReachingAssetsM3},
 * {@code medianFrontAdvanceM}, {@code medianFrontAdvanceMPerYr}, {@code p90FrontAdvanceMPerYr},
 * {@code farmlandHaWithin10y} (20y, 30y), {@code massBudgetRelativeError}.
 *
 * <p>Deterministic: the transport op gives identical results for any thread count.
 */
final class MigrateStage implements Stage {
    @Override public String name() { return "migrate"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift"); }
    /** The legend file (its surface classes, cover, z0 and assets come from it), unless a built-in legend is used. */
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("migrate", c.migrate(), "drift", c.drift());
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        DunefrontConfig cfg = ctx.run().config();
        TransportParams p = ScienceMapping.transport(cfg, ctx.run().threads());
        BlockAggregator agg = ModelLayers.aggregator(ctx);
        ctx.progress().reportOrCancel(0.02, "reading the drift stage's flux and shelter");
        StudyGridPass.Result read = StudyGridPass.run(ctx, agg, p, true, true, ctx.progress().scaled(0.02, 0.4));
        ModelLayers layers = read.layers();
        SandTransportResult res;
        int periods;
        try (FluxScratchFile forcing = read.forcing();
             TransportSetUpCache.Pending kept = TransportSetUpCache.writeBeside(ctx.output(TransportSetUpCache.FILE), layers,
                     forcing, ctx.run().threads() > 1)) { // the plan's set-up, written while the transport runs
            periods = forcing.periods();
            res = SandTransportOp.run(layers.input(forcing).build(), p, ctx.progress().scaled(0.4, 0.9));
            kept.await();
        }
        ctx.progress().reportOrCancel(0.9, "writing the migration outputs");
        MigrateRasterWriter.write(ctx, layers, p, res, ctx.progress().scaled(0.9, 0.98));
        writeAssetCsv(ctx, res.summary());
        writeFrontCsv(ctx, res.frontByYear());
        StageStyles.writeBesideRasters(ctx);
        Map<String, Double> numbers = numbers(res.summary(), layers.assetIsFarmland);
        numbers.put(MODEL_CELL_SIZE_M, layers.model.cellSizeX());
        Json.write(ctx.output(MigrateOutputs.SUMMARY), summary(res, layers, numbers, periods, modelCellRule(cfg)));
        ctx.progress().reportOrCancel(1.0, "migrate done");
        return StageResult.of(numbers);
    }

    /** Key number (manifest and summary): the transport model's cell size actually used, m (AUTO resolved). */
    static final String MODEL_CELL_SIZE_M = "modelCellSizeM";

    /** How the model cell size was chosen, for the summary. */
    private static String modelCellRule(DunefrontConfig cfg) {
        return cfg.migrate().modelCellSizeM() == 0
                ? "AUTO (migrate.modelCellSizeM = 0): the smallest whole multiple of the study cell giving at most "
                        + ModelLayers.AUTO_MAX_MODEL_CELLS + " model cells (2000 x 2000)"
                : "configured (migrate.modelCellSizeM)";
    }

    private static void writeAssetCsv(StageContext ctx, MigrationSummary s) throws IOException {
        StringBuilder sb = new StringBuilder("asset_class,year,volume_m3\n");
        for (AssetExposure a : s.assets()) {
            double[] v = a.volumeM3ByYear();
            for (int y = 0; y < v.length; y++) sb.append(a.assetClass()).append(',').append(y + 1).append(',').append(num(v[y])).append('\n');
        }
        Files.writeString(ctx.output(MigrateOutputs.ASSETS_CSV), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void writeFrontCsv(StageContext ctx, List<FrontStats> fronts) throws IOException {
        StringBuilder sb = new StringBuilder("year,front_cells,advanced_cells,median_advance_m,p90_advance_m,median_rate_m_per_yr,p90_rate_m_per_yr\n");
        for (FrontStats f : fronts) {
            sb.append((int) f.year()).append(',').append(f.frontCells()).append(',').append(f.advancedCells()).append(',')
              .append(num(f.medianAdvanceM())).append(',').append(num(f.p90AdvanceM())).append(',')
              .append(num(f.medianAdvanceRateMPerYr())).append(',').append(num(f.p90AdvanceRateMPerYr())).append('\n');
        }
        Files.writeString(ctx.output(MigrateOutputs.FRONT_CSV), sb.toString(), StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static Map<String, Double> numbers(MigrationSummary s, List<Boolean> farmland) {
        Map<String, Double> n = new LinkedHashMap<>();
        double assets = 0;
        for (AssetExposure a : s.assets()) assets += a.totalVolumeM3();
        n.put(KeyResults.SAND_REACHING_ASSETS_M3, assets);
        n.put(KeyResults.MEDIAN_FRONT_ADVANCE_M, s.medianFrontAdvanceMPerYr() * s.horizonYears());
        n.put("medianFrontAdvanceMPerYr", s.medianFrontAdvanceMPerYr());
        n.put("p90FrontAdvanceMPerYr", s.p90FrontAdvanceMPerYr());
        for (int y : new int[] {10, 20, 30}) n.put("farmlandHaWithin" + y + "y", farmlandHa(s, farmland, y));
        n.put("massBudgetRelativeError", s.massBudget().relativeError());
        return n;
    }

    /** Farmland hectares reached within {@code years} (NaN beyond the horizon). */
    static double farmlandHa(MigrationSummary s, List<Boolean> farmland, int years) {
        if (years > s.horizonYears()) return Double.NaN;
        double ha = 0;
        for (int k = 0; k < s.assets().size(); k++) {
            if (!farmland.get(k)) continue;
            AssetExposure a = s.assets().get(k);
            Double v = a.hectaresReachedWithinYears().get(years);
            if (v == null) v = a.hectaresReachedWithinYears().tailMap(years).values().stream().findFirst().orElse(0.0);
            ha += v;
        }
        return ha;
    }

    private static ObjectNode summary(SandTransportResult res, ModelLayers layers, Map<String, Double> numbers,
                                      int fluxPeriods, String modelCellRule) {
        MigrationSummary s = res.summary();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("transportLaw", s.transportLaw().name());
        o.put("vegetationModel", s.vegetationModel().name());
        o.put("horizonYears", s.horizonYears());
        o.put("fluxPeriodsPerYear", fluxPeriods);
        o.put("subStepsPerStep", s.subStepsPerStep());
        ObjectNode m = o.putObject("modelGrid");
        m.put("cellSizeM", layers.model.cellSizeX());
        m.put("width", layers.model.width());
        m.put("height", layers.model.height());
        m.put("blockFactor", layers.agg.factor());
        m.put("rule", modelCellRule);
        m.put("outputs", layers.agg.factor() > 1
                ? "model grid (thickness, net change, arrival years, front advance, celerity: the study grid's origin and CRS, "
                        + "cell = blockFactor x the study cell, a partial last column/row of blocks reaches past the study grid); "
                        + "annual capacity on the study grid at study resolution"
                : "study grid (the model grid is the study grid)");
        ObjectNode f = o.putObject("front");
        Json.put(f, "medianAdvanceMPerYr", s.medianFrontAdvanceMPerYr());
        Json.put(f, "p90AdvanceMPerYr", s.p90FrontAdvanceMPerYr());
        f.put("advancedFrontCells", s.advancedFrontCells());
        f.put("frontCells", s.frontCells());
        Json.put(f, "medianDuneCelerityMPerYr", s.medianDuneCelerityMPerYr());
        ObjectNode farm = o.putObject("farmlandHaReachedWithin");
        for (int y : new int[] {10, 20, 30}) Json.put(farm, y + "y", farmlandHa(s, layers.assetIsFarmland, y));
        MassBudget b = s.massBudget();
        ObjectNode mb = o.putObject("massBudget");
        mb.put("initialM3", b.initialM3());
        mb.put("inflowM3", 0.0);
        mb.put("finalM3", b.finalM3());
        mb.put("outflowM3", b.outflowM3());
        mb.put("sunkM3", b.sunkM3());
        mb.put("relativeError", b.relativeError());
        mb.put("identity", "initial + inflow = final + outflow + sunk (bulk m3; open boundaries let sand out, none in)");
        ArrayNode assets = o.putArray("assets");
        double cellHa = layers.study.cellArea() / 10_000.0;
        for (int k = 0; k < s.assets().size(); k++) {
            AssetExposure a = s.assets().get(k);
            ObjectNode x = assets.addObject();
            x.put("class", a.assetClass());
            x.put("farmland", layers.assetIsFarmland.get(k));
            Json.put(x, "totalVolumeM3", a.totalVolumeM3());
            Json.put(x, "firstArrivalYear", a.firstArrivalYear());
            ObjectNode h = x.putObject("hectaresReachedWithin");
            a.hectaresReachedWithinYears().forEach((y, ha) -> Json.put(h, y + "y", ha));
            Json.put(x, "hectares", layers.studyAssetCells[k] * cellHa);
        }
        ObjectNode key = o.putObject("keyNumbers");
        numbers.forEach((k, v) -> Json.put(key, k, v));
        return o;
    }
}
