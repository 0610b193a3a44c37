package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.wind.DownscaleWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed drift stage: identical files for tiles of 16 and 512 cells and for 1 and 2 threads;
 * summary statistics equal to brute force over the rasters read back; the native monthly flux
 * downscales to the study-grid monthly flux.
 */
class DriftStreamingTest {
    @TempDir
    static Path tmp;
    static Path small2, small1, large1;

    /** A triangular AOI over the upper-left half of the generated grid, so that half the study grid is masked. */
    private static Path triangleAoi(Path data) throws IOException {
        GridGeometry g;
        try (RasterSource s = GeoTiffReader.open(data.resolve("landcover.tif"))) {
            g = s.grid();
        }
        double x0 = g.transform().x(0, 0), y0 = g.transform().y(0, 0);
        double x1 = g.transform().x(g.width(), 0), y1 = g.transform().y(0, g.height());
        String json = String.format(java.util.Locale.ROOT, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::32648\"}},\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}]}",
                x0, y0, x1, y0, x0, y1, x0, y0);
        Path aoi = data.resolve("aoi.geojson");
        Files.writeString(aoi, json);
        return aoi;
    }

    @BeforeAll
    static void run() throws IOException {
        Path data = tmp.resolve("sample");
        assertEquals(0, SampleRuns.exec("sample-data", "--out", data.toString(), "--seed", "5", "--size", "100x70", "--cell", "30"));
        assertTrue(Files.readString(data.resolve("sample.yaml")).contains("EPSG:32648"));
        Files.writeString(data.resolve("sample.yaml"), Files.readString(data.resolve("sample.yaml"))
                + "  aoi: " + triangleAoi(data).getFileName() + "\n");
        String cfg = data.resolve("sample.yaml").toString();
        small2 = tmp.resolve("small2");
        small1 = tmp.resolve("small1");
        large1 = tmp.resolve("large1");
        assertEquals(0, SampleRuns.exec("drift", "--config", cfg, "--out", small2.toString(), "-j", "2", "-q", "--set", "run.tileSize=16"));
        assertEquals(0, SampleRuns.exec("drift", "--config", cfg, "--out", small1.toString(), "-j", "1", "-q", "--set", "run.tileSize=16"));
        assertEquals(0, SampleRuns.exec("drift", "--config", cfg, "--out", large1.toString(), "-j", "1", "-q", "--set", "run.tileSize=512"));
    }

    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("manifest.json")) continue; // holds the run parameters (tile size)
                out.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    @Test
    void outputsDoNotDependOnTileSizeOrThreads() throws Exception {
        Map<String, String> a = hashes(SampleRuns.stage(small2, "drift"));
        assertTrue(a.keySet().containsAll(java.util.List.of("dp.tif", "qx_monthly.tif", "qx_monthly_native.tif",
                "qy_monthly_native.tif", "slope.tif", "flux_vectors.png", "drift_summary.json")), a.keySet().toString());
        assertEquals(a, hashes(SampleRuns.stage(small1, "drift")), "-j 2 vs -j 1 (tiles of 16)");
        assertEquals(a, hashes(SampleRuns.stage(large1, "drift")), "tiles of 16 vs 512");
    }

    private static float[] read(Path f, int band) throws IOException {
        try (RasterSource s = GeoTiffReader.open(f)) {
            RasterBlock b = s.read(band, s.grid().extent());
            float[] v = new float[b.width() * b.height()];
            for (int r = 0; r < b.height(); r++) for (int c = 0; c < b.width(); c++) v[r * b.width() + c] = (float) b.get(c, r);
            return v;
        }
    }

    /** Type-7 percentile of the finite values by a full sort. */
    private static double bruteForce(float[] a, double p) {
        float[] v = Arrays.copyOf(a, a.length);
        int k = 0;
        for (float x : a) if (Float.isFinite(x)) v[k++] = x;
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        double pos = p * (k - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(lo + 1, k - 1);
        return v[lo] + (pos - lo) * ((double) v[hi] - v[lo]);
    }

    @Test
    void summaryStatisticsEqualBruteForceOverTheWrittenRasters() throws Exception {
        Path drift = SampleRuns.stage(small2, "drift");
        JsonNode s = new ObjectMapper().readTree(drift.resolve("drift_summary.json").toFile());
        float[] dp = read(drift.resolve("dp.tif"), 0), ratio = read(drift.resolve("rdp_dp.tif"), 0);
        float[] rdp = read(drift.resolve("rdp.tif"), 0), wind = read(drift.resolve("flux_weighted_wind.tif"), 0);
        float[] qx = read(drift.resolve("qx.tif"), 0), qy = read(drift.resolve("qy.tif"), 0);
        JsonNode b = s.path("basin");
        assertEquals(Json.round(bruteForce(dp, 0.5)), b.path("dpVu").asDouble(), 0);
        assertEquals(Json.round(bruteForce(ratio, 0.5)), b.path("rdpOverDp").asDouble(), 0);
        assertEquals(Json.round(bruteForce(rdp, 0.5)), b.path("medianRdpVu").asDouble(), 0);
        assertEquals(Json.round(bruteForce(wind, 0.5)), b.path("medianFluxWeightedWindMps").asDouble(), 0);
        float[] flux = new float[qx.length];
        for (int i = 0; i < flux.length; i++) flux[i] = (float) Math.hypot(qx[i], qy[i]);
        JsonNode d = s.path("distributions").path("potentialFluxM3PerMYr");
        assertEquals(Json.round(bruteForce(flux, 0.1)), d.path("p10").asDouble(), 0);
        assertEquals(Json.round(bruteForce(flux, 0.9)), d.path("p90").asDouble(), 0);
        JsonNode dd = s.path("distributions").path("dpVu");
        assertEquals(Json.round(bruteForce(dp, 0.0)), dd.path("min").asDouble(), 0);
        assertEquals(Json.round(bruteForce(dp, 1.0)), dd.path("max").asDouble(), 0);
        long valid = 0;
        double sum = 0;
        for (float v : dp) if (!Float.isNaN(v)) { valid++; sum += v; }
        assertEquals(valid, b.path("cells").asLong());
        assertEquals(valid, dd.path("cells").asLong());
        assertEquals(sum / valid, dd.path("mean").asDouble(), 1e-5 * sum / valid);
        float[] dpClass = read(drift.resolve("dp_class.tif"), 0);
        long[] counts = new long[4];
        for (float c : dpClass) counts[(int) c]++;
        JsonNode cc = s.path("classCells").path("dpClass");
        assertArrayEquals(new long[] {counts[1], counts[2], counts[3]},
                new long[] {cc.path("LOW").asLong(), cc.path("INTERMEDIATE").asLong(), cc.path("HIGH").asLong()});
        assertTrue(valid > 1000 && valid < dp.length, "the AOI masks part of the grid: " + valid + " of " + dp.length);
    }

    @Test
    void nativeMonthlyFluxDownscalesToTheStudyGridMonthlyFlux() throws Exception {
        Path drift = SampleRuns.stage(small2, "drift"), ingest = SampleRuns.stage(small2, "ingest");
        GridGeometry study, wind;
        try (RasterSource s = GeoTiffReader.open(ingest.resolve("landcover.tif")); RasterSource w = GeoTiffReader.open(
                drift.resolve("qx_monthly_native.tif")); RasterSource m = GeoTiffReader.open(drift.resolve("qx_monthly.tif"))) {
            study = s.grid();
            wind = w.grid();
            assertEquals(m.bandCount(), w.bandCount());
            for (int band = 0; band < w.bandCount(); band++) {
                assertEquals(m.bandInfo(band).metadata(), w.bandInfo(band).metadata());
                assertEquals(m.bandInfo(band).unit(), w.bandInfo(band).unit());
            }
            assertTrue(wind.sameGridAs(GeoTiffReader.open(ingest.resolve("wind_u.tif")).grid(), 1e-9));
        }
        float[] aoi = read(drift.resolve("dp.tif"), 0);
        DownscaleWeights weights = DownscaleWeights.of(wind.extent(), NativeGridInStudyCrs.of(wind, study), study.transform(),
                study.extent());
        for (int band : new int[] {0, 6, 11}) {
            float[] expected = weights.apply(read(drift.resolve("qy_monthly_native.tif"), band));
            for (int i = 0; i < expected.length; i++) if (Float.isNaN(aoi[i])) expected[i] = Float.NaN;
            assertArrayEquals(expected, read(drift.resolve("qy_monthly.tif"), band), "band " + band);
        }
    }
}
