package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.transport.BlockAggregator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate.modelCellSizeM on a generated 48 × 40 basin of 30 m cells (5-year horizon): 30 m gives the same files as the
 * default, 60 m runs the transport on a 24 × 20 model grid and writes its results on that grid (the annual capacity on
 * the study grid), a size that
 * is not a multiple of the study cell and a heap too small for the grid fail with configuration errors.
 */
class ModelResolutionTest {
    @TempDir
    static Path tmp;
    static String cfg;

    @BeforeAll
    static void sample() {
        Path data = tmp.resolve("sample");
        assertEquals(0, SampleRuns.exec("sample-data", "--out", data.toString(), "--seed", "3", "--size", "48x40", "--cell", "30"));
        cfg = data.resolve("sample.yaml").toString();
    }

    /** Runs migrate into one shared output folder (ingest and drift run once) and copies its migrate folder to {@code name}. */
    private static synchronized Path migrate(String name, String... set) throws Exception {
        Path out = tmp.resolve("run");
        List<String> args = new java.util.ArrayList<>(List.of("migrate", "--config", cfg, "--out", out.toString(), "-j", "2", "-q",
                "--set", "migrate.horizonYears=5"));
        for (String s : set) {
            args.add("--set");
            args.add(s);
        }
        assertEquals(0, SampleRuns.exec(args.toArray(String[]::new)));
        Path copy = Files.createDirectories(tmp.resolve(name));
        try (var files = Files.list(SampleRuns.stage(out, "migrate"))) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        return copy;
    }

    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (var s = Files.list(dir)) {
            for (Path f : s.filter(p -> !p.getFileName().toString().equals("manifest.json")).toList()) {
                m.put(f.getFileName().toString(), org.dunefront.workflow.Sha256.file(f));
            }
        }
        return m;
    }

    @Test
    void modelCellEqualToTheStudyCellGivesTheDefaultsFiles() throws Exception {
        Path defaultDir = migrate("default"), explicitDir = migrate("cell30", "migrate.modelCellSizeM=30");
        Map<String, String> byDefault = hashes(defaultDir), explicit = hashes(explicitDir);
        assertTrue(byDefault.size() >= 11, "outputs: " + byDefault.keySet());
        // the summary says how the cell size was chosen (AUTO or configured); everything else is identical
        byDefault.remove("migrate_summary.json");
        explicit.remove("migrate_summary.json");
        assertEquals(byDefault, explicit);
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(defaultDir.resolve("migrate_summary.json").toFile());
        JsonNode b = json.readTree(explicitDir.resolve("migrate_summary.json").toFile());
        assertTrue(a.path("modelGrid").path("rule").asText().startsWith("AUTO"), a.path("modelGrid").toString());
        assertTrue(b.path("modelGrid").path("rule").asText().startsWith("configured"), b.path("modelGrid").toString());
        assertEquals(30.0, a.path("modelGrid").path("cellSizeM").asDouble(), 0);
        assertEquals(30.0, a.path("keyNumbers").path("modelCellSizeM").asDouble(), 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) a.path("modelGrid")).remove("rule");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b.path("modelGrid")).remove("rule");
        assertEquals(a, b);
    }

    @Test
    void aCoarserModelGridWritesModelGridResultsAndConservesMass() throws Exception {
        Path dir = migrate("cell60", "migrate.modelCellSizeM=60");
        GridGeometry study;
        try (RasterSource s = GeoTiffReader.open(dir.resolve("annual_capacity_qx.tif"))) {
            study = s.grid(); // the capacity is computed per study cell: it stays on the study grid
            assertEquals(48, study.width());
            assertEquals(40, study.height());
            assertEquals(30.0, study.cellSizeX(), 1e-9);
        }
        for (String f : List.of("thickness_5y.tif", "net_change.tif", "first_arrival_year.tif", "arrival_year.tif",
                "front_advance_m_per_yr.tif", "dune_celerity_m_per_yr.tif")) {
            try (RasterSource s = GeoTiffReader.open(dir.resolve(f))) {
                assertEquals(24, s.grid().width(), f);
                assertEquals(20, s.grid().height(), f);
                assertEquals(60.0, s.grid().cellSizeX(), 1e-9, f);
                assertEquals(-60.0, s.grid().transform().pixelHeight(), 1e-9, f);
                assertEquals(study.transform().originX(), s.grid().transform().originX(), 0, f);
                assertEquals(study.transform().originY(), s.grid().transform().originY(), 0, f);
                assertEquals(study.crs(), s.grid().crs(), f);
            }
        }
        JsonNode s = new ObjectMapper().readTree(dir.resolve("migrate_summary.json").toFile());
        assertTrue(s.path("modelGrid").path("outputs").asText().startsWith("model grid"), s.path("modelGrid").toString());
        assertEquals(24, s.path("modelGrid").path("width").asInt());
        assertEquals(20, s.path("modelGrid").path("height").asInt());
        assertEquals(60.0, s.path("modelGrid").path("cellSizeM").asDouble(), 0);
        JsonNode b = s.path("massBudget");
        assertTrue(b.path("initialM3").asDouble() > 0);
        // the thickness file holds the model cells: its volume at the 60 m cell area is the budget's final volume
        double volume = 0;
        try (RasterSource t = GeoTiffReader.open(dir.resolve("thickness_5y.tif"))) {
            for (float v : StageRasters.floats(t.read(0, t.grid().extent()))) if (Float.isFinite(v)) volume += v * 3600.0;
        }
        assertEquals(b.path("finalM3").asDouble(), volume, 1e-6 * volume);
        assertTrue(Math.abs(b.path("relativeError").asDouble()) < 1e-12, b.toString());
    }

    @Test
    void aCellSizeThatIsNotAMultipleFailsNamingTheKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ModelLayers.factor(45, 30, 48, 40));
        assertTrue(e.getMessage().contains("migrate.modelCellSizeM"), e.getMessage());
        assertEquals(1, ModelLayers.factor(0, 30, 48, 40)); // AUTO on a small grid: the study cell
        assertEquals(10, ModelLayers.factor(300, 30, 48, 40));
    }

    @Test
    void aGridTooLargeForTheHeapFailsEarlyWithAValueThatFits() {
        // 20000 x 20000 study cells of 30 m in a 6 GB heap: 80 B x 400 M cells = 32 GB at 30 m
        BlockAggregator agg = new BlockAggregator(20000, 20000, 1);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ModelLayers.checkMemory(agg, 30, 6L << 30));
        String m = e.getMessage();
        assertTrue(m.contains("migrate.modelCellSizeM"), m);
        // the first factor that fits: 80 B x ceil(20000/k)^2 + 384 MiB <= 6 GiB  →  k = 3 (90 m: 3.6 GB)
        assertTrue(m.contains("90 m"), m);
        assertTrue(m.contains("-Xmx"), m);
        ModelLayers.checkMemory(new BlockAggregator(20000, 20000, 3), 30, 6L << 30);
    }
}
