package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.ProgressListener;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.Interventions;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.Manifest;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrate stage's kept transport set-up ({@link TransportSetUpCache}, {@code migrate/transport_setup.bin}) on the
 * 96 × 80 sample basin, on the study grid (k = 1) and on a model grid of 2 × 2 study cells: it holds exactly the arrays
 * and forcing the plan's own study-grid pass gives (bit for bit), it round-trips to the same bytes, the plan's outputs
 * are byte-identical with it, without it and without any reuse, and it is not used when the set-up differs or the file
 * is damaged (then the plan reads the study grid and warns).
 */
class TransportSetUpCacheTest {
    @TempDir static Path tmp;
    static Path run, coarseRun, cfgFile;
    static final String COARSE = "migrate.modelCellSizeM=60";

    @BeforeAll
    static void runPlan() {
        run = SampleRuns.runOnce(tmp, "plan");
        cfgFile = tmp.resolve("sample").resolve("sample.yaml");
        coarseRun = tmp.resolve("coarse");
        assertEquals(0, SampleRuns.exec("plan", "--config", cfgFile.toString(), "--out", coarseRun.toString(), "-j", "2",
                "-q", "--set", COARSE));
    }

    /** Info and warning lines of a run. */
    static final class Messages implements RunListener {
        final List<String> info = Collections.synchronizedList(new ArrayList<>());
        final List<String> warn = Collections.synchronizedList(new ArrayList<>());

        @Override public void info(String m) { info.add(m); }

        @Override public void warn(String m) { warn.add(m); }

        boolean reused() { return info.stream().anyMatch(m -> m.contains("read from the migrate stage's")); }
    }

    private static String[] sets(Path r, String... more) {
        List<String> s = new ArrayList<>(List.of(more));
        if (r == coarseRun) s.add(COARSE);
        return s.toArray(String[]::new);
    }

    private static Map<String, Path> upstream(Path runDir) throws IOException {
        return Map.of("ingest", SampleRuns.stage(runDir, "ingest"), "drift", SampleRuns.stage(runDir, "drift"),
                "migrate", SampleRuns.stage(runDir, "migrate"), "rank", SampleRuns.stage(runDir, "rank"));
    }

    private static String version(Path runDir) throws IOException {
        return Manifest.read(SampleRuns.stage(runDir, "migrate")).orElseThrow().softwareVersion();
    }

    private static StageContext context(Path work, Map<String, Path> upstream, String version, int threads,
                                        RunListener listener, String... sets) throws IOException {
        RunContext rc = new RunContext(ConfigLoader.load(cfgFile, List.of(sets)), cfgFile.getParent(), tmp.resolve("ctx"),
                threads, IoChoice.JAVA, GeoTiffTestFiles.INSTANCE, listener, new Cancellation(), version, null);
        return new StageContext(rc, "plan", Files.createDirectories(work), upstream, ProgressListener.NONE);
    }

    private static StageContext context(Path r, String work, Messages m, String... more) throws IOException {
        return context(tmp.resolve(work), upstream(r), version(r), 2, m, sets(r, more));
    }

    private static TransportSetUpCache.Expected expected(StageContext ctx) throws IOException {
        TransportParams p = ScienceMapping.transport(ctx.run().config(), 1);
        return TransportSetUpCache.expected(ctx, ModelLayers.aggregator(ctx), p);
    }

    private static Path cacheOf(Path r) throws IOException {
        return SampleRuns.stage(r, "migrate").resolve(TransportSetUpCache.FILE);
    }

    private static int[] bits(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) b[i] = Float.floatToRawIntBits(a[i]);
        return b;
    }

    @Test
    void migrateListsTheFileAndItHoldsThePlansOwnLayersAndForcingBitForBit() throws Exception {
        for (Path r : List.of(run, coarseRun)) {
            Manifest m = Manifest.read(SampleRuns.stage(r, "migrate")).orElseThrow();
            assertTrue(m.outputs().stream().anyMatch(f -> f.path().equals(TransportSetUpCache.FILE)), m.outputs().toString());
            StageContext ctx = context(r, "exact-" + r.getFileName(), new Messages());
            TransportParams p = ScienceMapping.transport(ctx.run().config(), 2);
            BlockAggregator agg = ModelLayers.aggregator(ctx);
            assertEquals(r == run ? 1 : 2, agg.factor());
            ModelLayers want = ModelLayers.read(ctx, agg, p);
            TransportSetUpCache.Loaded got = TransportSetUpCache.read(cacheOf(r), expected(ctx));
            try (FluxScratchFile gotForcing = got.forcing();
                 FluxScratchFile wantForcing = TransportForcing.forcing(ctx, p.stepLength(), agg)) {
                ModelLayers l = got.layers();
                assertEquals(want.model, l.model);
                assertEquals(want.study, l.study);
                assertArrayEquals(want.codes, l.codes);
                assertArrayEquals(want.assets, l.assets);
                assertArrayEquals(bits(want.cover), bits(l.cover));
                assertArrayEquals(bits(want.roughnessM), bits(l.roughnessM));
                assertArrayEquals(bits(want.bed), bits(l.bed));
                if (agg.factor() == 1) {
                    assertNull(l.initialThicknessM);
                } else {
                    assertArrayEquals(bits(want.initialThicknessM), bits(l.initialThicknessM));
                }
                assertArrayEquals(want.lookup, l.lookup);
                assertEquals(want.assetNames, l.assetNames);
                assertEquals(want.assetIsFarmland, l.assetIsFarmland);
                assertArrayEquals(want.studyAssetCells, l.studyAssetCells);
                assertEquals(want.shelter.sectors(), l.shelter.sectors());
                int sheltered = 0;
                for (int i = 0; i < want.shelter.cellCount(); i++) {
                    for (int s = 0; s < want.shelter.sectors(); s++) {
                        assertEquals(want.shelter.sheltered(i, s), l.shelter.sheltered(i, s), "cell " + i + " sector " + s);
                        if (l.shelter.sheltered(i, s)) sheltered++;
                    }
                }
                assertTrue(sheltered > 0, "the basin has lee zones");
                assertEquals(wantForcing.periods(), gotForcing.periods());
                assertEquals(12, gotForcing.periods());
                int n = l.codes.length;
                float[] wx = new float[n], wy = new float[n], gx = new float[n], gy = new float[n];
                boolean anyFlux = false;
                for (int s = 0; s < 12; s++) {
                    wantForcing.read(s, wx, wy);
                    gotForcing.read(s, gx, gy);
                    assertArrayEquals(bits(wx), bits(gx), "qx period " + s);
                    assertArrayEquals(bits(wy), bits(gy), "qy period " + s);
                    for (float v : gx) anyFlux |= v != 0 && !Float.isNaN(v);
                }
                assertTrue(anyFlux, "the forcing is not all zero");
            }
        }
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws Exception {
        for (Path r : List.of(run, coarseRun)) {
            StageContext ctx = context(r, "roundtrip-" + r.getFileName(), new Messages());
            Path copy = tmp.resolve("roundtrip-" + r.getFileName()).resolve(TransportSetUpCache.FILE);
            TransportSetUpCache.Loaded l = TransportSetUpCache.read(cacheOf(r), expected(ctx));
            try (FluxScratchFile f = l.forcing()) {
                TransportSetUpCache.write(copy, l.layers(), f);
            }
            byte[] a = Files.readAllBytes(cacheOf(r)), b = Files.readAllBytes(copy);
            assertArrayEquals(a, b);
            // on a thread beside the caller (as migrate writes it while its transport runs): the same bytes
            Path beside = copy.resolveSibling("beside.bin");
            try (FluxScratchFile f = TransportSetUpCache.read(cacheOf(r), expected(ctx)).forcing();
                 TransportSetUpCache.Pending w = TransportSetUpCache.writeBeside(beside, l.layers(), f, true)) {
                w.await();
            }
            assertArrayEquals(a, Files.readAllBytes(beside));
            // a write stopped before its end leaves neither the target nor its temporary file
            Path stopped = copy.resolveSibling("stopped.bin");
            try (FluxScratchFile f = TransportSetUpCache.read(cacheOf(r), expected(ctx)).forcing()) {
                assertThrows(IOException.class, () -> TransportSetUpCache.write(stopped, l.layers(), f, () -> true));
            }
            assertFalse(Files.exists(stopped));
            assertFalse(Files.exists(stopped.resolveSibling("stopped.bin.tmp")));
            long n = (long) l.layers().model.width() * l.layers().model.height();
            assertEquals(TransportSetUpCache.HEADER_BYTES + TransportSetUpCache.layerBytes(n, r == coarseRun,
                    l.layers().studyAssetCells.length) + 2L * 12 * n * 4, a.length, "the documented layout");
            assertFalse(Files.exists(copy.resolveSibling(TransportSetUpCache.FILE + ".tmp")), "no temporary left");
        }
    }

    @Test
    void planOutputsAreByteIdenticalWithTheKeptSetUpWithoutItAndWithoutAnyReuse() throws IOException {
        for (Path r : List.of(run, coarseRun)) {
            String tag = r.getFileName().toString();
            Messages kept = new Messages(), notKept = new Messages(), none = new Messages();
            StageContext withCache = context(r, "plan-kept-" + tag, kept);
            // migrate's folder without the file (as written by a version before it): same set-up, nothing kept
            Path bare = copyMigrate(r, "migrate-bare-" + tag);
            Files.delete(bare.resolve(TransportSetUpCache.FILE));
            Manifest m = Manifest.read(bare).orElseThrow();
            new Manifest(m.stage(), m.softwareVersion(), m.cacheKey(), m.parameters(), m.inputs(), m.upstream(),
                    m.outputs().stream().filter(f -> !f.path().equals(TransportSetUpCache.FILE)).toList(), m.results()).write(bare);
            Map<String, Path> up = new HashMap<>(upstream(r));
            up.put("migrate", bare);
            StageContext withoutCache = context(tmp.resolve("plan-bare-" + tag), up, version(r), 2, notKept, sets(r));
            StageContext noReuse = context(tmp.resolve("plan-none-" + tag), upstream(r), "another version", 1, none, sets(r));

            StageResult a = new PlanStage().run(withCache), b = new PlanStage().run(withoutCache), c = new PlanStage().run(noReuse);
            assertTrue(kept.reused(), kept.info.toString());
            assertFalse(notKept.reused(), notKept.info.toString());
            assertTrue(notKept.info.stream().anyMatch(s -> s.contains("did not keep")), notKept.info.toString());
            assertFalse(none.reused(), none.info.toString());
            assertTrue(kept.warn.isEmpty() && notKept.warn.isEmpty() && none.warn.isEmpty());
            assertEquals(c.numbers(), a.numbers());
            assertEquals(c.numbers(), b.numbers());
            List<String> names;
            try (var s = Files.list(noReuse.workDir())) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertTrue(names.containsAll(List.of("plan.json", "patches.gpkg", PlanOutputs.ACTION_MAP, "summary.csv")), names.toString());
            for (StageContext ctx : List.of(withCache, withoutCache)) {
                try (var s = Files.list(ctx.workDir())) {
                    assertEquals(names, s.map(p -> p.getFileName().toString()).sorted().toList());
                }
                for (String f : names) {
                    assertArrayEquals(Files.readAllBytes(noReuse.workDir().resolve(f)), Files.readAllBytes(ctx.workDir().resolve(f)),
                            f + " of " + ctx.workDir());
                }
            }
        }
    }

    @Test
    void anotherSetUpDisablesReuse() throws Exception {
        Messages ok = new Messages();
        try (TransportSetUpCache.Loaded l = loaded(context(run, "declines", ok))) {
            assertTrue(l != null, "the workflow's own migrate run is reused: " + ok.info);
        }
        for (String set : List.of("migrate.horizonYears=20", "migrate.leeShelterThresholdDeg=20", "drift.thresholdWindKn=10",
                "study.legendFile=own-legend.yaml")) {
            if (set.startsWith("study.legendFile")) {
                Files.copy(Path.of("..", "styles", "legend.yaml"), cfgFile.resolveSibling("own-legend.yaml"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Messages msg = new Messages();
            assertNull(loaded(context(run, "declines", msg, set)), set);
            assertTrue(msg.info.stream().anyMatch(s -> s.contains("differs")), set + ": " + msg.info);
        }
        // another software version
        Messages v = new Messages();
        assertNull(loaded(context(tmp.resolve("declines"), upstream(run), version(run) + "-other", 2, v)));
        // a drift output that is not the one migrate read
        Path drift = tmp.resolve("drift-other");
        copyFiles(SampleRuns.stage(run, "drift"), drift);
        Manifest m = Manifest.read(drift).orElseThrow();
        List<Manifest.FileEntry> outs = new ArrayList<>(m.outputs());
        Manifest.FileEntry f0 = outs.get(0);
        outs.set(0, new Manifest.FileEntry(f0.name(), f0.path(), "0".repeat(64)));
        new Manifest(m.stage(), m.softwareVersion(), m.cacheKey(), m.parameters(), m.inputs(), m.upstream(), outs, m.results())
                .write(drift);
        Map<String, Path> up = new HashMap<>(upstream(run));
        up.put("drift", drift);
        assertNull(loaded(context(tmp.resolve("declines"), up, version(run), 2, new Messages())), "another drift output");

        // the header's own check: the 2 x 2 model grid's file where the study grid's is expected, and the converse
        TransportSetUpCache.Unusable e = assertThrows(TransportSetUpCache.Unusable.class,
                () -> TransportSetUpCache.read(cacheOf(coarseRun), expected(context(run, "declines", new Messages()))));
        assertFalse(e.corrupt);
        assertTrue(e.getMessage().contains("block factor 2") && e.getMessage().contains("block factor 1")
                && e.getMessage().contains(TransportSetUpCache.FILE), e.getMessage());
        e = assertThrows(TransportSetUpCache.Unusable.class,
                () -> TransportSetUpCache.read(cacheOf(run), expected(context(coarseRun, "declines", new Messages()))));
        assertFalse(e.corrupt);
    }

    /** {@link TransportSetUpCache#reusable} as the plan calls it, or null. */
    private static TransportSetUpCache.Loaded loaded(StageContext ctx) throws IOException {
        TransportParams p = ScienceMapping.transport(ctx.run().config(), 2);
        return TransportSetUpCache.reusable(ctx, ModelLayers.aggregator(ctx), p).orElse(null);
    }

    @Test
    void aDamagedFileIsNeverUsedAndThePlanReadsTheStudyGridInstead() throws Exception {
        byte[] good = Files.readAllBytes(cacheOf(coarseRun));
        int layersAt = TransportSetUpCache.HEADER_BYTES + 5;
        record Damage(String name, byte[] bytes, String problem) { }
        List<Damage> damages = List.of(
                new Damage("truncated-by-one", java.util.Arrays.copyOf(good, good.length - 1), "truncated"),
                new Damage("truncated-header", java.util.Arrays.copyOf(good, 100), "truncated"),
                new Damage("empty", new byte[0], "truncated"),
                new Damage("header", flip(good, 20), "header checksum mismatch"),
                new Damage("magic", flip(good, 0), "magic"),
                new Damage("layers", flip(good, layersAt), "layer checksum mismatch"),
                new Damage("forcing", flip(good, good.length - 1), "forcing checksum mismatch"),
                new Damage("longer", java.util.Arrays.copyOf(good, good.length + 4), "too long"));
        // migrate's own no-action run (equal bit for bit to the plan's, MigrateNoActionTest)
        PlanTransport.Outcome reference = MigrateNoAction.reusable(context(coarseRun, "damaged", new Messages())).orElseThrow();
        for (Damage d : damages) {
            Path migrate = copyMigrate(coarseRun, "migrate-" + d.name);
            Path file = migrate.resolve(TransportSetUpCache.FILE);
            Files.write(file, d.bytes);
            Map<String, Path> up = new HashMap<>(upstream(coarseRun));
            up.put("migrate", migrate);
            Messages msg = new Messages();
            StageContext ctx = context(tmp.resolve("damaged-" + d.name), up, version(coarseRun), 2, msg, COARSE);
            TransportSetUpCache.Unusable e = assertThrows(TransportSetUpCache.Unusable.class,
                    () -> TransportSetUpCache.read(file, expected(ctx)), d.name);
            assertTrue(e.corrupt, d.name);
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(d.problem), d.name + ": " + e.getMessage());
            assertNull(loaded(ctx), d.name);
            assertEquals(1, msg.warn.size(), d.name + ": " + msg.warn);
            String w = msg.warn.get(0);
            assertTrue(w.contains(file.toString()) && w.contains(d.problem) && w.contains("re-run the migrate stage"), w);
            if (d.name.equals("forcing")) {
                try (PlanTransport t = PlanTransport.read(ctx)) { // falls back to the study-grid pass
                    assertEquals(reference, t.run(Interventions.NONE, ProgressListener.NONE), d.name);
                }
            }
        }
        assertTrue(reference.sandReachingAssetsM3() > 0);
    }

    private static byte[] flip(byte[] a, int at) {
        byte[] b = a.clone();
        b[at] ^= 0x10;
        return b;
    }

    private static Path copyMigrate(Path r, String name) throws IOException {
        Path to = tmp.resolve(name);
        copyFiles(SampleRuns.stage(r, "migrate"), to);
        return to;
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
