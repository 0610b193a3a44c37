package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dunefront.testkit.FakeStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dunefront sweep} over fake stages whose plan ranks 6 patches in id order when
 * drift.thresholdWindKn ≤ 12 and in reverse order above, selecting the first
 * floor(phase-1 budget / 1e7) ranks.
 */
class SweepCommandTest {
    @TempDir Path tmp;
    final FakeStages fakes = new FakeStages();

    String[] args(String... more) throws IOException {
        Path cfg = FakeStages.writeConfig(tmp.resolve("cfg"), "");
        List<String> a = new ArrayList<>(List.of("sweep", "--config", cfg.toString(), "--out", tmp.resolve("out").toString()));
        a.addAll(Arrays.asList(more));
        return a.toArray(String[]::new);
    }

    int exec(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine(fakes::workflow);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    static final String[] GRID = {"--vary", "drift.thresholdWindKn=10..14:2", "--vary", "plan.budgetPerPhase=2e7,4e7"};

    @Test
    void gridSweepWritesRunsTableStabilityAndTauReusingUpstreamStages() throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> a = new ArrayList<>(List.of(args(GRID)));
        a.addAll(List.of("-j", "2"));
        int code = exec(out, err, a.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        Path sweep = tmp.resolve("out/sweep");
        List<String> runs = Files.readAllLines(sweep.resolve("runs.csv"));
        assertEquals(8, runs.size(), "header + baseline + 3 x 2 runs");
        assertEquals("run_id,drift.thresholdWindKn,plan.budgetPerPhase,migrate.medianFrontAdvanceM,migrate.sandReachingAssetsM3,"
                + "plan.hectaresPhase1,plan.hectaresPhase2,kendall_tau_b", runs.get(0));
        assertTrue(runs.get(1).startsWith("baseline,,,105,"), runs.get(1));
        assertTrue(runs.get(1).endsWith(",4,0,1"), "baseline: 2 patches x 2 ha, tau 1: " + runs.get(1));
        assertTrue(runs.get(2).startsWith("r001,10,2e7,105,") && runs.get(2).endsWith(",4,0,1"), runs.get(2));
        assertTrue(runs.get(6).startsWith("r005,14,2e7,") && runs.get(6).endsWith(",4,0,-1"), "reversed ranking: " + runs.get(6));
        assertTrue(runs.get(7).startsWith("r006,14,4e7,") && runs.get(7).endsWith(",8,0,-1"), runs.get(7));

        // upstream stages shared by content hash: one ingest, one drift per threshold, one plan per run
        assertEquals(1, fakes.runs("ingest"));
        assertEquals(3, fakes.runs("drift"));
        assertEquals(3, fakes.runs("rank"));
        assertEquals(7, fakes.runs("plan"));

        // patch 1: rank 1 in the 4 runs at 10 and 12 kn (selected), rank 6 in the 2 runs at 14 kn (not):
        // frequency 4/6, mean 16/6, population sd sqrt((4 (5/3)^2 + 2 (10/3)^2) / 6) = sqrt(50/9)
        List<String> ps = Files.readAllLines(sweep.resolve("patch_stability.csv"));
        assertEquals("patch_id,runs,selection_frequency,rank_mean,rank_sd,modal_phase,phase_agreement", ps.get(0));
        assertEquals(7, ps.size());
        String[] p1 = ps.get(1).split(",");
        assertEquals("1", p1[0]);
        assertEquals(4.0 / 6, Double.parseDouble(p1[2]), 1e-12);
        assertEquals(16.0 / 6, Double.parseDouble(p1[3]), 1e-12);
        assertEquals(Math.sqrt(50.0 / 9), Double.parseDouble(p1[4]), 1e-12);
        assertEquals("1", p1[5]);
        assertTrue(out.toString().contains("runs: 7 (7 ran, 0 already finished)"), out.toString());
    }

    @Test
    void killedSweepResumesOnlyTheMissingRuns() throws IOException {
        // the third executed render cancels its run (as Ctrl-C would): 2 runs are complete
        fakes.on("render", c -> {
            if (fakes.runs("render") == 3) c.run().cancellation().cancel("test");
        });
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> a = new ArrayList<>(List.of(args(GRID)));
        a.addAll(List.of("-j", "1"));
        assertEquals(4, exec(out, err, a.toArray(String[]::new)), err.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("out/sweep/runs/r001/run-manifest.json")));
        assertTrue(Files.notExists(tmp.resolve("out/sweep/runs/r002/run-manifest.json")));

        fakes.on("render", c -> { });
        fakes.resetCounts();
        StringWriter out2 = new StringWriter(), err2 = new StringWriter();
        assertEquals(0, exec(out2, err2, a.toArray(String[]::new)), err2.toString());
        assertTrue(out2.toString().contains("runs: 7 (5 ran, 2 already finished)"), out2.toString());
        assertEquals(5, fakes.runs("render"), "only the 5 missing runs render");
        assertEquals(8, Files.readAllLines(tmp.resolve("out/sweep/runs.csv")).size());

        fakes.resetCounts();
        StringWriter out3 = new StringWriter();
        assertEquals(0, exec(out3, new StringWriter(), a.toArray(String[]::new)));
        assertTrue(out3.toString().contains("runs: 7 (0 ran, 7 already finished)"), out3.toString());
        assertEquals(0, fakes.runs("plan"));

        List<String> forced = new ArrayList<>(a);
        forced.add("--force");
        StringWriter out4 = new StringWriter();
        assertEquals(0, exec(out4, new StringWriter(), forced.toArray(String[]::new)));
        assertTrue(out4.toString().contains("runs: 7 (7 ran, 0 already finished)"), out4.toString());
        assertEquals(7, fakes.runs("ingest"), "--force recomputes every stage of every run");
    }

    @Test
    void latinHypercubeSweep() throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, exec(out, err, args("--samples", "4", "--seed", "3", "--range", "drift.thresholdWindKn=10..14")), err.toString());
        List<String> runs = Files.readAllLines(tmp.resolve("out/sweep/runs.csv"));
        assertEquals(6, runs.size());
        int[] strata = new int[4];
        for (String row : runs.subList(2, 6)) strata[(int) (Double.parseDouble(row.split(",")[1]) - 10)]++;
        assertEquals("[1, 1, 1, 1]", Arrays.toString(strata));
    }

    @Test
    void badSweepSpecificationsAreUsageErrors() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(2, exec(new StringWriter(), err, args("--vary", "drift.thresholdWnd=1,2")));
        assertTrue(err.toString().contains("Did you mean 'drift.thresholdWindKn'"), err.toString());
        assertEquals(2, exec(new StringWriter(), new StringWriter(), args()));
        assertEquals(2, exec(new StringWriter(), new StringWriter(), args("--vary", "a=1,2", "--samples", "3")));
        StringWriter err2 = new StringWriter();
        assertEquals(2, exec(new StringWriter(), err2, args("--vary", "drift.thresholdWindKn=10..90:40")));
        assertTrue(err2.toString().contains("outside the allowed range"), err2.toString());
    }
}
