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
