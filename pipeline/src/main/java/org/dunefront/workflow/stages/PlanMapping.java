package org.dunefront.workflow.stages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.PlanConfig;
import org.dunefront.config.RankConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.patch.Connectivity;
import org.dunefront.plan.ActionCosts;
import org.dunefront.plan.BudgetUnit;
import org.dunefront.plan.CandidateParameters;
import org.dunefront.plan.PatchCriteria;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PhaseRules;
import org.dunefront.plan.PlanParameters;
import org.dunefront.plan.RestorationAction;
import org.dunefront.ranking.CriterionWeights;
import org.dunefront.ranking.RoutingParameters;
import org.dunefront.ranking.RoutingScheme;
import org.dunefront.ranking.TravelWeighting;

/**
 * Maps the {@code rank} and {@code plan} configuration sections onto the parameter records of
 * {@code org.dunefront.plan} and {@code org.dunefront.ranking}. Errors their validation raises
 * name the configuration key.
 */
public final class PlanMapping {
    private PlanMapping() { }

    /** {@code rank} (+ {@code migrate.horizonYears} for travel-time routing) → {@link PlanParameters}. */
    public static PlanParameters planParameters(DunefrontConfig c) {
        RankConfig r = c.rank();
        try {
            CandidateParameters candidates = new CandidateParameters(r.sandFixationMinFluxM3PerMPerYr(),
                    r.sandFixationMaxDistanceToAssetsM(), r.sandFixationMinReachFraction(),
                    r.protectedCoreMinDistanceToAssetsM(), r.salineMaxDistanceToFarmlandOrWetlandM(),
                    r.barrierMinSlopeDeg(), r.barrierAspectToleranceDeg(), r.windwardBarrierMaxDistanceToSettlementM(),
                    r.leewardBarrierMinFluxM3PerMPerYr(), r.leewardBarrierMaxDistanceToAssetsM(),
                    r.deChannelizationMaxDistanceToFarmlandM(), r.floodplainBufferM(),
                    r.overlapPriority().stream().map(PlanMapping::action).toList());
            RoutingParameters routing = new RoutingParameters(RoutingScheme.valueOf(r.routingScheme().name()),
                    TravelWeighting.valueOf(r.travelWeighting().name()), r.decayFractionPerKm(), r.celerityMPerYr(),
                    c.migrate().horizonYears());
            Map<RestorationAction, Double> costs = new EnumMap<>(RestorationAction.class);
            r.costPerHa().forEach((id, v) -> costs.put(action(id), v));
            return new PlanParameters(candidates, r.diagonalConnectivity() ? Connectivity.EIGHT : Connectivity.FOUR,
                    r.minPatchHa(), routing, weights(r), new ActionCosts(costs), r.rechargeFarmlandAdjacencyM(),
                    r.rechargeFlatSlopeDeg());
        } catch (ConfigurationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("rank", e.getMessage(), "Check the rank section ('dunefront config --template')");
        }
    }

    /** {@code plan} → {@link PhaseRules}. */
    public static PhaseRules phaseRules(PlanConfig p) {
        Map<Phase, Double> budgets = new EnumMap<>(Phase.class);
        Phase[] phases = Phase.values();
        for (int i = 0; i < phases.length; i++) budgets.put(phases[i], p.budgetPerPhase().get(i));
        try {
            return new PhaseRules(BudgetUnit.valueOf(p.budgetUnit().name()), budgets, p.urbanPeripheryM(),
                    p.maxPhase1DeChannelizationPilots());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("plan", e.getMessage(), "Check the plan section ('dunefront config --template')");
        }
    }

    static CriterionWeights weights(RankConfig r) {
        if (!r.ahpMatrix().isEmpty()) {
            double[][] m = new double[r.ahpMatrix().size()][];
            for (int i = 0; i < m.length; i++) m[i] = r.ahpMatrix().get(i).stream().mapToDouble(Double::doubleValue).toArray();
            return CriterionWeights.fromAhp(PatchCriteria.CRITERIA, m, "rank.ahpMatrix");
        }
        List<Double> w = new ArrayList<>();
        PatchCriteria.CRITERIA.forEach(cr -> w.add(r.weights().get(cr.id())));
        return CriterionWeights.direct(PatchCriteria.CRITERIA, w.stream().mapToDouble(Double::doubleValue).toArray(), "rank.weights");
    }

    private static RestorationAction action(String id) {
        return RestorationAction.ofId(id).orElseThrow(() -> new ConfigurationException("rank", "unknown action '" + id + "'",
                "Use one of " + String.join(", ", RankConfig.ACTIONS)));
    }
}
