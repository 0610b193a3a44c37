package org.dunefront.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntToDoubleFunction;
import org.dunefront.grid.ProgressListener;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.MinimumMappingUnit;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.CriterionScores;
import org.dunefront.ranking.DownwindRouting;
import org.dunefront.ranking.FluxField;
import org.dunefront.ranking.PatchInterception;
import org.dunefront.ranking.PatchProtection;
import org.dunefront.ranking.PatchRanker;
import org.dunefront.ranking.RankedPatch;
import org.dunefront.ranking.ReachStore;
import org.dunefront.ranking.RoutingResult;

/**
 * The two stages of issue 6 as pure operations:
 * {@link #rank} (route sand → candidates → patches → criteria → ranking) and
 * {@link #plan} (phases under budgets → schedule and summary). Files are written by the workflow.
 */
public final class RestorationPlanner {
    private RestorationPlanner() {}

    /** The {@code rank} stage. */
    public static RankingOutcome rank(PlanInputs in, PlanParameters p, ProgressListener progress) {
        progress.reportOrCancel(0.0, "routing sand flux downwind to assets");
        RoutingResult routing = routeSandToAssets(in, p);
        progress.reportOrCancel(0.3, "evaluating candidate rules");
        CandidateResult candidates = CandidateRules.evaluateWithReach(in, p.candidates(), routing::reachFraction);
        progress.reportOrCancel(0.5, "labelling patches");
        PatchLabels labels = delineatePatches(in, candidates, p);
        progress.reportOrCancel(0.7, "scoring patches");
        List<PatchProtection> protection = PatchInterception.compute(labels, routing);
        List<PatchCriteria.Measured> measured = PatchCriteria.compute(labels, in, candidates, protection, p);
        List<PlanPatch> ranked = rankPatches(measured, p);
        progress.reportOrCancel(1.0, "ranked " + ranked.size() + " patches");
        return new RankingOutcome(labels, candidates, routing, ranked, p.weights());
    }

    /**
     * {@link #rankInStrips(PlanInputs, PlanParameters, int, FluxField, ReachStore, ProgressListener)} with the
     * routing's flux read whole into memory and the reach in memory (8 + 16 bytes per cell more).
     */
    public static RankedPatches rankInStrips(PlanInputs in, PlanParameters p, int stripRows, ProgressListener progress) {
        return rankInStrips(in, p, stripRows, null, ReachStore.inMemory(in.cellCount()), progress);
    }

    /**
     * The {@code rank} stage with the smallest heap: the same labels and patches as {@link #rank}
     * (bit-for-bit, for any strip height). Steps: the routing reads the flux through {@code routingFlux}
     * (its DFS needs random access; null = the flux layers of {@code in} read whole into memory) and puts
     * the reach into {@code reach}, on a thread of its own; meanwhile the candidate rules run over streamed
     * distance layers ({@code ranking.DistanceStrips}) and the strip-loaded flux, slope and aspect of
     * {@code in}, with the sand-fixation reach test left pending ({@link CandidateRules#pendingBitsInStrips}:
     * the routing's depth-first search is sequential, the rules use the other cores); once both are done the
     * pending tests read the reach and the bits become action codes in place. Then the flux is read strip by
     * strip ({@code RoutingResult.withFluxInStrips}); patches are labelled, small ones dropped in place; the
     * interception and the criteria stream the flux and slope again.
     *
     * <p>Whole-grid heap next to the caller's land cover and rivers (2 bytes per cell): the routing's flag
     * byte (1, plus a D8 direction byte) from the routing on; candidate bits → action codes (1) and the
     * union-find labels (4) while labelling: {@link #RANK_BYTES_PER_CELL} at the peak. With {@code routingFlux}
     * null the routing also holds the whole float32 flux (8 bytes per cell).
     *
     * <p>Thread-safety: {@code routingFlux} and {@code reach} are used by the routing thread only, while
     * the calling thread loads the strip layers of {@code in}: they must not share unsynchronised state
     * with {@code in}'s layers (e.g. the same tile cache). {@code progress} is called from the calling thread.
     *
     * @param stripRows   rows per strip of the distance and input layers (≥ 1), e.g. {@code DistanceStrips.defaultStripRows}
     * @param routingFlux the flux of {@code in} with random access for the routing (e.g. a tile-cached scratch
     *                    file; must hold the same float32 values), or null to read it whole into memory
     * @param reach       where the routing keeps the reach values (reads 0 where never set), e.g. a scratch file
     */
    public static RankedPatches rankInStrips(PlanInputs in, PlanParameters p, int stripRows, FluxField routingFlux,
                                             ReachStore reach, ProgressListener progress) {
        progress.reportOrCancel(0.0, "routing sand flux downwind to assets; candidate rules alongside");
        FutureTask<RoutingResult> routed = new FutureTask<>(routingTask(in, p, routingFlux, reach));
        Thread thread = new Thread(routed, "dunefront-routing");
        thread.setDaemon(true);
        thread.start();
        byte[] bits;
        try {
            bits = CandidateRules.pendingBitsInStrips(in, p.candidates(), stripRows);
            progress.reportOrCancel(0.25, "candidate rules evaluated, routing sand flux downwind to assets");
        } catch (RuntimeException | Error e) {
            awaitQuietly(routed); // the routing uses the caller's flux and reach stores: let it end before they close
            throw e;
        }
        RoutingResult routing = await(routed)
                .withFluxInStrips((r0, rows, east, north) -> {
                    in.fluxEastM3PerMPerYr().read(r0, rows, east);
                    in.fluxNorthM3PerMPerYr().read(r0, rows, north);
                }, stripRows); // a whole-grid flux read for the routing is released here
        progress.reportOrCancel(0.3, "testing the reach of the sand-fixation candidates");
        byte[] codes = CandidateRules.resolveActionCodes(bits, p.candidates(), routing::reachFraction);
        bits = null;
        progress.reportOrCancel(0.5, "labelling patches");
        PatchLabels all = ComponentLabeller.label(codes, in.width(), in.height(), p.connectivity());
        codes = null; // consumed: free before the next step
        PatchLabels labels = MinimumMappingUnit.applyInPlace(all, p.minimumMappingUnitHa(), in.grid().cellArea());
        all = null;
        progress.reportOrCancel(0.6, "routing sand out of the patches");
        List<PatchProtection> protection = PatchInterception.compute(labels, routing);
        routing = null;
        progress.reportOrCancel(0.7, "scoring patches");
        List<PatchCriteria.Measured> measured = PatchCriteria.computeInStrips(labels, in, protection, p, stripRows);
        List<PlanPatch> ranked = rankPatches(measured, p);
        progress.reportOrCancel(1.0, "ranked " + ranked.size() + " patches");
        return new RankedPatches(labels, ranked, p.weights());
    }

    /**
     * The routing of {@link #rankInStrips} as a task for another thread; with {@code flux} null the flux
     * layers of {@code in} are read whole here, on the calling thread (their readers may not be thread-safe).
     */
    private static Callable<RoutingResult> routingTask(PlanInputs in, PlanParameters p, FluxField flux, ReachStore reach) {
        IntToDoubleFunction value = assetValueOfCell(in);
        if (flux != null) return () -> DownwindRouting.route(in.grid(), flux, value, p.routing(), reach);
        float[] east = in.fluxEastM3PerMPerYr().readAll(), north = in.fluxNorthM3PerMPerYr().readAll();
        return () -> DownwindRouting.route(in.grid(), east, north, value, p.routing(), reach);
    }

    /** The task's result; its failure rethrown as it was (errors included, e.g. {@link OutOfMemoryError}). */
    private static <T> T await(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the task cannot be abandoned (it uses the caller's stores): keep waiting
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error r) throw r;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Waits for the task to end, ignoring its result or failure (the caller is already failing). */
    private static void awaitQuietly(FutureTask<?> task) {
        try {
            await(task);
        } catch (RuntimeException | Error ignored) {
            // the caller's own failure is the one reported
        }
    }

    /**
     * Heap of the routing per cell with the flux and the reach outside the heap: the flag byte, plus a
     * D8 direction byte with {@code RoutingScheme.D8} ({@code ranking.DownwindRouting}).
     */
    public static final int ROUTING_BYTES_PER_CELL = 1;

    /**
     * Peak whole-grid heap of {@link #rankInStrips} per cell with the routing's flux and reach outside
     * the heap, not counting the land cover and rivers of {@link PlanInputs} (2 bytes per cell as the
     * {@code rank} stage reads them): while labelling, the routing's flags ({@value #ROUTING_BYTES_PER_CELL};
     * +1 for D8) + action codes 1 + union-find labels 4. Not counted: one strip of each streamed layer and
     * the distance strips' border state (about 8·√height bytes per column per layer, four at a time),
     * independent of the cell count.
     */
    public static final int RANK_BYTES_PER_CELL = ROUTING_BYTES_PER_CELL + 1 + 4;

    /** The {@code plan} stage. */
    public static RestorationPlan plan(RankingOutcome ranking, PhaseRules rules) {
        List<ScheduledPatch> schedule = PhaseScheduler.schedule(ranking.patches(), rules);
        return new RestorationPlan(ranking.labels(), schedule, PlanSummary.of(schedule), rules);
    }

    static RoutingResult routeSandToAssets(PlanInputs in, PlanParameters p) {
        return routeSandToAssets(in, p, null, ReachStore.inMemory(in.cellCount()));
    }

    private static RoutingResult routeSandToAssets(PlanInputs in, PlanParameters p, FluxField flux, ReachStore reach) {
        IntToDoubleFunction value = assetValueOfCell(in);
        if (flux != null) return DownwindRouting.route(in.grid(), flux, value, p.routing(), reach);
        return DownwindRouting.route(in.grid(), in.fluxEastM3PerMPerYr().readAll(), in.fluxNorthM3PerMPerYr().readAll(),
                value, p.routing(), reach);
    }

    /** Asset value of cell i from its land-cover class (one table lookup). */
    private static IntToDoubleFunction assetValueOfCell(PlanInputs in) {
        LandCoverTraits[] traits = in.traitsByClass();
        double[] valueOfClass = new double[256];
        for (int c = 0; c < 256; c++) valueOfClass[c] = traits[c].assetValue();
        return i -> valueOfClass[in.classAt(i)];
    }

    static PatchLabels delineatePatches(PlanInputs in, CandidateResult candidates, PlanParameters p) {
        PatchLabels all = ComponentLabeller.label(candidates.actionCodesView(), in.width(), in.height(), p.connectivity());
        return MinimumMappingUnit.apply(all, p.minimumMappingUnitHa(), in.grid().cellArea());
    }

    static List<PlanPatch> rankPatches(List<PatchCriteria.Measured> measured, PlanParameters p) {
        List<CriterionScores> scores = new ArrayList<>(measured.size());
        for (PatchCriteria.Measured m : measured) scores.add(new CriterionScores(m.id(), m.action().id(), m.raw()));
        List<RankedPatch> ranked = PatchRanker.rank(scores, p.weights());
        List<PlanPatch> out = new ArrayList<>(ranked.size());
        for (RankedPatch r : ranked) {
            PatchCriteria.Measured m = measured.get(r.patchId() - 1);
            out.add(new PlanPatch(m.id(), m.action(), m.cellCount(), m.areaHa(), m.costCny(), m.raw(), r.score(),
                    r.overallRank(), r.groupRank(), m.sandInterceptedM3PerYr(), m.assetsProtected(),
                    m.minDistanceToSettlementM()));
        }
        return out;
    }
}
