package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.StudyConfig;
import org.dunefront.crs.CrsRegistry;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.ingest.AssetInput;
import org.dunefront.ingest.IngestOp;
import org.dunefront.ingest.IngestRequest;
import org.dunefront.ingest.IngestResult;
import org.dunefront.ingest.StudyGridSpec;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.LandCoverMapping;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.legend.SourceProduct;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;

/**
 * ingest: aligns every input (land cover, DEM, wind, rivers, AOI, plantations) on the study grid through
 * {@link IngestOp}. Outputs (contract for later stages, names in {@link org.dunefront.ingest.IngestOutputs}):
 * {@code grid.json}, {@code landcover.tif}, {@code dem.tif}, {@code wind_u.tif} and {@code wind_v.tif} (on the
 * wind's NATIVE grid, clipped, one band per time step with "time" metadata), {@code wind_u_mean_native.tif} and
 * {@code wind_v_mean_native.tif} (record mean, one band on the same native grid), {@code rivers.tif}, {@code aoi.tif},
 * {@code plantation.tif}; the workflow adds {@code manifest.json}. {@code study.assets} (lines and polygons with a legend
 * asset class) are burnt into {@code landcover.tif}; {@code study.assetLineWidthM} is the width of asset lines.
 *
 * <p>Land-cover coding from {@code study.legendFile}: empty = the built-in legend and the raster holds its codes;
 * {@code nlcd}, {@code worldcover} or {@code corine} = the shipped mapping of that product onto the built-in
 * legend; a YAML file with a {@code product:} key = a mapping file onto the built-in legend; any other YAML file =
 * a legend whose codes the raster holds. {@code study.legendMapping} overrides single codes ({"31": mobile_sand}).
 * {@code study.crs} empty = the land cover's CRS.
 */
final class IngestStage implements Stage {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Override public String name() { return "ingest"; }
    @Override public List<String> upstream() { return List.of(); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("study", c.study());
    }

    @Override
    public List<InputFile> inputs(RunContext ctx) {
        StudyConfig s = ctx.config().study();
        List<InputFile> in = new ArrayList<>();
        ctx.input("study.landcover", s.landcover()).ifPresent(in::add);
        ctx.input("study.dem", s.dem()).ifPresent(in::add);
        ctx.input("study.windU", s.windU()).ifPresent(in::add);
        ctx.input("study.windV", s.windV()).ifPresent(in::add);
        ctx.input("study.rivers", s.rivers()).ifPresent(in::add);
        ctx.input("study.aoi", s.aoi()).ifPresent(in::add);
        ctx.input("study.plantation", s.plantation()).ifPresent(in::add);
        ctx.input("study.assets", s.assets()).ifPresent(in::add);
        if (product(s.legendFile()).isEmpty()) ctx.input("study.legendFile", s.legendFile()).ifPresent(in::add);
        return in;
    }

    @Override
    public StageResult run(StageContext context) throws IOException {
        RunContext ctx = context.run();
        IngestRequest req = request(ctx);
        IngestResult result;
        try (TiledExecutor executor = new TiledExecutor(ctx.threads())) {
            result = IngestOp.run(req, context.workDir(), executor, ctx.config().output().deflateLevel(), context.progress());
        }
        result.warnings().forEach(ctx.listener()::warn);
        StageStyles.writeBesideRasters(context);
        return StageResult.of(result.numbers());
    }

    static IngestRequest request(RunContext ctx) {
        StudyConfig s = ctx.config().study();
        Optional<CrsDefinition> crs = s.crs() == null || s.crs().isBlank() ? Optional.empty()
                : Optional.of(CrsRegistry.parse(s.crs(), "study.crs"));
        StudyGridSpec grid = new StudyGridSpec(crs, s.cellSizeM(), s.extent());
        Legend legend = LegendFiles.defaultLegend();
        LandCoverMapping mapping = null;
        Optional<SourceProduct> product = product(s.legendFile());
        if (product.isPresent()) {
            mapping = LegendFiles.defaultMapping(product.get(), legend);
        } else if (s.legendFile() != null && !s.legendFile().isBlank()) {
            Path file = ctx.resolve(s.legendFile());
            if (isMappingFile(file)) mapping = LegendFiles.loadMapping(file, legend);
            else legend = LegendFiles.load(file);
        }
        Map<Integer, Integer> overrides = overrides(s.legendMapping(), legend);
        return new IngestRequest(required(ctx, "study.landcover", s.landcover()), required(ctx, "study.dem", s.dem()),
                required(ctx, "study.windU", s.windU()), required(ctx, "study.windV", s.windV()),
                optional(ctx, s.rivers()), optional(ctx, s.aoi()), optional(ctx, s.plantation()),
                optional(ctx, s.assets()).map(p -> new AssetInput(p, s.assetLineWidthM())), grid, legend,
                Optional.ofNullable(mapping), overrides, IngestRequest.DEFAULT_MAX_WIND_SPEED_MPS, IngestRequest.DEFAULT_TILE_SIZE);
    }

    static Optional<SourceProduct> product(String legendFile) {
        if (legendFile == null) return Optional.empty();
        for (SourceProduct p : SourceProduct.values()) {
            if (p.name().equalsIgnoreCase(legendFile.trim())) return Optional.of(p);
        }
        return Optional.empty();
    }

    static boolean isMappingFile(Path file) {
        try {
            JsonNode n = YAML.readTree(file.toFile());
            return n != null && n.has("product") && n.has("map");
        } catch (IOException e) {
            return false; // LegendFiles.load reports the problem with the file name
        }
    }

    private static Map<Integer, Integer> overrides(Map<String, String> m, Legend legend) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            String key = "study.legendMapping." + k;
            int code;
            try {
                code = Integer.parseInt(k.trim());
            } catch (NumberFormatException e) {
                throw new ConfigurationException(key, "'" + k + "' is not an integer raster value", "Use the raster's code as key, e.g. \"31\"");
            }
            if (code < 0 || code > 255) throw new ConfigurationException(key, code + " is outside 0..255", "Land-cover rasters are 8-bit");
            String id = v.trim().toLowerCase(Locale.ROOT);
            LandCoverClass c = legend.byId(id).orElseThrow(() -> new ConfigurationException(key, "unknown class '" + v
                    + "' in legend '" + legend.name() + "'", "Use one of: "
                    + String.join(", ", legend.classes().stream().map(LandCoverClass::id).toList())));
            out.put(code, c.code());
        });
        return out;
    }

    private static Path required(RunContext ctx, String key, String configured) {
        if (configured == null || configured.isBlank()) {
            throw new ConfigurationException(key, "missing layer: the ingest stage needs this input file",
                    "Set " + key + " to the file's path (relative to the configuration file)");
        }
        return ctx.resolve(configured);
    }

    private static Optional<Path> optional(RunContext ctx, String configured) {
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(ctx.resolve(configured));
    }
}
