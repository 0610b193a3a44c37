package org.dunefront.plan;

import java.util.List;
import java.util.Objects;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.CriterionWeights;

/**
 * What the {@code rank} stage writes, from {@link RestorationPlanner#rankInStrips}: the patches and their
 * ranking, without the whole-grid candidate and routing layers that {@link RankingOutcome} keeps.
 *
 * @param labels  the patches (per-cell ids; class = action code)
 * @param patches ranked patches in overall rank order
 * @param weights the criterion weights used (with the AHP analysis when any)
 */
public record RankedPatches(PatchLabels labels, List<PlanPatch> patches, CriterionWeights weights) {
    public RankedPatches {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(weights, "weights");
        patches = List.copyOf(patches);
    }
}
