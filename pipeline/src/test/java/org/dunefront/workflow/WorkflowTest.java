package org.dunefront.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.IoChoice;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CancelledException;
import org.dunefront.testkit.FakeStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow engine on small fake stages: caching, reruns, atomicity, determinism, cancellation. */
class WorkflowTest {
    @TempDir Path tmp;
    final FakeStages fakes = new FakeStages();

    private RunContext ctx(Path runDir, int threads, String... overrides) throws IOException {
        Path cfg = FakeStages.writeConfig(tmp.resolve("cfg"), "");
        DunefrontConfig c = ConfigLoader.load(cfg, List.of(overrides));
        return new RunContext(c, cfg.getParent(), runDir, threads, IoChoice.AUTO, RunListener.NONE, new Cancellation(), "test", null);
    }

    private static List<RunReport.Status> statuses(RunReport r) {
        return r.stages().stream().map(RunReport.StageOutcome::status).toList();
    }

    @Test
    void rerunSkipsUpToDateStagesAndParameterChangeRerunsOnlyDownstream() throws IOException {
        Workflow wf = fakes.workflow();
        Path run = tmp.resolve("out/run");
        RunReport first = wf.run(ctx(run, 1), RunRequest.all());
        assertEquals(List.of(RunReport.Status.RAN), statuses(first).stream().distinct().toList());
        assertEquals(1, fakes.runs("render"));

        RunReport second = wf.run(ctx(run, 1), RunRequest.all());
        assertEquals(List.of(RunReport.Status.UP_TO_DATE), statuses(second).stream().distinct().toList());
        assertEquals(1, fakes.runs("ingest"));

        // a rank parameter changes: ingest..migrate stay cached, rank..render rerun
        RunReport third = wf.run(ctx(run, 1, "rank.minPatchHa=9"), RunRequest.all());
        assertEquals(List.of(RunReport.Status.UP_TO_DATE, RunReport.Status.UP_TO_DATE, RunReport.Status.UP_TO_DATE,
                RunReport.Status.RAN, RunReport.Status.RAN, RunReport.Status.RAN), statuses(third));
        assertEquals(1, fakes.runs("migrate"));
        assertEquals(2, fakes.runs("rank"));
    }

    @Test
    void changedInputFileRerunsEverything() throws IOException {
        Workflow wf = fakes.workflow();
        Path run = tmp.resolve("run");
        wf.run(ctx(run, 1), RunRequest.all());
        Files.writeString(tmp.resolve("cfg/landcover.bin"), "landcover v2");
        RunContext c = new RunContext(ConfigLoader.load(tmp.resolve("cfg/plan.yaml"), List.of()), tmp.resolve("cfg"), run, 1,
                IoChoice.AUTO, RunListener.NONE, new Cancellation(), "test", null);
        RunReport r = wf.run(c, RunRequest.all());
        assertEquals(RunReport.Status.RAN, r.status("ingest"));
        assertEquals(2, fakes.runs("ingest"));
    }

    @Test
    void forceAndFromRerunSelectedStages() throws IOException {
        Workflow wf = fakes.workflow();
        Path run = tmp.resolve("run");
        wf.run(ctx(run, 1), RunRequest.all());
        RunReport from = wf.run(ctx(run, 1), new RunRequest(null, false, "plan"));
        assertEquals(RunReport.Status.UP_TO_DATE, from.status("rank"));
        assertEquals(RunReport.Status.RAN, from.status("plan"));
        assertEquals(RunReport.Status.RAN, from.status("render"));
        RunReport forced = wf.run(ctx(run, 1), new RunRequest("drift", true, null));
        assertEquals(List.of(RunReport.Status.RAN, RunReport.Status.RAN), statuses(forced));
        assertEquals(2, fakes.runs("ingest"));
        assertThrows(ConfigurationException.class, () -> wf.run(ctx(run, 1), new RunRequest("drift", false, "plan")));
        assertThrows(ConfigurationException.class, () -> wf.run(ctx(run, 1), new RunRequest(null, false, "drfit")));
    }

    @Test
    void tamperedOutputIsRecomputed() throws IOException {
        Workflow wf = fakes.workflow();
        Path run = tmp.resolve("run");
        wf.run(ctx(run, 1), RunRequest.all());
        Files.writeString(run.resolve("drift/drift.txt"), "edited by hand");
        RunReport r = wf.run(ctx(run, 1), RunRequest.all());
        assertEquals(RunReport.Status.RAN, r.status("drift"));
        assertEquals(RunReport.Status.UP_TO_DATE, r.status("migrate"), "same drift output again, so migrate stays cached");
    }

    @Test
    void manifestsAndChecksumsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Workflow wf = fakes.workflow();
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        wf.run(ctx(a, 1), RunRequest.all());
        wf.run(ctx(b, 3), RunRequest.all());
        assertArrayEquals(Files.readAllBytes(a.resolve(Workflow.CHECKSUMS)), Files.readAllBytes(b.resolve(Workflow.CHECKSUMS)));
        for (String s : List.of("ingest", "drift", "plan", "render")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(s).resolve(Manifest.FILE_NAME)),
                    Files.readAllBytes(b.resolve(s).resolve(Manifest.FILE_NAME)), s);
        }
        String manifest = Files.readString(a.resolve("plan/manifest.json"));
        assertFalse(manifest.matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no timestamps in manifests");
        assertTrue(manifest.contains("\"hectaresPhase1\""));
        assertTrue(manifest.contains("\"budgetPerPhase\""));
        // checksums.sha256 lists every output, sorted by path, in sha256sum format
        List<String> lines = Files.readAllLines(a.resolve(Workflow.CHECKSUMS));
        List<String> paths = lines.stream().map(l -> l.substring(66)).toList();
        assertEquals(paths.stream().sorted().toList(), paths);
        assertTrue(paths.contains("plan/priorities.csv"));
        assertEquals(Sha256.file(a.resolve("plan/priorities.csv")),
                lines.stream().filter(l -> l.endsWith("plan/priorities.csv")).findFirst().orElseThrow().substring(0, 64));
        assertTrue(Files.readString(a.resolve(Workflow.RESOLVED_CONFIG)).contains("thresholdWindKn: 12"));
    }

    @Test
    void failingStageLeavesNoHalfWrittenOutputs() throws IOException {
        Workflow wf = fakes.on("migrate", c -> {
            Files.writeString(c.output("migrate.txt"), "half");
            throw new IllegalStateException("boom");
        }).workflow();
        Path run = tmp.resolve("run");
        assertThrows(IllegalStateException.class, () -> wf.run(ctx(run, 1), RunRequest.all()));
        assertTrue(Files.isDirectory(run.resolve("drift")));
        assertFalse(Files.exists(run.resolve("migrate")));
        assertEquals(List.of(), hidden(run));
    }

    @Test
    void cancellationStopsTheStageAndCleansUp() throws IOException {
        Workflow wf = fakes.on("drift", c -> c.run().cancellation().cancel("test")).workflow();
        Path run = tmp.resolve("run");
        assertThrows(CancelledException.class, () -> wf.run(ctx(run, 2), RunRequest.all()));
        assertFalse(Files.exists(run.resolve("drift")));
        assertEquals(List.of(), hidden(run));
        assertTrue(Workflow.finishedRun(run).isEmpty());
    }

    @Test
    void staleTemporaryFoldersOfAKilledRunAreRemoved() throws IOException {
        Path run = tmp.resolve("run");
        Files.createDirectories(run.resolve(".drift.tmp-999-1"));
        Files.writeString(run.resolve(".drift.tmp-999-1/drift.txt"), "partial");
        fakes.workflow().run(ctx(run, 1), RunRequest.all());
        assertEquals(List.of(), hidden(run));
    }

    @Test
    void missingInputIsAnInputDataError() throws IOException {
        RunContext c = ctx(tmp.resolve("run"), 1, "study.landcover=nowhere.tif");
        InputDataException e = assertThrows(InputDataException.class, () -> fakes.workflow().run(c, RunRequest.all()));
        assertTrue(e.getMessage().contains("nowhere.tif"), e.getMessage());
        assertTrue(e.getMessage().contains("study.landcover"), e.getMessage());
    }

    @Test
    void sharedCacheReusesUpstreamStagesAcrossRunFolders() throws IOException {
        Workflow wf = fakes.workflow();
        SharedStageCache cache = new SharedStageCache(tmp.resolve("cache"));
        wf.run(ctx(tmp.resolve("r1"), 1).withSharedCache(cache), RunRequest.all());
        RunReport r2 = wf.run(ctx(tmp.resolve("r2"), 1, "plan.budgetPerPhase=4e7,1e7").withSharedCache(cache), RunRequest.all());
        assertEquals(RunReport.Status.REUSED, r2.status("rank"));
        assertEquals(RunReport.Status.RAN, r2.status("plan"));
        assertEquals(1, fakes.runs("rank"));
        assertEquals(Files.readString(tmp.resolve("r1/rank/rank.txt")), Files.readString(tmp.resolve("r2/rank/rank.txt")));
        assertNotEquals(Files.readString(tmp.resolve("r1/plan/plan.txt")), Files.readString(tmp.resolve("r2/plan/plan.txt")));
    }

    private static List<Path> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
