package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift and migrate stages end to end on a generated 96 × 80 sample basin (sample-data → ingest →
 * drift → migrate through the command line), with -j 1 and -j 2.
 */
class DriftMigrateStagesTest {
    @TempDir
    static Path tmp;
    static Path run1, run2;

    static int exec(String... args) {
        return SampleRuns.exec(args);
    }

    @BeforeAll
    static void runTwice() {
        Path[] runs = SampleRuns.runTwice(tmp, "migrate");
        run1 = runs[0];
        run2 = runs[1];
    }

    private static Path stage(Path run, String stage) throws IOException {
        return SampleRuns.stage(run, stage);
    }

    private static GridGeometry grid(Path f) throws IOException {
        try (RasterSource s = GeoTiffReader.open(f)) {
            return s.grid();
        }
    }

    @Test
    void outputsExistOnTheStudyGridWithUnits() throws Exception {
        Path ingest = stage(run1, "ingest"), drift = stage(run1, "drift"), migrate = stage(run1, "migrate");
        GridGeometry study = grid(ingest.resolve("landcover.tif"));
        assertEquals(96, study.width());
        assertEquals(80, study.height());
        for (String f : List.of("dp.tif", "rdp.tif", "rdd.tif", "rdp_dp.tif", "dp_class.tif", "rdp_dp_class.tif", "qx.tif", "qy.tif",
                "sx_local.tif", "sx_regional.tif", "slope.tif", "aspect.tif")) {
            assertTrue(grid(drift.resolve(f)).sameGridAs(study, 1e-9), f);
        }
        GridGeometry wind = grid(ingest.resolve("wind_u.tif"));
        assertTrue(grid(drift.resolve("dp_native.tif")).sameGridAs(wind, 1e-9));
        try (RasterSource s = GeoTiffReader.open(drift.resolve("dp.tif"))) {
            assertEquals("VU", s.bandInfo(0).unit());
        }
        assertFalse(Files.exists(drift.resolve("qx_monthly.tif")), "monthly flux on the native grid only");
        try (RasterSource s = GeoTiffReader.open(drift.resolve("qx_monthly_native.tif"))) {
            assertTrue(grid(drift.resolve("qx_monthly_native.tif")).sameGridAs(wind, 1e-9));
            assertEquals(12, s.bandCount());
            assertEquals("1", s.bandInfo(0).metadata().get("month"));
        }
        try (RasterSource s = GeoTiffReader.open(drift.resolve("dp_class.tif"))) {
            assertEquals("intermediate", s.bandInfo(0).categoryNames().get(2));
        }
        for (String f : List.of("thickness_30y.tif", "net_change.tif", "first_arrival_year.tif", "front_advance_m_per_yr.tif",
                "dune_celerity_m_per_yr.tif", "annual_capacity_qx.tif", "annual_capacity_qy.tif")) {
            assertTrue(grid(migrate.resolve(f)).sameGridAs(study, 1e-9), f);
        }
        assertTrue(Files.size(drift.resolve("flux_vectors.png")) > 1000);
        List<String> assets = Files.readAllLines(migrate.resolve("asset_sand_per_year.csv"));
        assertEquals("asset_class,year,volume_m3", assets.get(0));
        List<String> front = Files.readAllLines(migrate.resolve("front_by_year.csv"));
        assertEquals(1 + 31, front.size(), "header + years 0..30");
    }

    @Test
    void shelterIndexHasOneBandPerWindSectorAndTheSummaryReportsEach() throws Exception {
        Path drift = stage(run1, "drift");
        JsonNode sh = new ObjectMapper().readTree(drift.resolve("drift_summary.json").toFile()).path("shelter");
        assertEquals(8, sh.path("sectors").asInt());
        double shares = 0;
        for (String f : List.of("sx_local.tif", "sx_regional.tif")) {
            try (RasterSource s = GeoTiffReader.open(drift.resolve(f))) {
                assertEquals(8, s.bandCount(), f);
                for (int k = 0; k < 8; k++) {
                    assertEquals("degree", s.bandInfo(k).unit());
                    assertEquals(String.valueOf(45 * k), s.bandInfo(k).metadata().get("fromDeg"), f + " band " + k);
                    JsonNode sector = sh.path("bySector").get(k);
                    assertEquals(45.0 * k, sector.path("fromDeg").asDouble(), 0);
                    assertEquals(sector.path("computed").asBoolean(), Boolean.parseBoolean(s.bandInfo(k).metadata().get("computed")));
                    boolean computed = sector.path("computed").asBoolean();
                    assertEquals(computed, sector.path("dpShare").asDouble() >= 0.02, "sector " + k + " computed iff DP share >= 2 %");
                    assertEquals(computed, sector.has("fractionLocalLee"));
                }
            }
        }
        for (JsonNode sector : sh.path("bySector")) shares += sector.path("dpShare").asDouble();
        assertEquals(1.0, shares, 1e-5, "the sector DP shares partition the basin DP");
        GridGeometry study = grid(stage(run1, "ingest").resolve("landcover.tif"));
        assertTrue(grid(drift.resolve("shelter_dp_fraction.tif")).sameGridAs(study, 1e-9));
        double f = sh.path("meanShelteredDpFraction").asDouble();
        assertTrue(f >= 0 && f < 1, "mean sheltered DP fraction " + f);
    }

    @Test
    void driftSummaryIsIntermediateAndPointsEastSouthEast() throws Exception {
        JsonNode s = new ObjectMapper().readTree(stage(run1, "drift").resolve("drift_summary.json").toFile());
        JsonNode b = s.path("basin");
        System.out.printf("sample 96x80: DP %.1f VU (%s), RDP/DP %.3f, RDD %.1f deg%n", b.path("dpVu").asDouble(),
                b.path("dpClass").asText(), b.path("rdpOverDp").asDouble(), b.path("rddDeg").asDouble());
        assertEquals("INTERMEDIATE", b.path("dpClass").asText());
        double rdd = b.path("rddDeg").asDouble();
        assertTrue(rdd > 90 && rdd < 160, "RDD " + rdd);
        assertEquals("DURAN_KOK", s.path("transportLaw").asText());
        JsonNode rose = s.path("sandRose").path("sectorDpVu");
        assertEquals(16, rose.size());
        double total = 0;
        for (JsonNode v : rose) total += v.asDouble();
        // The sectors partition the same Fryberger sum as DP on the native grid: their total is the mean native DP.
        assertTrue(total > 200 && total < 400, "rose total " + total);
        // Sand moves ESE, so the strongest sector (winds FROM) lies in the north-west quadrant (247.5..337.5 deg).
        int best = 0;
        for (int i = 1; i < 16; i++) if (rose.get(i).asDouble() > rose.get(best).asDouble()) best = i;
        assertTrue(best * 22.5 >= 247.5 && best * 22.5 <= 337.5, "dominant sector " + best * 22.5);
        var forRender = DriftSummaryRose.read(stage(run1, "drift")).orElseThrow();
        assertEquals(16, forRender.sectorDpVu().length);
        assertEquals(total, forRender.totalDpVu(), 1e-6 * total + 1e-3);
        assertEquals(s.path("sandRose").path("rddDeg").asDouble(), forRender.rddDeg(), 0);
    }

    @Test
    void frontAdvanceIsMetresPerYearAndMassBalances() throws Exception {
        JsonNode s = new ObjectMapper().readTree(stage(run1, "migrate").resolve("migrate_summary.json").toFile());
        double median = s.path("front").path("medianAdvanceMPerYr").asDouble();
        double p90 = s.path("front").path("p90AdvanceMPerYr").asDouble();
        System.out.printf("sample 96x80: front advance median %.2f m/yr, p90 %.2f m/yr, farmland ha 10/20/30y %s%n", median, p90,
                s.path("farmlandHaReachedWithin"));
        assertTrue(median >= 0.1 && median <= 50, "median front advance " + median);
        assertTrue(p90 >= median);
        JsonNode mb = s.path("massBudget");
        double in = mb.path("inflowM3").asDouble(), initial = mb.path("initialM3").asDouble();
        double fin = mb.path("finalM3").asDouble(), out = mb.path("outflowM3").asDouble() + mb.path("sunkM3").asDouble();
        assertTrue(initial > 0);
        assertEquals(0, (in + initial - (fin + out)) / initial, 1e-9);
        double h10 = s.path("farmlandHaReachedWithin").path("10y").asDouble();
        double h30 = s.path("farmlandHaReachedWithin").path("30y").asDouble();
        assertTrue(h30 >= h10, "hectares reached can only grow");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalFiles() throws Exception {
        Map<String, String> a = checksums(stage(run1, "drift"), stage(run1, "migrate"));
        Map<String, String> b = checksums(stage(run2, "drift"), stage(run2, "migrate"));
        assertTrue(a.size() > 25, a.keySet().toString());
        assertEquals(a, b);
    }

    @Test
    void migrateReportsMonotonicProgressAndIsCancellable() throws Exception {
        Path cfgFile = tmp.resolve("sample").resolve("sample.yaml");
        RasterFiles files = GeoTiffTestFiles.INSTANCE;
        RunContext run = new RunContext(ConfigLoader.load(cfgFile, List.of()), cfgFile.getParent(), tmp.resolve("cancel"), 1,
                IoChoice.JAVA, files, new RunListener() { }, new Cancellation(), "test", null);
        List<Double> seen = new ArrayList<>();
        ProgressListener stopAtAQuarter = (f, m) -> {
            seen.add(f);
            return f < 0.25;
        };
        Path work = Files.createDirectories(tmp.resolve("cancel").resolve("work"));
        StageContext ctx = new StageContext(run, "migrate", work, Map.of("ingest", stage(run1, "ingest"), "drift", stage(run1, "drift")),
                stopAtAQuarter);
        assertThrows(CancelledException.class, () -> new MigrateStage().run(ctx));
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), "progress went back: " + seen);
        assertTrue(seen.get(seen.size() - 1) >= 0.25 && seen.get(seen.size() - 1) < 0.5, seen.toString());
        assertFalse(Files.exists(work.resolve(MigrateOutputs.SUMMARY)), "no summary after a cancelled run");
    }

    private static Map<String, String> checksums(Path... dirs) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Path d : dirs) {
            try (var s = Files.list(d)) {
                for (Path f : s.filter(p -> !p.getFileName().toString().equals("manifest.json")).toList()) {
                    out.put(d.getFileName() + "/" + f.getFileName(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return out;
    }
}
