package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.ProgressListener;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.gpkg.GeoPackageReader;
import org.dunefront.plan.PatchAttributes;
import org.dunefront.plan.PlanLegend;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The rank and plan stages end to end on a generated 96 × 80 sample basin (sample-data → ingest → drift →
 * migrate → rank → plan through the command line), run twice into two folders for the byte-identity checks.
 */
class RankPlanStagesTest {
    @TempDir
    static Path tmp;
    static Path run1, run2;

    static int exec(String... args) {
        return SampleRuns.exec(args);
    }

    @BeforeAll
    static void runTwice() {
        Path[] runs = SampleRuns.runTwice(tmp, "plan");
        run1 = runs[0];
        run2 = runs[1];
    }

    private static Path stage(Path run, String stage) throws IOException {
        return SampleRuns.stage(run, stage);
    }

    private static int[] patchIds(Path rank) throws IOException {
        try (RasterSource s = GeoTiffReader.open(rank.resolve(PatchTable.LABELS))) {
            RasterBlock b = s.read(0, s.grid().extent());
            int[] out = new int[b.width() * b.height()];
            for (int r = 0; r < b.height(); r++) for (int c = 0; c < b.width(); c++) out[r * b.width() + c] = (int) b.get(c, r);
            return out;
        }
    }

    @Test
    void rankWritesThePatchTableAndTheIdRasterThatAgree() throws IOException {
        Path rank = stage(run1, "rank");
        var patches = PatchTable.read(rank.resolve(PatchTable.FILE));
        assertFalse(patches.isEmpty(), "the sample basin has candidate patches");
        int[] ids = patchIds(rank);
        assertEquals(96 * 80, ids.length);
        Map<Integer, Long> cells = new HashMap<>();
        for (int id : ids) if (id != 0) cells.merge(id, 1L, Long::sum);
        assertEquals(patches.size(), cells.size(), "every patch id appears in patches.tif");
        for (var p : patches) {
            assertEquals(p.cellCount(), cells.get(p.id()), "cell count of patch " + p.id());
            assertEquals(p.cellCount() * 30 * 30 / 10_000.0, p.areaHa(), 1e-9);
        }
        var ranks = new TreeSet<Integer>();
        patches.forEach(p -> ranks.add(p.overallRank()));
        assertEquals(1, ranks.first());
        assertEquals(patches.size(), ranks.last());
    }

    @Test
    void patchesLayerHasTheStudySrsFieldsAndStyles() throws IOException {
        Gdal.require();
        Path gpkg = stage(run1, "plan").resolve("patches.gpkg");
        String list = Gdal.run("ogrinfo", "-ro", gpkg.toString());
        assertTrue(list.contains("patches (Polygon)"), list);
        assertTrue(list.contains("layer_styles"), list);
        String so = Gdal.run("ogrinfo", "-ro", "-so", gpkg.toString(), "patches");
        assertTrue(so.contains("ID[\"EPSG\",32648]"), so);
        assertTrue(so.contains("FID Column = fid"), "primary key fid leaves \"id\" to the patch id: " + so);
        for (PatchAttributes.Field f : PatchAttributes.fields()) {
            String type = switch (f.type()) { case INTEGER -> "Integer"; case REAL -> "Real"; case TEXT -> "String"; };
            assertTrue(so.contains("\n" + f.name() + ": " + type), f.name() + " in\n" + so);
        }
        String styles = Gdal.run("ogrinfo", "-ro", "-al", "-q", gpkg.toString(), "layer_styles");
        assertTrue(styles.contains("f_table_name (String) = patches"), styles);
        assertTrue(styles.contains("categorizedSymbol") && styles.contains("attr=\"plan_code\""), "QML categorised on plan_code");
        assertTrue(styles.contains("StyledLayerDescriptor"), "SLD stored");
    }

    @Test
    void actionPlanHasThePlanLegendPalette() throws IOException {
        Gdal.require();
        JsonNode info = Gdal.info(stage(run1, "plan").resolve("action_plan.tif"));
        JsonNode band = info.get("bands").get(0);
        assertEquals("Palette", band.get("colorInterpretation").asText());
        JsonNode entries = band.get("colorTable").get("entries");
        List<Integer> palette = PlanLegend.palette();
        for (int code = 0; code < palette.size(); code++) {
            int argb = palette.get(code);
            JsonNode e = entries.get(code);
            assertEquals((argb >> 16) & 0xFF, e.get(0).asInt(), "red of " + code);
            assertEquals((argb >> 8) & 0xFF, e.get(1).asInt(), "green of " + code);
            assertEquals(argb & 0xFF, e.get(2).asInt(), "blue of " + code);
        }
    }

    @Test
    void summaryTotalsEqualTheSumsOverTheGeoPackageAndPolygonsAreValid() throws IOException {
        Path plan = stage(run1, "plan");
        VectorLayer layer = GeoPackageReader.read(plan.resolve("patches.gpkg"), "patches");
        assertEquals(PatchTable.read(stage(run1, "rank").resolve(PatchTable.FILE)).size(), layer.features().size());
        Map<String, double[]> gpkg = new HashMap<>();
        for (VectorFeature f : layer.features()) {
            Geometry g = f.geometry();
            assertTrue(new IsValidOp(g).isValid(), "patch " + f.get("id") + ": " + new IsValidOp(g).getValidationError());
            double areaHa = ((Number) f.get("area_ha")).doubleValue();
            assertEquals(areaHa * 10_000, g.getArea(), 1e-6, "polygon area = patch area");
            Object phase = f.get("phase");
            String key = (phase == null ? "" : phase.toString()) + "," + f.get("action");
            double[] s = gpkg.computeIfAbsent(key, k -> new double[4]);
            s[0]++;
            s[1] += areaHa;
            s[2] += ((Number) f.get("cost_cny")).doubleValue();
            s[3] += ((Number) f.get("sand_intercepted_m3_per_yr")).doubleValue();
            if (phase != null) assertTrue(f.get("phase_label").toString().startsWith("Phase " + phase), f.get("phase_label").toString());
        }
        List<String> rows = Files.readAllLines(plan.resolve("summary.csv"), StandardCharsets.UTF_8);
        int compared = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            double[] s = gpkg.get(v[0] + "," + v[1]);
            if (s == null) continue; // phase / overall total rows
            // summary.csv prints each total rounded once to its column's precision (TableNumbers: ha 2 decimals,
            // CNY whole, m³/yr 1 decimal), so it may differ from the exact GeoPackage sum by half the last printed
            // digit (plus the sum's own floating-point noise, far below that) and no more.
            assertEquals(s[0], Double.parseDouble(v[2]), 0, row);
            assertEquals(s[1], Double.parseDouble(v[3]), TableNumbers.HECTARES.halfUnit() + 1e-9 * Math.max(1, s[1]), row);
            assertEquals(s[2], Double.parseDouble(v[4]), TableNumbers.CNY.halfUnit() + 1e-9 * Math.max(1, s[2]), row);
            assertEquals(s[3], Double.parseDouble(v[5]), TableNumbers.CUBIC_METRES.halfUnit() + 1e-9 * Math.max(1, s[3]), row);
            // areas are whole 30 m cells (0.09 ha each): their exact sum has at most 2 decimals
            assertEquals(TableNumbers.HECTARES.format(s[1]), v[3], "printed with 2 decimals: " + row);
            assertTrue(v[4].matches("\\d+"), "cost printed in whole CNY: " + row);
            assertTrue(v[5].matches("\\d+\\.\\d") && v[6].matches("\\d+\\.\\d"), "m³/yr printed with 1 decimal: " + row);
            compared++;
        }
        assertEquals(gpkg.size(), compared, "every phase x action of the GeoPackage has a summary row");
    }

    @Test
    void planJsonTippingPointsNeverExceedNoActionAndNoActionIsTheMigrateRun() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode plan = m.readTree(stage(run1, "plan").resolve("plan.json").toFile());
        JsonNode migrate = m.readTree(stage(run1, "migrate").resolve("migrate_summary.json").toFile());
        double none = plan.get("noAction").get("sandReachingAssetsM3").asDouble();
        assertEquals(migrate.get("keyNumbers").get("sandReachingAssetsM3").asDouble(), none, 1e-5 * none);
        assertTrue(none > 0, "sand reaches assets without action on the sample basin");
        JsonNode phases = plan.get("phases");
        assertEquals(3, phases.size());
        double previous = none;
        for (JsonNode ph : phases) {
            JsonNode tp = ph.get("tippingPoint");
            double after = tp.get("sandReachingAssetsM3").asDouble();
            assertTrue(after <= none * (1 + 1e-9), "phase " + ph.get("phase") + ": " + after + " > no action " + none);
            assertTrue(after <= previous * (1 + 1e-6), "adding phases never adds sand at assets");
            previous = after;
            assertNotNull(ph.get("hectares"));
        }
        assertTrue(phases.get(0).get("tippingPoint").get("sandReachingAssetsM3").asDouble() < none,
                "phase 1 intercepts sand on the sample basin");
    }

    @Test
    void outputsAreByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
        Path a = stage(run1, "plan"), b = stage(run2, "plan");
        for (String f : List.of("patches.gpkg", "plan.json", "summary.csv", "priorities.csv", "action_plan.tif",
                "action_plan.qml", "action_plan.sld", "patches.qml", "patches.sld")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(stage(run1, "rank").resolve(PatchTable.FILE)),
                Files.readAllBytes(stage(run2, "rank").resolve(PatchTable.FILE)));
    }

    private static StageContext context(String stage, Path work, Map<String, Path> upstream, ProgressListener progress)
            throws IOException {
        Path cfgFile = tmp.resolve("sample").resolve("sample.yaml");
        RasterFiles files = GeoTiffTestFiles.INSTANCE;
        RunContext run = new RunContext(ConfigLoader.load(cfgFile, List.of()), cfgFile.getParent(), tmp.resolve("ctx"), 1,
                IoChoice.JAVA, files, new RunListener() { }, new Cancellation(), "test", null);
        return new StageContext(run, stage, Files.createDirectories(work), upstream, progress);
    }

    @Test
    void rankAndPlanReportMonotonicProgressAndAreCancellable() throws Exception {
        Map<String, Path> up = Map.of("ingest", stage(run1, "ingest"), "drift", stage(run1, "drift"), "migrate", stage(run1, "migrate"));
        for (String stage : List.of("rank", "plan")) {
            List<Double> seen = new ArrayList<>();
            ProgressListener stopHalfway = (f, m) -> {
                seen.add(f);
                return f < 0.5;
            };
            Map<String, Path> upstream = new HashMap<>(up);
            if (stage.equals("plan")) upstream.put("rank", stage(run1, "rank"));
            Path work = tmp.resolve("cancel-" + stage);
            StageContext ctx = context(stage, work, upstream, stopHalfway);
            assertThrows(CancelledException.class, () -> (stage.equals("rank") ? new RankStage() : new PlanStage()).run(ctx));
            for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), stage + " progress went back: " + seen);
            assertTrue(seen.get(seen.size() - 1) >= 0.5, seen.toString());
            assertFalse(Files.exists(work.resolve(stage.equals("rank") ? PatchTable.FILE : PlanJson.FILE)),
                    stage + ": no final output after a cancelled run");
        }
        List<Double> seen = new ArrayList<>();
        Path work = tmp.resolve("full-rank");
        new RankStage().run(context("rank", work, up, (f, m) -> seen.add(f)));
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertArrayEquals(Files.readAllBytes(stage(run1, "rank").resolve(PatchTable.FILE)), Files.readAllBytes(work.resolve(PatchTable.FILE)));
    }

    @Test
    void committedStylesAreTheGeneratedOnes() throws IOException {
        Path styles = Path.of("..", "styles");
        assertEquals(PlanStyles.actionPlanQml(), Files.readString(styles.resolve(PlanStyles.ACTION_PLAN_QML)));
        assertEquals(PlanStyles.actionPlanSld(), Files.readString(styles.resolve(PlanStyles.ACTION_PLAN_SLD)));
        assertEquals(PlanStyles.patchesQml(), Files.readString(styles.resolve(PlanStyles.PATCHES_QML)));
        assertEquals(PlanStyles.patchesSld(), Files.readString(styles.resolve(PlanStyles.PATCHES_SLD)));
        assertTrue(PlanStyles.patchesQml().contains("Phase 1a — saline-alkali shrubs"));
    }
}
