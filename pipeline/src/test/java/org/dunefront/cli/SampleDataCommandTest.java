package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.ProgressListener;
import org.dunefront.legend.LegendFiles;
import org.dunefront.sample.SampleBasinParameters;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleDataCommandTest {
    @TempDir
    Path tmp;

    private static final List<String> DATA = List.of("landcover.tif", "landcover.qml", "dem.tif", "plantation_mask.tif",
            "wind_u10.tif", "wind_v10.tif", "rivers.gpkg", "roads.gpkg", "sample.yaml");

    record Run(int exit, String out, String err) { }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void sameSeedRegeneratesByteIdenticalFilesDifferentSeedDiffers() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        assertEquals(0, run("sample-data", "--out", a.toString(), "--seed", "11", "--size", "64x48", "--cell", "30").exit());
        assertEquals(0, run("sample-data", "--out", b.toString(), "--seed", "11", "--size", "64x48", "--cell", "30").exit());
        assertEquals(0, run("sample-data", "--out", c.toString(), "--seed", "12", "--size", "64x48", "--cell", "30").exit());
        for (String f : DATA) assertEquals(sha256(a.resolve(f)), sha256(b.resolve(f)), f);
        for (String f : List.of("landcover.tif", "dem.tif", "wind_u10.tif", "wind_v10.tif", "rivers.gpkg")) {
            assertNotEquals(sha256(a.resolve(f)), sha256(c.resolve(f)), f);
        }
    }

    /** --io gdal writes through GDAL's GTiff driver: other bytes, the same cells, grid and CRS as the Java writer. */
    @Test
    void gdalWriterGivesTheSameRasterValues() throws Exception {
        Gdal.require();
        Path j = tmp.resolve("java"), g = tmp.resolve("gdal");
        assertEquals(0, run("sample-data", "--out", j.toString(), "--seed", "3", "--size", "40x32").exit());
        Run r = run("sample-data", "--io", "gdal", "--out", g.toString(), "--seed", "3", "--size", "40x32");
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("landcover.tif", "dem.tif")) {
            double[] a = Gdal.pixels(j.resolve(f), 1, tmp), b = Gdal.pixels(g.resolve(f), 1, tmp);
            org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 0.0, f);
            assertEquals(Gdal.info(j.resolve(f)).get("geoTransform").toString(), Gdal.info(g.resolve(f)).get("geoTransform").toString(), f);
            assertEquals(32648, Gdal.info(g.resolve(f)).get("stac").get("proj:epsg").asInt(), f);
        }
    }

    @Test
    void gdalReadsEveryFileWithTheRightCrs() throws Exception {
        Gdal.require();
        Path d = tmp.resolve("s");
        Run r = run("sample-data", "--out", d.toString(), "--seed", "5", "--size", "64x48");
        assertEquals(0, r.exit(), r.err());
        JsonNode lc = Gdal.info(d.resolve("landcover.tif"));
        assertTrue(lc.toString().contains("\"32648\"") || lc.path("coordinateSystem").path("wkt").asText().contains("32648"), lc.toString());
        assertEquals(64, lc.path("size").get(0).asInt());
        assertEquals(48, lc.path("size").get(1).asInt());
        JsonNode band = lc.path("bands").get(0);
        assertEquals("Byte", band.path("type").asText());
        assertEquals(0, band.path("noDataValue").asInt());
        assertTrue(band.path("colorTable").path("count").asInt() >= 17, band.toString());
        double[] gt = Gdal.geoTransform(lc);
        assertEquals(30, gt[1]);
        assertEquals(-30, gt[5]);
        JsonNode dem = Gdal.info(d.resolve("dem.tif"));
        assertEquals("Float32", dem.path("bands").get(0).path("type").asText());
        assertTrue(dem.path("coordinateSystem").path("wkt").asText().contains("32648"));
        assertTrue(Gdal.info(d.resolve("plantation_mask.tif")).path("coordinateSystem").path("wkt").asText().contains("32648"));
        for (String w : List.of("wind_u10.tif", "wind_v10.tif")) {
            JsonNode wi = Gdal.info(d.resolve(w));
            String wkt = wi.path("coordinateSystem").path("wkt").asText();
            assertTrue(wkt.contains("ID[\"EPSG\",4326]"), wkt);
            assertEquals(1460, wi.path("bands").size());
            assertEquals("2023-01-01T00:00:00Z", wi.path("bands").get(0).path("metadata").path("").path("time").asText(), wi.path("bands").get(0).toString());
            assertEquals("2023-12-31T18:00:00Z", wi.path("bands").get(1459).path("metadata").path("").path("time").asText());
            assertEquals(0.1, Gdal.geoTransform(wi)[1], 1e-12);
        }
        String rivers = Gdal.run("ogrinfo", "-so", d.resolve("rivers.gpkg").toString(), "rivers");
        assertTrue(rivers.contains("32648") && rivers.contains("channelized: Integer(Boolean)") && rivers.contains("seasonal: Integer(Boolean)"), rivers);
        String roads = Gdal.run("ogrinfo", "-so", d.resolve("roads.gpkg").toString(), "roads");
        assertTrue(roads.contains("32648"), roads);
        // GDAL decodes the same land-cover codes the README legend lists
        double[] px = Gdal.pixels(d.resolve("landcover.tif"), 1, tmp);
        for (double v : px) assertTrue(v >= 1 && v <= 16, "code " + v);
    }

    @Test
    void committedSampleRegeneratesByteIdentically() throws Exception {
        Path root = Path.of(System.getProperty("dunefront.root", ".."));
        Path committed = root.resolve("rasters");
        Path d = tmp.resolve("default");
        assertEquals(0, run("sample-data", "--out", d.toString(), "--seed", "20260101", "--size", "400x400", "--cell", "30").exit());
        for (String f : DATA) assertEquals(sha256(committed.resolve(f)), sha256(d.resolve(f)), "rasters/" + f + " differs from a regeneration");
        String readme = Files.readString(committed.resolve("README.md"));
        for (String f : DATA) assertTrue(readme.contains(sha256(d.resolve(f)) + "  " + f), "README checksum of " + f);
    }

    /** The committed study configuration points ingest at the committed files: one grid, every layer present. */
    @Test
    void committedSampleIngestsWithItsStudyConfig() throws Exception {
        Path root = Path.of(System.getProperty("dunefront.root", ".."));
        Run r = run("ingest", "--config", root.resolve("rasters/sample.yaml").toString(), "--out", tmp.resolve("run").toString(),
                "--run", "s", "-j", "1");
        assertEquals(0, r.exit(), r.err());
        Path ws = tmp.resolve("run/s/ingest");
        for (String f : List.of("landcover.tif", "dem.tif", "wind_u.tif", "wind_v.tif", "rivers.tif", "plantation.tif")) {
            assertTrue(Files.isRegularFile(ws.resolve(f)), f + " missing from the ingest workspace");
        }
    }

    @Test
    void badSizeIsAUsageError() {
        Run r = run("sample-data", "--out", tmp.toString(), "--size", "400by400");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("error: --size: '400by400' is not WIDTHxHEIGHT. Write the size as e.g. --size 400x400"), r.err());
        Run small = run("sample-data", "--out", tmp.toString(), "--size", "10x10");
        assertEquals(2, small.exit());
        assertTrue(small.err().contains("outside 32..40000"), small.err());
    }

    @Test
    void helpShowsAWorkedExample() {
        Run r = run("sample-data", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("dunefront sample-data --out rasters/ --seed 20260101 --size 400x400 --cell 30"), r.out());
    }

    // ---------------------------------------------------------------- progress and cancellation

    /** A 64 × 48 sample-data command writing into {@code dir} (Java writer, no styles). */
    private static SampleDataCommand command(Path dir) {
        SampleDataCommand c = new SampleDataCommand();
        c.out = dir;
        c.seed = 5;
        c.size = "64x48";
        c.cellSizeM = 30;
        return c;
    }

    private static List<String> listing(Path dir) throws Exception {
        if (!Files.exists(dir)) return List.of();
        try (var s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static void generate(SampleDataCommand c, ProgressListener progress) throws Exception {
        c.generateAndWrite(SampleBasinParameters.of(c.seed, 64, 48, c.cellSizeM), LegendFiles.defaultLegend(), progress);
    }

    /** A listener that goes on while it has been called at most {@code allowed} times. */
    private static ProgressListener stopAfter(int allowed, AtomicInteger calls, List<String> messages) {
        return (fraction, message) -> {
            synchronized (messages) {
                messages.add(message);
            }
            return calls.incrementAndGet() <= allowed;
        };
    }

    @Test
    void listenerStoppingAfterTheFirstReportCancelsAndLeavesNoFile() throws Exception {
        Path dir = tmp.resolve("cancelled");
        AtomicInteger calls = new AtomicInteger();
        List<String> messages = new ArrayList<>();
        assertThrows(CancelledException.class, () -> generate(command(dir), stopAfter(1, calls, messages)));
        assertEquals(2, calls.get(), "stops at the second report, the first that returned false: " + messages);
        assertEquals(List.of(), listing(dir), "no file, no staging folder, no output folder it created");
        assertFalse(Files.exists(dir), "the output folder it created is removed again");
    }

    /**
     * A full run reports from 0 to 1 (generation, every raster, the GeoPackages, the README, the move into place);
     * cancelling at any of a spread of its reports, including the very last one before the files are moved into
     * place, leaves the output folder as it was: here one file of the user's and nothing else.
     */
    @Test
    void cancellingAtAnyReportLeavesTheFolderAsItWas() throws Exception {
        Path full = tmp.resolve("full");
        List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        generate(command(full), (f, m) -> {
            fractions.add(f);
            messages.add(m);
            return true;
        });
        int n = fractions.size();
        assertTrue(n > 48 + 1460, "reports per painted row and per wind time step: " + n);
        for (double f : fractions) assertTrue(f >= 0 && f <= 1, "fraction " + f);
        assertEquals(1.0, fractions.get(n - 1), 0, "ends at 1");
        assertTrue(messages.stream().anyMatch(m -> m.contains("painting")), "reports while painting the landscape");
        assertTrue(messages.stream().anyMatch(m -> m.equals("dem.tif")), "reports per file written");
        assertTrue(messages.get(n - 1).startsWith("moving 12 files into "), messages.get(n - 1));
        List<String> written = listing(full);
        assertEquals(12, written.size(), "9 data files, the land-cover .aux.xml sidecar and README: " + written);

        int writingStarts = messages.indexOf("landcover.tif");
        assertTrue(writingStarts > 0);
        for (int allowed : new int[] {writingStarts, writingStarts + 3, (writingStarts + n) / 2, n - 2, n - 1}) {
            Path dir = Files.createDirectories(tmp.resolve("cancel-" + allowed));
            Files.writeString(dir.resolve("notes.txt"), "mine");
            AtomicInteger calls = new AtomicInteger();
            assertThrows(CancelledException.class, () -> generate(command(dir), stopAfter(allowed, calls, new ArrayList<>())),
                    "cancel after " + allowed + " of " + n + " reports");
            // the GeoTIFF writer compresses tiles on worker threads: those already running may report once more
            assertTrue(calls.get() >= allowed + 1 && calls.get() <= allowed + 1 + Runtime.getRuntime().availableProcessors(),
                    calls.get() + " reports for " + allowed + " allowed");
            assertEquals(List.of("notes.txt"), listing(dir), "after " + allowed + " of " + n + " reports");
            assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        }
    }

    /** The CLI's listener is the run's cancellation flag (set by Ctrl-C / SIGTERM): cancelled, it stops with exit code 4. */
    @Test
    void cancelledExceptionMapsToExitCode4() {
        assertEquals(4, Main.exitCodeFor(new CancelledException("sample-data")));
    }
}
