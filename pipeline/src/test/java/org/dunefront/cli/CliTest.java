package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.testkit.FakeStages;
import org.dunefront.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line through picocli's execute() with captured output, over small fake stages. */
class CliTest {
    @TempDir Path tmp;
    final FakeStages fakes = new FakeStages();

    record Result(int code, String out, String err) { }

    Result exec(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result fake(String... args) {
        return exec(Main.commandLine(fakes::workflow, fakes.actionMaps()), args);
    }

    Path config() throws IOException {
        return FakeStages.writeConfig(tmp.resolve("cfg"), "drift:\n  thresholdWindKn: 12\n");
    }

    List<String> args(String command, String... more) throws IOException {
        List<String> a = new ArrayList<>(List.of(command, "--config", config().toString(), "--out", tmp.resolve("out").toString()));
        a.addAll(List.of(more));
        return a;
    }

    Result fake(List<String> args) {
        return fake(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "ingest", "drift", "migrate", "rank", "plan", "render", "sweep", "config"})
    void everyCommandsHelpShowsAWorkedExample(String command) {
        Result r = exec(Main.commandLine(), command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example"), r.out());
        assertTrue(r.out().contains("dunefront " + command + " "), "the example uses the command itself:\n" + r.out());
        assertTrue(r.out().contains("Exit codes: 0 success"), r.out());
    }

    @Test
    void rootHelpListsTheCommands() {
        Result r = exec(Main.commandLine(), "--help");
        for (String c : List.of("run", "ingest", "drift", "migrate", "rank", "plan", "render", "sweep", "config")) {
            assertTrue(r.out().contains("  " + c + " ") || r.out().contains("  " + c + "\n"), c + " in\n" + r.out());
        }
    }

    @Test
    void runWritesOutputsThenSkipsUpToDateStagesAndRerunsAfterAParameterChange() throws IOException {
        Result first = fake(args("run"));
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("ingest ran, drift ran"), first.out());
        assertTrue(first.out().contains("plan/priorities.csv"), first.out());
        assertTrue(first.out().contains("plan.hectaresPhase1"), first.out());
        assertTrue(first.out().contains("peak heap"), first.out());
        Path run = tmp.resolve("out/plan");
        assertTrue(Files.isRegularFile(run.resolve("checksums.sha256")));

        Result again = fake(args("run"));
        assertEquals(0, again.code());
        assertTrue(again.err().contains("stage drift: skipped, up to date"), again.err());
        assertTrue(again.out().contains("render up to date (skipped)"), again.out());
        assertEquals(1, fakes.runs("drift"));

        Result changed = fake(args("run", "--set", "plan.budgetPerPhase=3000,1000,1000"));
        assertEquals(0, changed.code());
        assertTrue(changed.out().contains("rank up to date (skipped), plan ran, render ran"), changed.out());
        assertTrue(Files.readString(run.resolve("resolved-config.yaml")).contains("budgetPerPhase: [3000, 1000, 1000]"));
        assertTrue(Files.readString(run.resolve("plan/priorities.csv")).contains("3,3,1,"), "3 patches selected");
    }

    @Test
    void stageCommandsRunTheirUpstreamAndForceAndFromRerun() throws IOException {
        Result drift = fake(args("drift"));
        assertEquals(0, drift.code(), drift.err());
        assertTrue(drift.out().contains("stages:  ingest ran, drift ran\n"), drift.out());
        assertFalse(Files.exists(tmp.resolve("out/plan/migrate")));
        Result forced = fake(args("migrate", "--force", "-j", "2"));
        assertTrue(forced.out().contains("ingest ran, drift ran, migrate ran"), forced.out());
        Result from = fake(args("migrate", "--from", "drift"));
        assertTrue(from.out().contains("ingest up to date (skipped), drift ran, migrate ran"), from.out());
    }

    @Test
    void quietPrintsNothingAndLogFileGetsTimestampedLines() throws IOException {
        Path log = tmp.resolve("logs/run.log");
        Result r = fake(args("drift", "--quiet", "--log-file", log.toString(), "--verbose"));
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("", r.err());
        String text = Files.readString(log);
        assertTrue(text.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ stage ingest: started\n.*"), text);
        assertTrue(text.contains("debug: configuration resolved"), "--verbose debug lines reach the log: " + text);
        assertTrue(text.contains("stage drift: done in"), text);
    }

    @Test
    void exitCode2ForABadOption() {
        Result r = fake("run", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertEquals(2, fake("run", "-j", "many").code());
        assertEquals(2, fake("config").code(), "config needs --template or --show");
    }

    @Test
    void exitCode2ForAnUnknownKeyNamingTheKeyAndTheSuggestion() throws IOException {
        Result r = fake(args("run", "--set", "drift.thresholdWind=12"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("drift.thresholdWind: unknown configuration key"), r.err());
        assertTrue(r.err().contains("Did you mean 'drift.thresholdWindKn'?"), r.err());
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "migrate:\n  horizonYear: 10\n");
        Result f = fake("run", "--config", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, f.code());
        assertTrue(f.err().contains("migrate.horizonYear: unknown configuration key (in bad.yaml)"), f.err());
    }

    @Test
    void exitCode2ForAnOutOfRangeValueNamingTheKeyAndRange() throws IOException {
        Result r = fake(args("drift", "--set", "drift.thresholdWindKn=99"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("drift.thresholdWindKn: 99 kn is outside the allowed range [1, 60] kn"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/plan/ingest")), "nothing runs on a bad configuration");
        assertEquals(2, fake(args("run", "--from", "nowhere")).code());
        assertEquals(2, fake("run", "--config", tmp.resolve("missing.yaml").toString()).code());
    }

    @Test
    void exitCode3ForMissingInputData() throws IOException {
        Result r = fake(args("run", "--set", "study.landcover=absent.tif"));
        assertEquals(3, r.code());
        assertTrue(r.err().contains("absent.tif"), r.err());
        assertTrue(r.err().contains("input file 'study.landcover' not found"), r.err());
    }

    @Test
    void exitCode4WhenCancelledAndNoPartialOutput() throws IOException {
        fakes.on("migrate", c -> c.run().cancellation().cancel("test"));
        Result r = fake(args("run"));
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().contains("cancelled"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/plan/migrate")));
        assertTrue(Files.isDirectory(tmp.resolve("out/plan/drift")));
        fakes.on("migrate", c -> { });
        Result resumed = fake(args("run"));
        assertEquals(0, resumed.code());
        assertTrue(resumed.out().contains("drift up to date (skipped), migrate ran"), resumed.out());
    }

    @Test
    void exitCode5WhenAStageRunsOutOfMemoryAndNoPartialOutput() throws IOException {
        fakes.on("migrate", c -> {
            java.nio.file.Files.writeString(c.output("half.txt"), "partial");
            throw new OutOfMemoryError("Java heap space");
        });
        Result r = fake(args("run"));
        assertEquals(5, r.code(), r.err());
        assertTrue(r.err().contains("error: stage migrate: ran out of memory (Java heap limit "), r.err());
        assertTrue(r.err().contains("JAVA_OPTS=-Xmx"), r.err());
        assertTrue(r.err().contains("migrate.modelCellSizeM"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/plan/migrate")));
        try (var files = Files.list(tmp.resolve("out/plan"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "temporary stage folder left behind");
        }
        assertTrue(Files.isDirectory(tmp.resolve("out/plan/drift")));
    }

    @Test
    void exitCode1ForAnInternalFailure() throws IOException {
        fakes.on("rank", c -> { throw new IllegalStateException("bug in rank"); });
        Result r = fake(args("run"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("internal error: java.lang.IllegalStateException: bug in rank"), r.err());
    }

    @Test
    void stagesNotInThisBuildSaySoClearly() throws IOException {
        Result r = exec(Main.commandLine(), "render", "--out", tmp.resolve("o").toString());
        if (r.code() != 0) {
            assertTrue(r.err().contains("is not available yet in this build"), r.err());
            assertEquals(1, r.code());
        }
    }

    @Test
    void configTemplateAndShow() throws IOException {
        Result t = exec(Main.commandLine(), "config", "--template");
        assertEquals(0, t.code());
        assertTrue(t.out().contains("thresholdWindKn: 12"));
        assertTrue(t.out().contains("# unit: kn | default: 12 | range: [1, 60] kn"));
        Result s = exec(Main.commandLine(), "config", "--show", "--config", config().toString(), "--set", "migrate.timeStep=seasonal");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("timeStep: SEASONAL"), s.out());
        assertTrue(s.out().contains("landcover: \"landcover.bin\""), s.out());
    }
}
