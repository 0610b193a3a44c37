package org.dunefront.plan;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.ProgressListener;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.MinimumMappingUnit;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.CriterionScores;
import org.dunefront.ranking.DownwindRouting;
import org.dunefront.ranking.PatchInterception;
import org.dunefront.ranking.PatchProtection;
import org.dunefront.ranking.PatchRanker;
import org.dunefront.ranking.RankedPatch;
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
     * The {@code rank} stage with the smallest heap: the same labels and patches as {@link #rank}
     * (bit-for-bit, for any strip height), but distance layers are streamed in strips of
     * {@code stripRows} rows ({@code ranking.DistanceStrips}), candidate bits are resolved into action
     * codes in place, the routing keeps its reach values only where the patch interception will read
     * them ({@code PatchInterception.retainArrivals}: candidate borders) before the patches are labelled,
     * small patches are dropped in place, and the routing is released once the interception is known.
     *
     * <p>Whole-grid heap next to the caller's inputs: routing (17 bytes per cell) + action codes (1) while
     * candidates are evaluated; then, usually, flags (1) + codes (1) + labels (4) + the retained reach
     * (≤ 1 byte per cell plus 0.3 of bitmaps) while labelling. When candidate borders cover more than
     * 1/16 of the grid the reach stays whole and labelling peaks at {@link #RANK_BYTES_PER_CELL}.
     *
     * @param stripRows rows per strip of the distance layers (≥ 1), e.g. {@code DistanceStrips.defaultStripRows}
     */
    public static RankedPatches rankInStrips(PlanInputs in, PlanParameters p, int stripRows, ProgressListener progress) {
        progress.reportOrCancel(0.0, "routing sand flux downwind to assets");
        RoutingResult routing = routeSandToAssets(in, p);
        progress.reportOrCancel(0.3, "evaluating candidate rules");
        byte[] codes = CandidateRules.actionCodesInStrips(in, p.candidates(), routing::reachFraction, stripRows);
        routing = retainPatchArrivals(routing, codes); // usually frees the two reach arrays (16 bytes per cell)
        progress.reportOrCancel(0.5, "labelling patches");
        PatchLabels all = ComponentLabeller.label(codes, in.width(), in.height(), p.connectivity());
        codes = null; // consumed: free before the next step
        PatchLabels labels = MinimumMappingUnit.applyInPlace(all, p.minimumMappingUnitHa(), in.grid().cellArea());
        all = null;
        progress.reportOrCancel(0.6, "routing sand out of the patches");
        List<PatchProtection> protection = PatchInterception.compute(labels, routing);
        routing = null; // the reach arrays are the largest layer: released before the criteria
        progress.reportOrCancel(0.7, "scoring patches");
        List<PatchCriteria.Measured> measured = PatchCriteria.computeInStrips(labels, in, protection, p, stripRows);
        List<PlanPatch> ranked = rankPatches(measured, p);
        progress.reportOrCancel(1.0, "ranked " + ranked.size() + " patches");
        return new RankedPatches(labels, ranked, p.weights());
    }

    private static RoutingResult retainPatchArrivals(RoutingResult routing, byte[] codes) {
        return PatchInterception.retainArrivals(routing, i -> codes[i]);
    }

    /**
     * Heap of the routing per cell: a flag byte and two double reach values, plus a D8 direction
     * byte with {@code RoutingScheme.D8} ({@code ranking.DownwindRouting}).
     */
    public static final int ROUTING_BYTES_PER_CELL = 17;

    /**
     * Guaranteed peak heap of {@link #rankInStrips} per cell, not counting the {@link PlanInputs} (18
     * bytes per cell as the {@code rank} stage reads them): routing 17 (+1 for D8) + action codes 1 +
     * labels 4 bytes, alive together while the patches are labelled when the reach must stay whole. The
     * usual peak is lower, routing + codes = 18 (with the reach reduced to candidate borders before
     * labelling). The distance strips add about 8·√height bytes per column of border state per layer
     * (four at a time), independent of the cell count.
     */
    public static final int RANK_BYTES_PER_CELL = ROUTING_BYTES_PER_CELL + 1 + 4;

    /** The {@code plan} stage. */
    public static RestorationPlan plan(RankingOutcome ranking, PhaseRules rules) {
        List<ScheduledPatch> schedule = PhaseScheduler.schedule(ranking.patches(), rules);
        return new RestorationPlan(ranking.labels(), schedule, PlanSummary.of(schedule), rules);
    }

    static RoutingResult routeSandToAssets(PlanInputs in, PlanParameters p) {
        LandCoverTraits[] traits = in.traitsByClass();
        double[] valueOfClass = new double[256];
        for (int c = 0; c < 256; c++) valueOfClass[c] = traits[c].assetValue();
        return DownwindRouting.route(in.grid(), in.fluxEastM3PerMPerYr(), in.fluxNorthM3PerMPerYr(),
                i -> valueOfClass[in.classAt(i)], p.routing());
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
