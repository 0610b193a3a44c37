package org.dunefront.plan;

import java.util.Objects;
import org.dunefront.patch.Connectivity;
import org.dunefront.ranking.CriterionWeights;
import org.dunefront.ranking.RoutingParameters;

/**
 * Parameters of the {@code rank} stage ({@link RestorationPlanner#rank}).
 *
 * @param candidates                  candidate-rule thresholds
 * @param connectivity                patch connectivity (4 default, 8 with {@code --diagonal})
 * @param minimumMappingUnitHa        smallest patch kept (ha, ≥ 0)
 * @param routing                     downwind routing of the flux field
 * @param weights                     criterion weights over {@link PatchCriteria#CRITERIA}, in that order
 * @param costs                       cost per hectare per action
 * @param rechargeFarmlandAdjacencyM  de-channelization recharge: a cell counts as next to farmland within this distance (m)
 * @param rechargeFlatSlopeDeg        de-channelization recharge: floodplain flatness = max(0, 1 − slope / this) (degrees, &gt; 0)
 */
public record PlanParameters(CandidateParameters candidates, Connectivity connectivity, double minimumMappingUnitHa,
                             RoutingParameters routing, CriterionWeights weights, ActionCosts costs,
                             double rechargeFarmlandAdjacencyM, double rechargeFlatSlopeDeg) {
    public PlanParameters {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(costs, "costs");
        if (!(minimumMappingUnitHa >= 0) || !Double.isFinite(minimumMappingUnitHa)) {
            throw new IllegalArgumentException("minimumMappingUnitHa must be finite and ≥ 0");
        }
        if (!weights.criteria().equals(PatchCriteria.CRITERIA)) {
            throw new IllegalArgumentException("weights must be given for " + PatchCriteria.CRITERIA.stream()
                    .map(c -> c.id()).toList() + " in that order");
        }
        if (!(rechargeFarmlandAdjacencyM >= 0) || !Double.isFinite(rechargeFarmlandAdjacencyM)) {
            throw new IllegalArgumentException("rechargeFarmlandAdjacencyM must be finite and ≥ 0");
        }
        if (!(rechargeFlatSlopeDeg > 0) || !Double.isFinite(rechargeFlatSlopeDeg)) {
            throw new IllegalArgumentException("rechargeFlatSlopeDeg must be finite and > 0");
        }
    }

    /**
     * Defaults: default candidate rules, 4-connectivity, 1 ha minimum mapping unit, default routing,
     * {@link PatchCriteria#defaultWeights()}, default costs, farmland adjacency 300 m, flat below 5°.
     */
    public static PlanParameters defaults() {
        return new PlanParameters(CandidateParameters.defaults(), Connectivity.FOUR, 1.0, RoutingParameters.defaults(),
                PatchCriteria.defaultWeights(), ActionCosts.defaults(), 300, 5);
    }
}
