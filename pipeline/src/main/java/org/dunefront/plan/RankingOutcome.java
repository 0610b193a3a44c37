package org.dunefront.plan;

import java.util.List;
import java.util.Objects;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.CriterionWeights;
import org.dunefront.ranking.RoutingResult;

/**
 * Result of the {@code rank} stage.
 *
 * @param labels     the patches (per-cell ids; class = action code); polygonize with {@code PatchPolygonizer}
 * @param candidates per-cell candidate actions and distance layers
 * @param routing    downwind routing of the flux field (no action)
 * @param patches    ranked patches in overall rank order
 * @param weights    the criterion weights used (with the AHP analysis when any)
 */
public record RankingOutcome(PatchLabels labels, CandidateResult candidates, RoutingResult routing,
                             List<PlanPatch> patches, CriterionWeights weights) {
    public RankingOutcome {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(weights, "weights");
        patches = List.copyOf(patches);
    }
}
