package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.ProgressListener;
import org.dunefront.transport.Interventions;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.Manifest;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan takes the no-action outcome from the migrate stage only when the migrate run had the plan's transport
 * set-up, and its outputs are then byte-identical to running that transport itself: on the 96 × 80 sample basin,
 * on the study grid and on a model grid of 2 × 2 study cells (block means, where the plan's no-action
 * interventions become all-null arrays).
 */
class MigrateNoActionTest {
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

    private static Map<String, Path> upstream(Path runDir) throws IOException {
        return Map.of("ingest", SampleRuns.stage(runDir, "ingest"), "drift", SampleRuns.stage(runDir, "drift"),
                "migrate", SampleRuns.stage(runDir, "migrate"), "rank", SampleRuns.stage(runDir, "rank"));
    }

    private static String migrateVersion(Path runDir) throws IOException {
        return Manifest.read(SampleRuns.stage(runDir, "migrate")).orElseThrow().softwareVersion();
    }

    private static StageContext context(Path work, Map<String, Path> upstream, String version, int threads, String... sets)
            throws IOException {
        RasterFiles files = GeoTiffTestFiles.INSTANCE;
        RunContext rc = new RunContext(ConfigLoader.load(cfgFile, List.of(sets)), cfgFile.getParent(), tmp.resolve("ctx"),
                threads, IoChoice.JAVA, files, new RunListener() { }, new Cancellation(), version, null);
        return new StageContext(rc, "plan", Files.createDirectories(work), upstream, ProgressListener.NONE);
    }

    private static PlanTransport.Outcome runNoAction(StageContext ctx) throws IOException {
        try (PlanTransport t = PlanTransport.read(ctx)) {
            return t.run(Interventions.NONE, ProgressListener.NONE);
        }
    }

    @Test
    void reusedOutcomeIsExactlyThePlansOwnNoActionRunOnTheStudyAndACoarserModelGrid() throws IOException {
        for (Path r : List.of(run, coarseRun)) {
            String[] sets = r == run ? new String[0] : new String[] {COARSE};
            StageContext ctx = context(tmp.resolve("exact-" + r.getFileName()), upstream(r), migrateVersion(r), 1, sets);
            Optional<PlanTransport.Outcome> reused = MigrateNoAction.reusable(ctx);
            assertTrue(reused.isPresent(), "the workflow's migrate run has the plan's set-up: " + r);
            PlanTransport.Outcome ran = runNoAction(ctx);
            assertTrue(ran.sandReachingAssetsM3() > 0, "sand reaches assets without action on the sample basin");
            // record equality compares the doubles bit for bit (Double.compare)
            assertEquals(ran, reused.get());
        }
    }

    @Test
    void planOutputsAreByteIdenticalWithAndWithoutReuse() throws IOException {
        for (Path r : List.of(run, coarseRun)) {
            String[] sets = r == run ? new String[0] : new String[] {COARSE};
            StageContext reusing = context(tmp.resolve("reuse-" + r.getFileName()), upstream(r), migrateVersion(r), 2, sets);
            StageContext running = context(tmp.resolve("rerun-" + r.getFileName()), upstream(r), "another version", 2, sets);
            assertTrue(MigrateNoAction.reusable(reusing).isPresent());
            assertFalse(MigrateNoAction.reusable(running).isPresent(), "another software version runs the transport");
            StageResult a = new PlanStage().run(reusing), b = new PlanStage().run(running);
            assertEquals(b.numbers(), a.numbers());
            List<String> names = new ArrayList<>();
            try (var s = Files.list(running.workDir())) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            }
            assertTrue(names.containsAll(List.of("plan.json", "patches.gpkg", PlanOutputs.ACTION_MAP, "summary.csv")), names.toString());
            try (var s = Files.list(reusing.workDir())) {
                assertEquals(names.size(), s.count());
            }
            for (String f : names) {
                assertArrayEquals(Files.readAllBytes(running.workDir().resolve(f)), Files.readAllBytes(reusing.workDir().resolve(f)), f);
            }
            // and the workflow's own plan (which reused it) wrote the same plan.json
            assertArrayEquals(Files.readAllBytes(SampleRuns.stage(r, "plan").resolve(PlanJson.FILE)),
                    Files.readAllBytes(reusing.workDir().resolve(PlanJson.FILE)));
        }
    }

    @Test
    void runsTheTransportWhenParametersInputsOrVersionDiffer() throws IOException {
        String v = migrateVersion(run);
        Map<String, Path> up = upstream(run);
        Path w = tmp.resolve("declines");
        assertTrue(MigrateNoAction.reusable(context(w, up, v, 2)).isPresent(), "thread count does not matter");
        assertFalse(MigrateNoAction.reusable(context(w, up, v + "-other", 1)).isPresent(), "software version");
        assertFalse(MigrateNoAction.reusable(context(w, up, v, 1, "migrate.horizonYears=20")).isPresent(), "migrate parameter");
        assertFalse(MigrateNoAction.reusable(context(w, up, v, 1, "drift.thresholdWindKn=10")).isPresent(), "drift parameter");
        assertFalse(MigrateNoAction.reusable(context(w, upstream(coarseRun), v, 1)).isPresent(), "migrate ran on another model grid");
        assertTrue(MigrateNoAction.reusable(context(w, up, v, 1, "plan.urbanPeripheryM=100")).isPresent(),
                "plan parameters are not the transport's");

        // a drift output that is not the one migrate read (its manifest lists another SHA-256)
        Path drift = tmp.resolve("drift-other");
        copyTree(up.get("drift"), drift);
        Manifest m = Manifest.read(drift).orElseThrow();
        List<Manifest.FileEntry> outs = new ArrayList<>(m.outputs());
        Manifest.FileEntry f0 = outs.get(0);
        outs.set(0, new Manifest.FileEntry(f0.name(), f0.path(), "0".repeat(64)));
        new Manifest(m.stage(), m.softwareVersion(), m.cacheKey(), m.parameters(), m.inputs(), m.upstream(), outs, m.results())
                .write(drift);
        Map<String, Path> otherDrift = new java.util.HashMap<>(up);
        otherDrift.put("drift", drift);
        assertFalse(MigrateNoAction.reusable(context(w, otherDrift, v, 1)).isPresent(), "another drift output");

        // a migrate folder without its manifest (hand-made outputs)
        Path migrate = tmp.resolve("migrate-bare");
        copyTree(up.get("migrate"), migrate);
        Files.delete(migrate.resolve(Manifest.FILE_NAME));
        Map<String, Path> bare = new java.util.HashMap<>(up);
        bare.put("migrate", migrate);
        assertFalse(MigrateNoAction.reusable(context(w, bare, v, 1)).isPresent(), "no migrate manifest");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
    }
}
