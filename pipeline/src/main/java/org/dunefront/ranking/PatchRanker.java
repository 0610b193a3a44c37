package org.dunefront.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted linear combination and ranking (Malczewski 1999, <i>GIS and Multicriteria Decision
 * Analysis</i>, §6.2 "simple additive weighting"): each criterion is min–max normalised over all
 * patches ({@link CriterionNormaliser}), the score is S = Σ wₖ·x'ₖ, and patches are ranked by
 * descending score, ties broken by ascending patch id, both over all patches and within each group
 * (action). A criterion that does not apply to a patch (raw NaN) is left out of that patch's sum and
 * the remaining weights are rescaled to sum 1 (S = Σ_applicable wₖ·x'ₖ / Σ_applicable wₖ), so a shrub
 * patch is neither rewarded nor penalised by a river-only criterion. A patch with no applicable
 * criterion scores 0.
 */
public final class PatchRanker {
    private PatchRanker() {}

    /** @return ranked patches in overall rank order */
    public static List<RankedPatch> rank(List<CriterionScores> patches, CriterionWeights weights) {
        int n = patches.size(), m = weights.size();
        Set<Integer> ids = new HashSet<>();
        for (CriterionScores s : patches) {
            if (s.raw().length != m) {
                throw new IllegalArgumentException("patch " + s.patchId() + " has " + s.raw().length
                        + " criterion values, expected " + m);
            }
            if (!ids.add(s.patchId())) throw new IllegalArgumentException("duplicate patch id " + s.patchId());
        }
        double[][] norm = new double[n][m];
        for (int k = 0; k < m; k++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) col[i] = patches.get(i).rawAt(k);
            double[] nk = CriterionNormaliser.normalise(col, weights.criteria().get(k).direction());
            for (int i = 0; i < n; i++) norm[i][k] = nk[i];
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0, wsum = 0;
            for (int k = 0; k < m; k++) {
                if (Double.isNaN(norm[i][k])) continue;
                s += weights.weightAt(k) * norm[i][k];
                wsum += weights.weightAt(k);
            }
            score[i] = wsum > 0 ? s / wsum : 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> patches.get(i).patchId()));
        Map<String, Integer> groupCount = new HashMap<>();
        List<RankedPatch> out = new ArrayList<>(n);
        int rank = 0;
        for (int i : order) {
            CriterionScores s = patches.get(i);
            int g = groupCount.merge(s.group(), 1, Integer::sum);
            out.add(new RankedPatch(s.patchId(), s.group(), score[i], norm[i], ++rank, g));
        }
        return out;
    }
}
