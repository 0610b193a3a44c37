package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunefront.config.DriftConfig;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.terrain.ShelterIndexParams;
import org.dunefront.transport.StepLength;
import org.dunefront.wind.DirectionalVariability;
import org.dunefront.wind.EnergyClass;
import org.dunefront.wind.WindDirection;
import org.dunefront.wind.WindRegimeDownscaleOp;
import org.dunefront.wind.WindRegimeField;
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
 * ({@code wind.WindRegimeDownscaleOp}), plus the terrain layers the transport needs (Winstral Sx at
 * the local and regional scale for wind from the basin's upwind direction, Horn slope and aspect).
 *
 * <p><b>Outputs</b> (names in {@link DriftOutputs}; float32 with NaN nodata, unit and description
 * in the band metadata; study grid = ingest's, NaN outside the AOI):
 * {@code dp.tif} (VU), {@code rdp.tif} (VU), {@code rdd.tif} (degrees toward, clockwise from north),
 * {@code rdp_dp.tif}, {@code dp_class.tif} and {@code rdp_dp_class.tif} (uint8 1 low / 2 intermediate /
 * 3 high, palette and names), {@code qx.tif} and {@code qy.tif} (annual potential flux east/north,
 * m³ m⁻¹ yr⁻¹ of deposit), {@code qx_monthly.tif}/{@code qy_monthly.tif} (12 bands with metadata
 * {@code month} and {@code steps}; a single band {@code month=all} when the wind has no time axis),
 * {@code flux_weighted_wind.tif} (m/s), {@code sx_local.tif}, {@code sx_regional.tif}, {@code slope.tif},
 * {@code aspect.tif} (degrees); the same regime layers on the native grid as {@code *_native.tif};
 * {@code drift_summary.json} (basin numbers and classes, transport law, distributions, the 16-sector sand
 * rose under {@code sandRose} with sectors = DP of winds blowing FROM i·22.5°); {@code flux_vectors.png}.
 *
 * <p>Deterministic for any thread count: the regime is computed per cell in step order, the terrain
 * tiles write disjoint windows.
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
        return Params.of("drift", c.drift());
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        DriftConfig cfg = ctx.run().config().drift();
        WindRegimeParams params = ScienceMapping.windRegime(cfg);
        Path ingest = ctx.upstream("ingest");
        GridGeometry study = StageRasters.grid(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        boolean[] inside = StudyMask.inside(ctx, ingest);

        WindRecord wind = WindRecord.read(ctx, ingest.resolve(IngestOutputs.WIND_U), ingest.resolve(IngestOutputs.WIND_V));
        WindRegimeGrid nativeRegime = WindRegimeOp.run(wind.u(), wind.v(), params, ctx.progress().scaled(0.2, 0.4));
        GeoTransform coarse = NativeGridInStudyCrs.of(wind.grid(), study);
        WindRegimeGrid regime = masked(WindRegimeDownscaleOp.run(nativeRegime, coarse, study.transform(), study.extent()), inside);
        WindRegimeStats basin = WindRegimeStats.of(regime);
        WindRegimeStats nativeStats = WindRegimeStats.of(nativeRegime);
        SandRoseSectors rose = SandRoseSectors.of(wind.u(), wind.v(), cfg.thresholdWindKn());

        ctx.progress().reportOrCancel(0.45, "writing the wind regime");
        writeRegime(ctx, study, regime, "");
        writeRegime(ctx, wind.grid(), nativeRegime, "_native");
        writeMonthlyFlux(ctx, wind, params, coarse, study, inside);

        double upwindDeg = Double.isNaN(basin.basinRddDeg()) ? 0 : WindDirection.normalizeDeg(basin.basinRddDeg() + 180);
        ShelterIndexParams local = ScienceMapping.localShelter(cfg), regional = ScienceMapping.regionalShelter(cfg);
        int halo = Math.max(regional.haloCells(study.cellSizeX(), study.cellSizeY()), 1);
        RasterBlock dem;
        try (RasterSource src = ctx.run().rasters().open(ingest.resolve(IngestOutputs.DEM))) {
            dem = src.read(0, study.extent().expand(halo));
        }
        float[] sxLocal, sxRegional, slope, aspect;
        try (TiledExecutor exec = new TiledExecutor(ctx.run().threads())) {
            sxLocal = TerrainLayers.shelter(dem, study, upwindDeg, local, exec, ctx.progress().scaled(0.55, 0.65));
            sxRegional = TerrainLayers.shelter(dem, study, upwindDeg, regional, exec, ctx.progress().scaled(0.65, 0.85));
            float[][] sa = TerrainLayers.slopeAspect(dem, study, exec, ctx.progress().scaled(0.85, 0.9));
            slope = sa[0];
            aspect = sa[1];
        }
        String from = " (wind from " + fmt(upwindDeg) + " deg)";
        StageRasters.writeFloat(ctx, DriftOutputs.SX_LOCAL, study, sxLocal, "degree",
                "Winstral shelter index Sx, d_max " + fmt(local.maxDistanceM()) + " m" + from);
        StageRasters.writeFloat(ctx, DriftOutputs.SX_REGIONAL, study, sxRegional, "degree",
                "Winstral shelter index Sx, d_max " + fmt(regional.maxDistanceM()) + " m" + from);
        StageRasters.writeFloat(ctx, DriftOutputs.SLOPE, study, slope, "degree", "Horn (1981) slope");
        StageRasters.writeFloat(ctx, DriftOutputs.ASPECT, study, aspect, "degree", "Horn (1981) aspect, downslope azimuth");

        ctx.progress().reportOrCancel(0.92, "flux vector figure");
        FluxFigureWriter.write(ctx, ingest, study, regime.layer(WindRegimeField.QX_M3_PER_M_YR),
                regime.layer(WindRegimeField.QY_M3_PER_M_YR), ctx.output(DriftOutputs.FIGURE));

        ObjectNode summary = summary(cfg, basin, nativeStats, rose, regime, upwindDeg, sxLocal, sxRegional, local, regional,
                ctx.run().config().migrate().leeShelterThresholdDeg(), ctx.run().config().migrate().regionalShelterThresholdDeg());
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

    private static void writeRegime(StageContext ctx, GridGeometry grid, WindRegimeGrid g, String suffix) throws IOException {
        write(ctx, grid, g, WindRegimeField.DP_VU, DriftOutputs.DP, suffix);
        write(ctx, grid, g, WindRegimeField.RDP_VU, DriftOutputs.RDP, suffix);
        write(ctx, grid, g, WindRegimeField.RDD_DEG, DriftOutputs.RDD, suffix);
        write(ctx, grid, g, WindRegimeField.RDP_OVER_DP, DriftOutputs.RDP_DP, suffix);
        write(ctx, grid, g, WindRegimeField.QX_M3_PER_M_YR, DriftOutputs.QX, suffix);
        write(ctx, grid, g, WindRegimeField.QY_M3_PER_M_YR, DriftOutputs.QY, suffix);
        write(ctx, grid, g, WindRegimeField.FLUX_WEIGHTED_WIND_MPS, DriftOutputs.FLUX_WIND, suffix);
        float[] dp = g.layer(WindRegimeField.DP_VU), ratio = g.layer(WindRegimeField.RDP_OVER_DP);
        byte[] dpClass = new byte[dp.length], ratioClass = new byte[dp.length];
        for (int i = 0; i < dp.length; i++) {
            dpClass[i] = Float.isNaN(dp[i]) ? 0 : (byte) (EnergyClass.of(dp[i]).ordinal() + 1);
            ratioClass[i] = Float.isNaN(ratio[i]) ? 0 : (byte) (DirectionalVariability.of(ratio[i]).ordinal() + 1);
        }
        StageRasters.writeClasses(ctx, DriftOutputs.DP_CLASS.replace(".tif", suffix + ".tif"), grid, dpClass, 0, CLASS_PALETTE,
                CLASS_NAMES, "Fryberger & Dean (1979) wind energy class of DP: <200 low, 200-399 intermediate, >=400 high VU");
        StageRasters.writeClasses(ctx, DriftOutputs.RDP_DP_CLASS.replace(".tif", suffix + ".tif"), grid, ratioClass, 0,
                CLASS_PALETTE, CLASS_NAMES, "directional variability RDP/DP: <0.3 low, 0.3-0.8 intermediate, >0.8 high");
    }

    private static void write(StageContext ctx, GridGeometry grid, WindRegimeGrid g, WindRegimeField f, String name,
                              String suffix) throws IOException {
        StageRasters.writeFloat(ctx, name.replace(".tif", suffix + ".tif"), grid, g.layer(f), f.unit(), f.description());
    }

    /** Potential flux per calendar month on the study grid (the migrate stage's monthly forcing). */
    private static void writeMonthlyFlux(StageContext ctx, WindRecord wind, WindRegimeParams params, GeoTransform coarse,
                                         GridGeometry study, boolean[] inside) throws IOException {
        Optional<List<List<Integer>>> months = wind.periods(StepLength.MONTHLY);
        List<List<Integer>> groups = months.orElseGet(() -> {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < wind.u().size(); i++) all.add(i);
            return List.of(all);
        });
        List<float[]> qx = new ArrayList<>(), qy = new ArrayList<>();
        List<BandInfo> bx = new ArrayList<>(), by = new ArrayList<>();
        for (int m = 0; m < groups.size(); m++) {
            List<Integer> idx = groups.get(m);
            WindRegimeGrid g = WindRegimeOp.run(wind.select(wind.u(), idx), wind.select(wind.v(), idx), params,
                    ctx.progress().scaled(0.45 + 0.1 * m / groups.size(), 0.45 + 0.1 * (m + 1) / groups.size()));
            WindRegimeGrid fine = masked(WindRegimeDownscaleOp.run(g, coarse, study.transform(), study.extent()), inside);
            qx.add(fine.layer(WindRegimeField.QX_M3_PER_M_YR).clone());
            qy.add(fine.layer(WindRegimeField.QY_M3_PER_M_YR).clone());
            Map<String, String> md = new LinkedHashMap<>();
            md.put("month", months.isPresent() ? String.valueOf(m + 1) : "all");
            md.put("steps", String.valueOf(idx.size()));
            bx.add(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("eastward potential sand flux, mean of the month's record")
                    .withMetadata(md));
            by.add(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("northward potential sand flux, mean of the month's record")
                    .withMetadata(md));
        }
        StageRasters.writeFloatBands(ctx, DriftOutputs.QX_MONTHLY, study, qx, bx);
        StageRasters.writeFloatBands(ctx, DriftOutputs.QY_MONTHLY, study, qy, by);
    }

    /** A copy of {@code g} with NaN outside the AOI. */
    private static WindRegimeGrid masked(WindRegimeGrid g, boolean[] inside) {
        Map<WindRegimeField, float[]> layers = new EnumMap<>(WindRegimeField.class);
        for (WindRegimeField f : WindRegimeField.values()) {
            float[] a = g.layer(f).clone();
            for (int i = 0; i < a.length; i++) if (!inside[i]) a[i] = Float.NaN;
            layers.put(f, a);
        }
        return WindRegimeGrid.of(g.window(), layers);
    }

    private static ObjectNode summary(DriftConfig cfg, WindRegimeStats basin, WindRegimeStats nativeStats, SandRoseSectors rose,
                                      WindRegimeGrid regime, double upwindDeg, float[] sxLocal, float[] sxRegional,
                                      ShelterIndexParams local, ShelterIndexParams regional, double leeThr, double regThr) {
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
        b.put("rddCompass", compass(basin.basinRddDeg()));
        Json.put(b, "medianRdpVu", WindStatsMath.percentile(regime.layer(WindRegimeField.RDP_VU), 0.5));
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
        d.set("dpVu", WindStatsMath.distribution(regime.layer(WindRegimeField.DP_VU)));
        d.set("rdpOverDp", WindStatsMath.distribution(regime.layer(WindRegimeField.RDP_OVER_DP)));
        d.set("potentialFluxM3PerMYr", WindStatsMath.distribution(WindStatsMath.magnitude(
                regime.layer(WindRegimeField.QX_M3_PER_M_YR), regime.layer(WindRegimeField.QY_M3_PER_M_YR))));
        d.set("sxLocalDeg", WindStatsMath.distribution(sxLocal));
        d.set("sxRegionalDeg", WindStatsMath.distribution(sxRegional));
        ObjectNode cc = o.putObject("classCells");
        cc.set("dpClass", classCounts(regime.layer(WindRegimeField.DP_VU), true));
        cc.set("rdpOverDpClass", classCounts(regime.layer(WindRegimeField.RDP_OVER_DP), false));
        ObjectNode sh = o.putObject("shelter");
        Json.put(sh, "upwindAzimuthDeg", upwindDeg);
        sh.put("localDistanceM", local.maxDistanceM());
        sh.put("regionalDistanceM", regional.maxDistanceM());
        Json.put(sh, "fractionLocalLee", WindStatsMath.fractionAbove(sxLocal, leeThr));
        Json.put(sh, "fractionRegionallyBlocked", WindStatsMath.fractionAbove(sxRegional, regThr));
        return o;
    }

    private static ObjectNode classCounts(float[] values, boolean energy) {
        int[] counts = new int[3];
        for (float v : values) {
            if (Float.isNaN(v)) continue;
            counts[energy ? EnergyClass.of(v).ordinal() : DirectionalVariability.of(v).ordinal()]++;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        String[] names = {"LOW", "INTERMEDIATE", "HIGH"};
        for (int i = 0; i < 3; i++) o.put(names[i], counts[i]);
        return o;
    }

    /** 16-point compass name of an azimuth. */
    static String compass(double deg) {
        if (Double.isNaN(deg)) return "";
        String[] p = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
        return p[(int) Math.floorMod(Math.round(deg / 22.5), 16)];
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
