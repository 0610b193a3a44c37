package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.config.DriftConfig;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.wind.WindDirection;
import org.dunefront.wind.WindRegimeGrid;
import org.dunefront.wind.WindRegimeOp;
import org.dunefront.wind.WindRegimeParams;
import org.dunefront.wind.WindRegimeStats;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;

/**
 * drift: the wind regime of the sand (Fryberger &amp; Dean 1979 DP, RDP, RDD, RDP/DP and their
 * classes; potential sand flux over bare reference sand with the configured transport law) on the
 * wind's native grid ({@code wind.WindRegimeOp}), downscaled to the study grid by components
 * ({@code wind.WindRegimeDownscaleOp}), plus the terrain layers the transport needs (Winstral Sx per wind
 * sector at the local and regional scale, {@link SectorShelter}, streamed by {@link SectorShelterPass}; Horn slope
 * and aspect).
 *
 * <p><b>Outputs</b> (names in {@link DriftOutputs}; float32 with NaN nodata, unit and description
 * in the band metadata; study grid = ingest's, NaN outside the AOI):
 * {@code dp.tif} (VU), {@code rdp.tif} (VU), {@code rdd.tif} (degrees toward, clockwise from north),
 * {@code rdp_dp.tif}, {@code dp_class.tif} and {@code rdp_dp_class.tif} (uint8 1 low / 2 intermediate /
 * 3 high, palette and names), {@code qx.tif} and {@code qy.tif} (annual potential flux east/north,
 * m³ m⁻¹ yr⁻¹ of deposit), {@code flux_weighted_wind.tif} (m/s), {@code sx_local.tif} and {@code sx_regional.tif} (one band per wind
 * sector, metadata {@code fromDeg}), {@code shelter_dp_fraction.tif}, {@code slope.tif},
 * {@code aspect.tif} (degrees); the same regime layers on the native grid as {@code *_native.tif}, and the
 * monthly flux on the native grid only, as {@code qx_monthly_native.tif}/{@code qy_monthly_native.tif} (12 bands with
 * metadata {@code month} and {@code steps}; a single band {@code month=all} when the wind has no time axis): the
 * migrate stage downscales it per period itself ({@code NativeMonthlyFlux}), exactly as the regime is downscaled here;
 * {@code drift_summary.json} (basin numbers and classes, transport law, distributions, the 16-sector sand
 * rose under {@code sandRose} with sectors = DP of winds blowing FROM i·22.5°); {@code flux_vectors.png}.
 *
 * <p><b>Streaming</b>: the regime is computed on the small native grid; the study-grid layers are never held
 * whole. One fused pass per tile ({@link StudyRegimePass}: AOI mask, downscaled regime) writes every
 * study-grid regime raster; the summary statistics are exact (two-pass order statistics on float bits, exact sums);
 * the shelter index per sector streams from the DEM file in tiles with a halo bounded by the search distance
 * ({@link SectorShelterPass}); slope and aspect stream from the DEM file; the figure reads large grids downsampled.
 *
 * <p>Deterministic for any thread count and tile size ({@code run.tileSize}): every tile depends only on its own
 * cells, the sinks lay tiles out in file order, and the statistics merge integer counts.
 */
final class DriftStage implements Stage {
    static final List<Integer> CLASS_PALETTE = List.of(0x00000000, 0xFF9ECAE1, 0xFFFDAE6B, 0xFFD7301F);
    static final List<String> CLASS_NAMES = List.of("", "low", "intermediate", "high");

    @Override public String name() { return "drift"; }
    @Override public List<String> upstream() { return List.of("ingest"); }
    /** The legend file (its colours of the figure come from it), unless a built-in legend is used. */
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        ObjectNode p = (ObjectNode) Params.of("drift", c.drift());
        // shelter_dp_fraction.tif and the summary's lee fractions use the migrate stage's shelter thresholds
        p.put("leeShelterThresholdDeg", c.migrate().leeShelterThresholdDeg());
        p.put("regionalShelterThresholdDeg", c.migrate().regionalShelterThresholdDeg());
        return p;
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        DriftConfig cfg = ctx.run().config().drift();
        WindRegimeParams params = ScienceMapping.windRegime(cfg);
        Path ingest = ctx.upstream("ingest");
        GridGeometry study = StageRasters.grid(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        int tileSize = ctx.run().config().run().tileSize();

        WindRecord wind = WindRecord.read(ctx, ingest.resolve(IngestOutputs.WIND_U), ingest.resolve(IngestOutputs.WIND_V));
        WindRegimeGrid nativeRegime = WindRegimeOp.run(wind.u(), wind.v(), params, ctx.progress().scaled(0.2, 0.3));
        WindRegimeStats nativeStats = WindRegimeStats.of(nativeRegime);
        SandRoseSectors rose = SandRoseSectors.of(wind.u(), wind.v(), cfg.thresholdWindKn());
        MonthlyFlux monthly = MonthlyFlux.of(wind, params, ctx.progress().scaled(0.3, 0.35));
        writeNativeRegime(ctx, wind.grid(), nativeRegime);
        monthly.writeNative(ctx, wind.grid());

        GeoTransform coarse = NativeGridInStudyCrs.of(wind.grid(), study);
        StudyRegimeStatistics studyStats;
        try (TiledExecutor exec = new TiledExecutor(ctx.run().threads());
             RasterSource landcover = ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER));
             RegimeRasters regimeRasters = RegimeRasters.create(ctx, study, "")) {
            studyStats = new StudyRegimePass(study, nativeRegime, coarse, tileSize).run(landcover,
                    List.of(regimeRasters), exec, ctx.progress().scaled(0.35, 0.5), ctx.progress().scaled(0.5, 0.55));
        }
        WindRegimeStats basin = studyStats.basin();

        double leeThr = ctx.run().config().migrate().leeShelterThresholdDeg();
        double regThr = ctx.run().config().migrate().regionalShelterThresholdDeg();
        SectorShelterParams local = ScienceMapping.localSectorShelter(cfg);
        SectorShelterParams regional = ScienceMapping.regionalSectorShelter(cfg, Math.min(study.cellSizeX(), study.cellSizeY()));
        double[] share = SectorShelter.dpShare(SandRoseSectors.of(wind.u(), wind.v(), cfg.thresholdWindKn(), local.sectors()).sectorDpVu());
        boolean[] sectors = SectorShelter.computed(share, cfg.shelterMinDpShare());
        SectorShelterPass.Result shelter;
        try (TiledExecutor exec = new TiledExecutor(ctx.run().threads());
             RasterSource demSource = ctx.run().rasters().open(ingest.resolve(IngestOutputs.DEM))) {
            shelter = new SectorShelterPass(study, local, regional, sectors, share, leeThr, regThr, SectorShelterPass.TILE).run(ctx, demSource, exec,
                    ctx.progress().scaled(0.55, 0.83), ctx.progress().scaled(0.83, 0.85));
            SlopeAspectRasters.write(ctx, demSource, study, tileSize, exec, ctx.progress().scaled(0.85, 0.9));
            FluxFigureWriter.write(ctx, ingest, study, nativeRegime, coarse, tileSize, exec, ctx.progress().scaled(0.9, 0.95),
                    ctx.output(DriftOutputs.FIGURE));
        }

        ObjectNode summary = summary(cfg, basin, nativeStats, rose, studyStats);
        summary.set("shelter", SectorShelter.summary(local, regional, shelter, share, cfg.shelterMinDpShare(), leeThr, regThr,
                Math.min(study.cellSizeX(), study.cellSizeY())));
        Json.write(ctx.output(DriftOutputs.SUMMARY), summary);
        StageStyles.writeBesideRasters(ctx);
        ctx.progress().reportOrCancel(1.0, "drift done");
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("dpVu", basin.medianDpVu());
        numbers.put("rdpOverDp", basin.medianRdpOverDp());
        numbers.put("rddDeg", basin.basinRddDeg());
        numbers.put("meanPotentialFluxM3PerMYr", basin.meanFluxM3PerMYr());
        return StageResult.of(numbers);
    }

    /** The regime on the native wind grid ({@code *_native.tif}): small, one block. */
    private static void writeNativeRegime(StageContext ctx, GridGeometry windGrid, WindRegimeGrid nativeRegime)
            throws IOException {
        try (RegimeRasters rasters = RegimeRasters.create(ctx, windGrid, "_native")) {
            rasters.write(nativeRegime);
            rasters.commit();
        }
    }

    private static ObjectNode summary(DriftConfig cfg, WindRegimeStats basin, WindRegimeStats nativeStats, SandRoseSectors rose,
                                      StudyRegimeStatistics regime) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("transportLaw", cfg.transportLaw().name());
        o.put("bedType", cfg.bedType().name());
        o.put("thresholdWindKn", cfg.thresholdWindKn());
        o.put("grainDiameterMm", cfg.grainDiameterMm());
        o.put("roughnessLengthM", cfg.roughnessLengthM());
        ObjectNode b = o.putObject("basin");
        b.put("scope", "study grid cells inside the AOI, regime downscaled from the native wind grid");
        b.put("cells", basin.cells());
        Json.put(b, "dpVu", basin.medianDpVu());
        b.put("dpClass", basin.energyClass().name());
        Json.put(b, "rdpOverDp", basin.medianRdpOverDp());
        b.put("rdpOverDpClass", basin.directionalVariability().name());
        Json.put(b, "rddDeg", basin.basinRddDeg());
        b.put("rddCompass", WindDirection.compassPoint16(basin.basinRddDeg()));
        Json.put(b, "medianRdpVu", regime.medianRdpVu());
        Json.put(b, "medianFluxWeightedWindMps", basin.medianFluxWeightedWindMps());
        Json.put(b, "meanPotentialFluxM3PerMYr", basin.meanFluxM3PerMYr());
        ObjectNode n = o.putObject("nativeGrid");
        n.put("cells", nativeStats.cells());
        Json.put(n, "dpVu", nativeStats.medianDpVu());
        n.put("dpClass", nativeStats.energyClass().name());
        Json.put(n, "rdpOverDp", nativeStats.medianRdpOverDp());
        n.put("rdpOverDpClass", nativeStats.directionalVariability().name());
        Json.put(n, "rddDeg", nativeStats.basinRddDeg());
        ObjectNode r = o.putObject("sandRose");
        r.put("sectors", SandRoseSectors.SECTORS);
        r.put("convention", "sectorDpVu[i] = mean DP (VU) of winds blowing FROM i*360/16 deg (sector centre); rddDeg = toward");
        ArrayNode s = r.putArray("sectorDpVu");
        for (double v : rose.sectorDpVu()) s.add(Json.round(v));
        Json.put(r, "rdpVu", rose.rdpVu());
        Json.put(r, "rddDeg", rose.rddDeg());
        ObjectNode d = o.putObject("distributions");
        d.set("dpVu", regime.dpDistribution());
        d.set("rdpOverDp", regime.rdpOverDpDistribution());
        d.set("potentialFluxM3PerMYr", regime.fluxDistribution());
        ObjectNode cc = o.putObject("classCells");
        cc.set("dpClass", regime.dpClassCells());
        cc.set("rdpOverDpClass", regime.rdpOverDpClassCells());
        return o;
    }
}
