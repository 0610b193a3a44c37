package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatchRankerTest {

    @Test
    void minMaxNormalisationForBenefitAndCost() {
        assertArrayEquals(new double[] {0, 0.25, 1}, CriterionNormaliser.normalise(new double[] {10, 20, 50},
                CriterionDirection.BENEFIT), 1e-15);
        assertArrayEquals(new double[] {1, 0.75, 0}, CriterionNormaliser.normalise(new double[] {10, 20, 50},
                CriterionDirection.COST), 1e-15);
        assertArrayEquals(new double[] {1, Double.NaN, 1}, CriterionNormaliser.normalise(new double[] {7, Double.NaN, 7},
                CriterionDirection.BENEFIT), 1e-15);
    }

    @Test
    void notApplicableCriterionRedistributesItsWeight() {
        List<Criterion> cs = List.of(Criterion.PROTECTIVE_VALUE, Criterion.RECHARGE_POTENTIAL);
        CriterionWeights w = CriterionWeights.direct(cs, new double[] {0.75, 0.25}, "k");
        List<RankedPatch> r = PatchRanker.rank(List.of(
                new CriterionScores(1, "shrub-sand-fixation", new double[] {10, Double.NaN}), // 0.75·0.5/0.75 = 0.5
                new CriterionScores(2, "de-channelization", new double[] {20, 0.8}),           // 0.75 + 0.25 = 1
                new CriterionScores(3, "de-channelization", new double[] {0, 0.2})), w);       // 0
        assertEquals(List.of(2, 1, 3), r.stream().map(RankedPatch::patchId).toList());
        assertEquals(0.5, r.get(1).score(), 1e-15);
        assertEquals(1.0, r.get(0).score(), 1e-15);
        assertEquals(0.0, r.get(2).score(), 1e-15);
    }

    @Test
    void weightedLinearCombinationRanksOverallAndWithinGroupsTiesByPatchId() {
        List<Criterion> cs = List.of(Criterion.PROTECTIVE_VALUE, Criterion.COST_PER_HA);
        CriterionWeights w = CriterionWeights.direct(cs, new double[] {0.6, 0.4}, "k");
        // protective 0..100 (benefit), cost 1000..3000 (cost)
        List<CriterionScores> patches = List.of(
                new CriterionScores(1, "shrub-saline", new double[] {100, 3000}),        // 0.6·1 + 0.4·0 = 0.6
                new CriterionScores(2, "mixed-planting", new double[] {0, 1000}),       // 0 + 0.4 = 0.4
                new CriterionScores(3, "shrub-saline", new double[] {50, 2000}),        // 0.3 + 0.2 = 0.5
                new CriterionScores(4, "mixed-planting", new double[] {100, 3000}),     // 0.6 (tie with 1)
                new CriterionScores(5, "mixed-planting", new double[] {75, 1500}));     // 0.45 + 0.3 = 0.75
        List<RankedPatch> r = PatchRanker.rank(patches, w);
        assertEquals(List.of(5, 1, 4, 3, 2), r.stream().map(RankedPatch::patchId).toList());
        assertArrayEquals(new double[] {0.75, 0.6, 0.6, 0.5, 0.4},
                r.stream().mapToDouble(RankedPatch::score).toArray(), 1e-12);
        assertEquals(List.of(1, 2, 3, 4, 5), r.stream().map(RankedPatch::overallRank).toList());
        // within groups: mixed-planting 5, 4, 2; shrub-saline 1, 3
        assertEquals(List.of(1, 1, 2, 2, 3), r.stream().map(RankedPatch::groupRank).toList());
        assertArrayEquals(new double[] {0.75, 0.75}, r.get(0).normalised(), 1e-12);
    }
}
