package org.dunefront.workflow.stages;

import org.dunefront.wind.DownscaleWeights;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.legend.Legend;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.CapacityFluxOp;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.StepLength;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fused study-grid pass of the migrate stage ({@link StudyGridPass}) against the computations it replaced, on a
 * generated 61 × 47 basin (odd sizes: partial blocks and strips) whose drift ran with {@code shelterMinDpShare = 0.15}
 * so that some shelter bands are not computed: the forcing equals {@link TransportForcing#forcing} (the separate
 * strip-by-strip downscale), the annual capacity equals {@link CapacityFluxOp#annualMean} over the whole grid in one
 * block with the mask read from every shelter band, and none of it depends on the thread count — tolerance 0 on
 * the study grid (each value is the same expression on the same floats), float32 rounding on a coarser model grid
 * ({@link LinearForcing}, see {@link #assertClose}).
 */
class StudyGridPassTest {
    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void basin() {
        Path data = tmp.resolve("sample");
        assertEquals(0, SampleRuns.exec("sample-data", "--out", data.toString(), "--seed", "11", "--size", "61x47", "--cell", "30"));
        run = tmp.resolve("run");
        assertEquals(0, SampleRuns.exec("drift", "--config", data.resolve("sample.yaml").toString(), "--out", run.toString(),
                "-q", "--set", "drift.shelterMinDpShare=0.15"));
    }

    private static StageContext context(String name, int threads) throws IOException {
        Path cfgFile = tmp.resolve("sample").resolve("sample.yaml");
        RunContext rc = new RunContext(ConfigLoader.load(cfgFile, List.of()), cfgFile.getParent(), tmp.resolve(name), threads,
                IoChoice.JAVA, GeoTiffTestFiles.INSTANCE, new RunListener() { }, new Cancellation(), "test", null);
        Path work = Files.createDirectories(tmp.resolve(name).resolve("work"));
        return new StageContext(rc, "migrate", work, Map.of("ingest", SampleRuns.stage(run, "ingest"), "drift",
                SampleRuns.stage(run, "drift")), ProgressListener.NONE);
    }

    private static float[] band(Path f) throws IOException {
        try (RasterSource s = GeoTiffReader.open(f)) {
            return StageRasters.floats(s.read(0, s.grid().extent()));
        }
    }

    /**
     * k = 1: bit for bit (tolerance 0). k &gt; 1 ({@link LinearForcing}): the per-cell path rounds every study cell's
     * period value to float32 (relative error ≤ 2⁻²⁴) before averaging over 16 cells or 12 periods, the linear path
     * rounds once, so the two differ by a few float32 ulps of the largest flux: at most 1e-6 × max|value| (about 16
     * ulps) — far below any physical meaning, and a real error (a wrong weight, cell or period) would be orders larger.
     */
    private static void assertClose(float[] expected, float[] actual, int k, String what) {
        if (k == 1) {
            assertArrayEquals(expected, actual, what);
            return;
        }
        assertEquals(expected.length, actual.length, what);
        double max = 0;
        for (float v : expected) max = Math.max(max, Math.abs(v));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6 * max, what + " at cell " + i);
        }
    }

    @Test
    void someShelterBandsAreSkippedAndTheMaskIsUnchanged() throws Exception {
        StageContext ctx = context("mask", 1);
        TransportParams p = ScienceMapping.transport(ctx.run().config(), 1);
        Path drift = SampleRuns.stage(run, "drift");
        try (SectorShelter.Reader r = SectorShelter.Reader.open(ctx, drift.resolve(DriftOutputs.SX_LOCAL),
                drift.resolve(DriftOutputs.SX_REGIONAL), p)) {
            int read = r.bandsToRead().size();
            assertTrue(read > 0 && read < 2 * r.sectors, read + " of " + 2 * r.sectors + " bands read");
        }
        ShelterMask all = SectorShelter.mask(ctx, drift.resolve(DriftOutputs.SX_LOCAL), drift.resolve(DriftOutputs.SX_REGIONAL), p);
        GridGeometry study = StageRasters.grid(ctx, SampleRuns.stage(run, "ingest").resolve("landcover.tif"));
        ModelLayers layers = ModelLayers.read(ctx, new BlockAggregator(study.width(), study.height(), 1), p);
        int sheltered = 0;
        for (int i = 0; i < all.cellCount(); i++) {
            for (int k = 0; k < all.sectors(); k++) {
                assertEquals(all.sheltered(i, k), layers.shelter.sheltered(i, k), "cell " + i + " sector " + k);
                if (all.sheltered(i, k)) sheltered++;
            }
        }
        assertTrue(sheltered > 0, "the basin has lee zones");
    }

    @Test
    void forcingEqualsTheSeparateDownscaleForAnyBlockFactorAndThreads() throws Exception {
        for (int k : new int[] {1, 4}) {
            for (int threads : new int[] {1, 2}) {
                StageContext ctx = context("forcing-" + k + "-" + threads, threads);
                TransportParams p = ScienceMapping.transport(ctx.run().config(), threads);
                GridGeometry study = StageRasters.grid(ctx, SampleRuns.stage(run, "ingest").resolve("landcover.tif"));
                BlockAggregator agg = new BlockAggregator(study.width(), study.height(), k);
                int mn = agg.modelWidth() * agg.modelHeight();
                StudyGridPass.Result fused = StudyGridPass.run(ctx, agg, p, true, false, ProgressListener.NONE);
                try (FluxScratchFile got = fused.forcing();
                     FluxScratchFile expected = TransportForcing.forcing(ctx, StepLength.MONTHLY, agg)) {
                    assertEquals(12, got.periods());
                    float[] gx = new float[mn], gy = new float[mn], ex = new float[mn], ey = new float[mn];
                    for (int s = 0; s < 12; s++) {
                        got.read(s, gx, gy);
                        expected.read(s, ex, ey);
                        assertClose(ex, gx, k, "qx period " + s + ", k " + k + ", threads " + threads);
                        assertClose(ey, gy, k, "qy period " + s + ", k " + k + ", threads " + threads);
                    }
                }
                assertEquals(mn, fused.layers().codes.length);
            }
        }
    }

    /**
     * The study-grid annual capacity as the migrate stage wrote it before the fused pass, computed here over the whole
     * grid in one block: every shelter band read ({@link SectorShelter#mask}), the downscaled periods of the native
     * flux over the whole extent, {@link CapacityFluxOp#annualMean}. The fused pass computes it per group of model rows
     * from the same per-cell inputs; its files must hold exactly these floats, for 1 and 2 threads and block factors
     * 1 and 4 (the capacity is always at study resolution).
     */
    @Test
    void annualCapacityEqualsTheWholeGridComputation() throws Exception {
        StageContext base = context("capacity-expected", 1);
        TransportParams p1 = ScienceMapping.transport(base.run().config(), 1);
        Path ingest = SampleRuns.stage(run, "ingest"), drift = SampleRuns.stage(run, "drift");
        float[][] expected;
        GridGeometry study;
        try (RasterSource lc = GeoTiffReader.open(ingest.resolve("landcover.tif"));
             NativeMonthlyFlux flux = NativeMonthlyFlux.open(base, StepLength.MONTHLY)) {
            study = lc.grid();
            byte[] codes = ModelLayers.bytes(lc.read(0, study.extent()));
            Legend legend = StageLegend.of(base.run());
            SurfaceLayers s = SurfaceLayers.of(legend, codes, p1.referenceRoughnessM());
            SandTransportInput in = SandTransportInput.builder(study.width(), study.height(), study.cellSizeX(), study.cellSizeY())
                    .surface(codes, s.lookup())
                    .potentialFlux(flux.prepare(study.extent()).series())
                    .vegetationCoverFraction(s.cover())
                    .roughnessLengthM(s.roughnessM())
                    .shelterBySector(SectorShelter.mask(base, drift.resolve(DriftOutputs.SX_LOCAL), drift.resolve(DriftOutputs.SX_REGIONAL), p1))
                    .build();
            expected = CapacityFluxOp.annualMean(in, p1);
            assertTrue(LinearForcing.of(flux) != null, "the native bands share their NaN cells: k > 1 takes the linear path");
        }
        boolean moving = false, zero = false;
        for (float v : expected[0]) {
            moving |= v != 0;
            zero |= v == 0;
        }
        assertTrue(moving && zero, "some cells carry sand, some do not");
        for (int k : new int[] {1, 4}) {
            for (int threads : new int[] {1, 2}) {
                StageContext ctx = context("capacity-" + k + "-" + threads, threads);
                TransportParams p = ScienceMapping.transport(ctx.run().config(), threads);
                BlockAggregator agg = new BlockAggregator(study.width(), study.height(), k);
                StudyGridPass.run(ctx, agg, p, false, true, ProgressListener.NONE);
                assertClose(expected[0], band(ctx.output(MigrateOutputs.CAPACITY_QX)), k, "qx, k " + k + ", threads " + threads);
                assertClose(expected[1], band(ctx.output(MigrateOutputs.CAPACITY_QY)), k, "qy, k " + k + ", threads " + threads);
            }
        }
    }

    /** {@link DownscaleWeights#value} is {@code DownscaleWeights.apply} cell by cell, bit for bit, on any window. */
    @Test
    void bilinearCellsEqualTheDownscaleWeights() throws Exception {
        try (NativeMonthlyFlux flux = NativeMonthlyFlux.open(context("bilinear", 1), StepLength.MONTHLY)) {
            for (org.dunefront.grid.Window win : List.of(flux.study().extent(), new org.dunefront.grid.Window(3, 5, 17, 9))) {
                NativeMonthlyFlux.Prepared prepared = flux.prepare(win);
                DownscaleWeights cells = flux.cells(win);
                for (int band : new int[] {0, 6, 11}) {
                    float[] q = flux.nativeBand(1, band);
                    float[] expected = prepared.studyGridValues(q);
                    boolean[] aoi;
                    try (RasterSource lc = GeoTiffReader.open(SampleRuns.stage(run, "ingest").resolve("landcover.tif"))) {
                        aoi = StudyMask.inside(lc, win);
                    }
                    for (int i = 0; i < expected.length; i++) {
                        if (!aoi[i]) continue; // studyGridValues masks the AOI; the weights do not
                        assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(cells.value(i, q)), "cell " + i);
                    }
                }
            }
        }
    }

    @Test
    void progressRisesPerStripToOneAndCancellationStopsThePass() throws Exception {
        StageContext ctx = context("progress", 2);
        TransportParams p = ScienceMapping.transport(ctx.run().config(), 2);
        GridGeometry study = StageRasters.grid(ctx, SampleRuns.stage(run, "ingest").resolve("landcover.tif"));
        BlockAggregator agg = new BlockAggregator(study.width(), study.height(), 1);
        List<Double> seen = new java.util.ArrayList<>();
        StudyGridPass.run(ctx, agg, p, false, false, (f, m) -> seen.add(f));
        assertEquals(0.0, seen.get(0), 0);
        assertEquals(1.0, seen.get(seen.size() - 1), 0);
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), seen.toString());
        org.junit.jupiter.api.Assertions.assertThrows(org.dunefront.grid.CancelledException.class,
                () -> StudyGridPass.run(ctx, agg, p, true, true, (f, m) -> false));
        assertFalse(Files.exists(ctx.output(MigrateOutputs.CAPACITY_QX)), "a cancelled pass leaves no capacity file");
    }

    @Test
    void autoModelCellKeepsTheStudyCellUpTo2000SquaredAndGives300mAt20000Squared() {
        assertEquals(1, ModelLayers.autoFactor(400, 400));
        assertEquals(1, ModelLayers.autoFactor(2000, 2000));
        assertEquals(2, ModelLayers.autoFactor(2001, 2000)); // 2001 x 2000 > 4 M
        assertEquals(3, ModelLayers.autoFactor(5000, 5000)); // 1667^2 = 2.78 M; k = 2 would give 2500^2 = 6.25 M
        assertEquals(10, ModelLayers.autoFactor(20000, 20000)); // 2000^2 = 4 M; k = 9 would give 2223^2 = 4.94 M
        assertEquals(11, ModelLayers.autoFactor(20001, 20000)); // ceil(20001 / 10) = 2001
        assertEquals(1, ModelLayers.autoFactor(4_000_000, 1)); // a single row of 4 M cells still fits
        assertEquals(2, ModelLayers.autoFactor(4_000_001, 1));
        assertEquals(10, ModelLayers.factor(0, 30, 20000, 20000));
        assertEquals(300.0, 30.0 * ModelLayers.factor(0, 30, 20000, 20000), 0);
        assertEquals(5, ModelLayers.factor(150, 30, 20000, 20000)); // an explicit cell size is kept
    }
}
