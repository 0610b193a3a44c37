package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DriftConfig;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.terrain.SectorShelterOp;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.StepLength;
import org.dunefront.wind.DownscaleWeights;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed drift stage: identical files for tiles of 16 and 512 cells and for 1 and 2 threads;
 * summary statistics equal to brute force over the rasters read back; the monthly flux only on the native
 * grid, and migrate's on-the-fly downscale of it equal to the study-grid layers drift used to write.
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
        assertTrue(a.keySet().containsAll(java.util.List.of("dp.tif", "qx_monthly_native.tif",
                "qy_monthly_native.tif", "slope.tif", "flux_vectors.png", "drift_summary.json")), a.keySet().toString());
        assertFalse(a.containsKey("qx_monthly.tif") || a.containsKey("qy_monthly.tif"),
                "the monthly flux is written on the native grid only (migrate downscales it): " + a.keySet());
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

    /**
     * The study-grid monthly flux drift used to write ({@code qx_monthly.tif}, band {@code band}): the native band
     * downscaled over the whole grid with {@link DownscaleWeights} from {@link NativeGridInStudyCrs}, NaN outside the
     * AOI (where dp.tif is NaN). Until this change a test asserted the written file equal to exactly this array
     * (assertArrayEquals, no tolerance), so it stands for the old layers.
     */
    private static float[] oldStudyGridMonth(String nativeFile, int band) throws IOException {
        Path drift = SampleRuns.stage(small2, "drift"), ingest = SampleRuns.stage(small2, "ingest");
        GridGeometry study, wind;
        try (RasterSource s = GeoTiffReader.open(ingest.resolve("landcover.tif")); RasterSource w = GeoTiffReader.open(
                ingest.resolve("wind_u.tif"))) {
            study = s.grid();
            wind = w.grid();
        }
        DownscaleWeights weights = DownscaleWeights.of(wind.extent(), NativeGridInStudyCrs.of(wind, study), study.transform(),
                study.extent());
        float[] aoi = read(drift.resolve("dp.tif"), 0);
        float[] v = weights.apply(read(drift.resolve(nativeFile), band));
        for (int i = 0; i < v.length; i++) if (Float.isNaN(aoi[i])) v[i] = Float.NaN;
        return v;
    }

    private static StageContext migrateContext(String name) throws IOException {
        Path cfgFile = tmp.resolve("sample").resolve("sample.yaml");
        RasterFiles files = GeoTiffTestFiles.INSTANCE;
        RunContext run = new RunContext(ConfigLoader.load(cfgFile, List.of()), cfgFile.getParent(), tmp.resolve(name), 1,
                IoChoice.JAVA, files, new RunListener() { }, new Cancellation(), "test", null);
        Path work = Files.createDirectories(tmp.resolve(name).resolve("work"));
        return new StageContext(run, "migrate", work, Map.of("ingest", SampleRuns.stage(small2, "ingest"), "drift",
                SampleRuns.stage(small2, "drift")), ProgressListener.NONE);
    }

    private static float[] zeroNaN(float[] a) {
        float[] out = a.clone();
        for (int i = 0; i < out.length; i++) if (Float.isNaN(out[i])) out[i] = 0f;
        return out;
    }

    /**
     * Migrate's forcing downscaled on the fly from the native monthly flux equals the old study-grid layers bit for
     * bit (tolerance 0: the same float32 native values, per-cell weights that depend only on the cell's grid
     * position, the same double arithmetic in the same order; NaN → 0 as before): monthly steps on the study grid,
     * seasonal steps (months weighted by their {@code steps} metadata); on a 2 × 2 block model grid within float32 rounding.
     */
    @Test
    void migrateForcingEqualsTheOldStudyGridMonthlyLayers() throws Exception {
        Path drift = SampleRuns.stage(small2, "drift");
        int bands;
        double[] steps;
        GridGeometry study;
        try (RasterSource w = GeoTiffReader.open(drift.resolve("qx_monthly_native.tif"));
             RasterSource lc = GeoTiffReader.open(SampleRuns.stage(small2, "ingest").resolve("landcover.tif"))) {
            bands = w.bandCount();
            steps = new double[bands];
            for (int b = 0; b < bands; b++) steps[b] = Double.parseDouble(w.bandInfo(b).metadata().get("steps"));
            study = lc.grid();
        }
        assertEquals(12, bands);
        float[][] oldX = new float[12][], oldY = new float[12][];
        for (int m = 0; m < 12; m++) {
            oldX[m] = zeroNaN(oldStudyGridMonth("qx_monthly_native.tif", m));
            oldY[m] = zeroNaN(oldStudyGridMonth("qy_monthly_native.tif", m));
        }
        int n = (int) study.cellCount();
        StageContext ctx = migrateContext("forcing");
        BlockAggregator one = new BlockAggregator(study.width(), study.height(), 1);
        float[] qx = new float[n], qy = new float[n];
        try (FluxScratchFile f = TransportForcing.forcing(ctx, StepLength.MONTHLY, one)) {
            assertEquals(12, f.periods());
            for (int m = 0; m < 12; m++) {
                f.read(m, qx, qy);
                assertArrayEquals(oldX[m], qx, "qx month " + (m + 1));
                assertArrayEquals(oldY[m], qy, "qy month " + (m + 1));
            }
        }
        try (FluxScratchFile f = TransportForcing.forcing(ctx, StepLength.SEASONAL, one)) {
            assertEquals(4, f.periods());
            for (int s = 0; s < 4; s++) {
                f.read(s, qx, qy);
                float[] ex = new float[n], ey = new float[n];
                for (int i = 0; i < n; i++) {
                    double ax = 0, ay = 0, ws = 0;
                    for (int m = 3 * s; m < 3 * s + 3; m++) {
                        ax += steps[m] * oldX[m][i];
                        ay += steps[m] * oldY[m][i];
                        ws += steps[m];
                    }
                    ex[i] = (float) (ax / ws);
                    ey[i] = (float) (ay / ws);
                }
                assertArrayEquals(ex, qx, "qx quarter " + (s + 1));
                assertArrayEquals(ey, qy, "qy quarter " + (s + 1));
            }
        }
        BlockAggregator two = new BlockAggregator(study.width(), study.height(), 2);
        int mn = two.modelWidth() * two.modelHeight();
        float[] mx = new float[mn], my = new float[mn], ex = new float[mn], ey = new float[mn];
        try (FluxScratchFile f = TransportForcing.forcing(ctx, StepLength.MONTHLY, two)) {
            for (int m : new int[] {0, 6, 11}) {
                f.read(m, mx, my);
                two.mean(oldX[m], 0, study.height(), ex);
                two.mean(oldY[m], 0, study.height(), ey);
                // coarser grids take LinearForcing (block weights of the native cells): the old path rounded every study
                // value to float32 before the block mean, this one rounds once, so allow 1e-6 of the month's maximum
                assertWithinRounding(ex, mx, "block means, qx month " + (m + 1));
                assertWithinRounding(ey, my, "block means, qy month " + (m + 1));
            }
        }
        boolean someFlux = false;
        for (float v : oldX[6]) someFlux |= v != 0;
        assertTrue(someFlux, "July has potential flux somewhere");
    }

    private static void assertWithinRounding(float[] expected, float[] actual, String what) {
        double max = 0;
        for (float v : expected) max = Math.max(max, Math.abs(v));
        assertTrue(max > 0, what + ": some flux");
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-6 * max, what + " at " + i);
    }

    /** Any window of the on-the-fly downscale holds the old layer's values of that window (weights per cell, not per window). */
    @Test
    void anyWindowOfTheDownscaleEqualsTheOldLayer() throws Exception {
        float[] old = oldStudyGridMonth("qy_monthly_native.tif", 3);
        try (NativeMonthlyFlux flux = NativeMonthlyFlux.open(migrateContext("windows"), StepLength.MONTHLY)) {
            int w = flux.study().width();
            for (Window win : List.of(new Window(5, 7, 31, 17), new Window(0, 0, 1, 1), new Window(w - 9, 60, 9, 10))) {
                float[] got = flux.studyGridMonth(1, 3, win);
                float[] expected = new float[got.length];
                for (int r = 0; r < win.height(); r++) {
                    System.arraycopy(old, (win.row() + r) * w + win.col(), expected, r * win.width(), win.width());
                }
                assertArrayEquals(expected, got, win.toString());
            }
        }
    }

    private static byte[] bytes(Path f) throws IOException {
        return Files.readAllBytes(f);
    }

    /**
     * The streamed shelter pass equals the former whole-grid computation: SectorShelterOp over the whole grid in one
     * block gives exactly the values drift wrote (tiles of 512); the pass run again with tiles of 7 on 2 threads and
     * of 64 on 1 thread writes byte-identical files; the summary's lee/blocked fractions, median Sx and mean sheltered
     * DP fraction equal the whole-array formulas the stage used before (sort, sequential double sum).
     */
    @Test
    void streamedShelterEqualsTheWholeGridComputation() throws Exception {
        Path drift = SampleRuns.stage(small2, "drift"), ingest = SampleRuns.stage(small2, "ingest");
        StageContext ctx = migrateContext("shelter");
        DriftConfig cfg = ctx.run().config().drift();
        double leeThr = ctx.run().config().migrate().leeShelterThresholdDeg();
        double regThr = ctx.run().config().migrate().regionalShelterThresholdDeg();
        WindRecord wind = WindRecord.read(ctx, ingest.resolve("wind_u.tif"), ingest.resolve("wind_v.tif"));
        try (RasterSource dem = GeoTiffReader.open(ingest.resolve("dem.tif"))) {
            GridGeometry study = dem.grid();
            double cell = Math.min(study.cellSizeX(), study.cellSizeY());
            SectorShelterParams local = ScienceMapping.localSectorShelter(cfg);
            SectorShelterParams regional = ScienceMapping.regionalSectorShelter(cfg, cell);
            double[] share = SectorShelter.dpShare(SandRoseSectors.of(wind.u(), wind.v(), cfg.thresholdWindKn(), local.sectors()).sectorDpVu());
            boolean[] computed = SectorShelter.computed(share, cfg.shelterMinDpShare());
            int nComputed = 0;
            for (boolean c : computed) if (c) nComputed++;
            assertTrue(nComputed > 0 && nComputed < computed.length, "some sectors computed, some skipped: " + nComputed);

            int halo = Math.max(Math.max(regional.haloCells(study.cellSizeX(), study.cellSizeY()),
                    local.haloCells(study.cellSizeX(), study.cellSizeY())), 1);
            RasterBlock whole = dem.read(0, study.extent().expand(halo));
            float[][] l = SectorShelterOp.run(whole, study.extent(), study.cellSizeX(), study.cellSizeY(), local, computed).sxDeg();
            float[][] r = SectorShelterOp.run(whole, study.extent(), study.cellSizeX(), study.cellSizeY(), regional, computed).sxDeg();
            for (int k = 0; k < computed.length; k++) {
                float[] nan = new float[(int) study.cellCount()];
                Arrays.fill(nan, Float.NaN);
                assertArrayEquals(computed[k] ? l[k] : nan, read(drift.resolve("sx_local.tif"), k), "local sector " + k);
                assertArrayEquals(computed[k] ? r[k] : nan, read(drift.resolve("sx_regional.tif"), k), "regional sector " + k);
            }
            float[] fraction = SectorShelter.dpFraction(l, r, share, leeThr, regThr, (int) study.cellCount());
            assertArrayEquals(fraction, read(drift.resolve("shelter_dp_fraction.tif"), 0));

            JsonNode sh = new ObjectMapper().readTree(drift.resolve("drift_summary.json").toFile()).path("shelter");
            double sum = 0;
            int n = 0;
            for (float v : fraction) if (!Float.isNaN(v)) { sum += v; n++; }
            assertEquals(Json.round(sum / n), sh.path("meanShelteredDpFraction").asDouble(), 0);
            for (int k = 0; k < computed.length; k++) {
                JsonNode sector = sh.path("bySector").get(k);
                assertEquals(computed[k], sector.path("computed").asBoolean());
                if (!computed[k]) continue;
                assertEquals(Json.round(WindStatsMath.fractionAbove(l[k], leeThr)), sector.path("fractionLocalLee").asDouble(), 0);
                assertEquals(Json.round(WindStatsMath.fractionAbove(r[k], regThr)), sector.path("fractionRegionallyBlocked").asDouble(), 0);
                assertEquals(Json.round(WindStatsMath.percentile(l[k], 0.5)), sector.path("medianSxLocalDeg").asDouble(), 0);
                assertEquals(Json.round(WindStatsMath.percentile(r[k], 0.5)), sector.path("medianSxRegionalDeg").asDouble(), 0);
            }

            for (int[] run : new int[][] {{7, 2}, {64, 1}}) {
                SectorShelterPass.Result res;
                try (TiledExecutor exec = new TiledExecutor(run[1])) {
                    res = new SectorShelterPass(study, local, regional, computed, share, leeThr, regThr, run[0]).run(ctx, dem, exec,
                            ProgressListener.NONE, ProgressListener.NONE);
                }
                for (String f : List.of("sx_local.tif", "sx_regional.tif", "shelter_dp_fraction.tif")) {
                    assertArrayEquals(bytes(drift.resolve(f)), bytes(ctx.output(f)), f + ", tiles of " + run[0] + ", " + run[1] + " thread(s)");
                }
                for (int k = 0; k < computed.length; k++) {
                    if (!computed[k]) continue;
                    assertEquals(WindStatsMath.percentile(l[k], 0.5), res.local()[k].medianDeg(), 0, "exact median, sector " + k);
                    assertEquals(WindStatsMath.percentile(r[k], 0.5), res.regional()[k].medianDeg(), 0, "exact median, sector " + k);
                }
            }
        }
    }

    @Test
    void nativeMonthlyFluxIsOnTheWindGridWithOneBandPerMonth() throws Exception {
        Path drift = SampleRuns.stage(small2, "drift"), ingest = SampleRuns.stage(small2, "ingest");
        try (RasterSource u = GeoTiffReader.open(ingest.resolve("wind_u.tif"));
             RasterSource x = GeoTiffReader.open(drift.resolve("qx_monthly_native.tif"));
             RasterSource y = GeoTiffReader.open(drift.resolve("qy_monthly_native.tif"))) {
            assertTrue(x.grid().sameGridAs(u.grid(), 1e-9));
            assertTrue(y.grid().sameGridAs(u.grid(), 1e-9));
            assertEquals(12, x.bandCount());
            assertEquals(12, y.bandCount());
            long steps = 0;
            for (int band = 0; band < 12; band++) {
                assertEquals(String.valueOf(band + 1), x.bandInfo(band).metadata().get("month"));
                assertEquals(x.bandInfo(band).metadata(), y.bandInfo(band).metadata());
                assertEquals("m3/m/yr", x.bandInfo(band).unit());
                steps += Long.parseLong(x.bandInfo(band).metadata().get("steps"));
            }
            assertEquals(u.bandCount(), steps, "every wind step falls in one month");
        }
    }
}
