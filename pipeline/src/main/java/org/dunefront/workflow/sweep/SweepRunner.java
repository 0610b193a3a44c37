package org.dunefront.workflow.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunefront.config.ConfigYaml;
import org.dunefront.grid.CancelledException;
import org.dunefront.sweep.CellStability;
import org.dunefront.sweep.PatchOutcome;
import org.dunefront.sweep.PatchStability;
import org.dunefront.sweep.SelectionStatistics;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.RunRequest;
import org.dunefront.workflow.SharedStageCache;
import org.dunefront.workflow.StageResult;
import org.dunefront.workflow.Workflow;

/**
 * Runs a sweep: every run in {@code <sweep>/runs/<id>/}, several in parallel, sharing stage
 * outputs by content hash through {@code <sweep>/cache/} (so varying a downstream parameter only
 * recomputes downstream stages), skipping runs already finished with the same configuration
 * (resumable), then writes {@code runs.csv}, {@code patch_stability.csv} and the stability raster.
 *
 * <p>The first run is the baseline (the configuration without variations): Kendall's τ-b of each
 * run's patch ranking is computed against it; the statistics are over the other runs.
 */
public final class SweepRunner {
    public static final String RUNS_CSV = "runs.csv";
    public static final String PATCH_CSV = "patch_stability.csv";
    public static final String STABILITY_TIF = "stability.tif";
    public static final String BASELINE = "baseline";

    private final Workflow workflow;
    private final RunContext base;
    private final ActionMaps actionMaps;

    /** @param base context whose {@code runDir} is the sweep folder */
    public SweepRunner(Workflow workflow, RunContext base, ActionMaps actionMaps) {
        this.workflow = workflow;
        this.base = base.withSharedCache(new SharedStageCache(base.runDir().resolve("cache")));
        this.actionMaps = actionMaps;
    }

    /** What a sweep did. */
    public record Result(Path sweepDir, int runs, int ran, int resumed, List<String> files) { }

    public Path runDir(String id) {
        return base.runDir().resolve("runs").resolve(id);
    }

    /**
     * Runs (or resumes) every run, {@code parallel} at a time, then writes the tables.
     *
     * @param force rerun finished runs and every stage (no cache reuse)
     */
    public Result run(List<SweepRun> runs, int parallel, boolean force) throws IOException {
        RunListener log = base.listener();
        Files.createDirectories(base.runDir());
        AtomicInteger done = new AtomicInteger(), ran = new AtomicInteger(), resumed = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "dunefront-sweep");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        log.stageStarted("sweep");
        try {
            for (SweepRun run : runs) {
                futures.add(pool.submit(() -> {
                    if (failed.get() || base.cancellation().isCancelled()) return null;
                    try {
                        if (!force && finished(run)) {
                            resumed.incrementAndGet();
                            log.info("sweep: run " + run.id() + " already finished, skipped");
                        } else {
                            RunContext ctx = base.withRun(run.config(), runDir(run.id()), new RunPrefix(run.id(), log))
                                    .withThreads(1);
                            workflow.run(ctx, new RunRequest(null, force, null));
                            ran.incrementAndGet();
                        }
                    } catch (RuntimeException | IOException e) {
                        failed.set(true);
                        throw e;
                    }
                    int n = done.incrementAndGet();
                    log.progress("sweep", (double) n / runs.size(), "run " + run.id() + " finished");
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (first == null || (first instanceof CancelledException && !(c instanceof CancelledException))) {
                        first = c instanceof Exception ex ? ex : new IllegalStateException(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException("sweep interrupted");
                }
            }
            if (first instanceof IOException io) throw io;
            if (first instanceof RuntimeException re) throw re;
            base.cancellation().throwIfCancelled("sweep after " + done.get() + " of " + runs.size() + " runs");
        } finally {
            pool.shutdownNow();
        }
        List<String> files = writeTables(runs);
        return new Result(base.runDir(), runs.size(), ran.get(), resumed.get(), files);
    }

    /** A run is finished when its run manifest is complete and it was made with the same configuration. */
    boolean finished(SweepRun run) throws IOException {
        Path dir = runDir(run.id());
        if (Workflow.finishedRun(dir).isEmpty()) return false;
        Path cfg = dir.resolve(Workflow.RESOLVED_CONFIG);
        return Files.isRegularFile(cfg) && Files.readString(cfg).equals(ConfigYaml.write(run.config()));
    }

    private List<String> writeTables(List<SweepRun> runs) throws IOException {
        List<String> written = new ArrayList<>();
        List<Map<String, Double>> results = new ArrayList<>();
        List<Map<String, PatchOutcome>> patches = new ArrayList<>();
        for (SweepRun r : runs) {
            results.add(RunTables.results(runDir(r.id())));
            patches.add(RunTables.priorities(runDir(r.id())));
        }
        Map<String, PatchOutcome> baseline = patches.get(0);

        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (SweepRun r : runs) keys.addAll(r.settings().keySet());
        TreeSet<String> resultCols = new TreeSet<>();
        results.forEach(m -> resultCols.addAll(m.keySet()));
        StringBuilder csv = new StringBuilder("run_id");
        for (String k : keys) csv.append(',').append(k);
        for (String k : resultCols) csv.append(',').append(k);
        csv.append(",kendall_tau_b\n");
        for (int i = 0; i < runs.size(); i++) {
            csv.append(runs.get(i).id());
            for (String k : keys) csv.append(',').append(RunTables.csv(runs.get(i).settings().getOrDefault(k, "")));
            for (String k : resultCols) csv.append(',').append(RunTables.number(results.get(i).get(k)));
            csv.append(',').append(RunTables.number(SelectionStatistics.tauAgainst(baseline, patches.get(i)))).append('\n');
        }
        writeAtomically(base.runDir().resolve(RUNS_CSV), csv.toString());
        written.add(RUNS_CSV);

        List<Map<String, PatchOutcome>> ensemble = runs.size() > 1 ? patches.subList(1, patches.size()) : patches;
        StringBuilder ps = new StringBuilder("patch_id,runs,selection_frequency,rank_mean,rank_sd,modal_phase,phase_agreement\n");
        for (PatchStability p : SelectionStatistics.of(ensemble)) {
            ps.append(RunTables.csv(p.patchId())).append(',').append(p.runs()).append(',')
              .append(RunTables.number(p.selectionFrequency())).append(',').append(RunTables.number(p.rankMean())).append(',')
              .append(RunTables.number(p.rankSd())).append(',').append(p.modalPhase()).append(',')
              .append(RunTables.number(p.phaseAgreement())).append('\n');
        }
        writeAtomically(base.runDir().resolve(PATCH_CSV), ps.toString());
        written.add(PATCH_CSV);
        if (patches.stream().allMatch(Map::isEmpty)) {
            base.listener().warn("no run has a plan/" + RunTables.PRIORITIES + ": " + PATCH_CSV + " is empty");
        }

        if (writeStability(runs.size() > 1 ? runs.subList(1, runs.size()) : runs)) written.add(STABILITY_TIF);
        return written;
    }

    private boolean writeStability(List<SweepRun> ensemble) throws IOException {
        if (actionMaps.maxAction() == 0) {
            base.listener().warn("stability raster skipped: no raster reader/writer for action maps in this build");
            return false;
        }
        CellStability acc = null;
        Path reference = null;
        for (SweepRun r : ensemble) {
            Path planDir = runDir(r.id()).resolve("plan");
            int[] actions = actionMaps.read(planDir);
            if (actions == null) continue;
            if (acc == null) {
                acc = new CellStability(actions.length, actionMaps.maxAction());
                reference = planDir;
            }
            acc.add(actions);
        }
        if (acc == null) {
            base.listener().warn("stability raster skipped: no run has an action map");
            return false;
        }
        List<String> names = new ArrayList<>(List.of("any action"));
        List<float[]> bands = new ArrayList<>(List.of(acc.anyAction()));
        for (int a = 1; a <= actionMaps.maxAction(); a++) {
            names.add(actionMaps.actionName(a));
            bands.add(acc.fraction(a));
        }
        actionMaps.writeStability(base.runDir().resolve(STABILITY_TIF), reference, names, bands);
        return true;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Prefixes stage names with the run id so parallel runs' progress stays readable. */
    private record RunPrefix(String id, RunListener to) implements RunListener {
        @Override public void stageStarted(String s) { to.stageStarted(id + "/" + s); }
        @Override public void progress(String s, double f, String m) { to.progress(id + "/" + s, f, m); }
        @Override public void stageSkipped(String s, String why, StageResult r) { to.stageSkipped(id + "/" + s, why, r); }
        @Override public void stageFinished(String s, StageResult r, Duration d) { to.stageFinished(id + "/" + s, r, d); }
        @Override public void info(String m) { to.info(id + ": " + m); }
        @Override public void debug(String m) { to.debug(id + ": " + m); }
        @Override public void warn(String m) { to.warn(id + ": " + m); }
    }
}
