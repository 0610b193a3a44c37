package org.dunefront.ranking;

import java.util.Arrays;

/**
 * A scored and ranked patch.
 *
 * @param patchId     patch id
 * @param group       ranking group (action id)
 * @param score       weighted linear combination Σ wₖ·x'ₖ of the applicable normalised criteria (0..1)
 * @param normalised  normalised criterion values (0..1, 1 = best; NaN = not applicable), in criterion order
 * @param overallRank 1-based rank over all patches (1 = highest score; ties by lower patch id)
 * @param groupRank   1-based rank within the group
 */
public record RankedPatch(int patchId, String group, double score, double[] normalised, int overallRank, int groupRank) {
    public RankedPatch {
        normalised = normalised.clone();
    }

    @Override public double[] normalised() { return normalised.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof RankedPatch r && r.patchId == patchId && r.group.equals(group) && r.score == score
                && Arrays.equals(r.normalised, normalised) && r.overallRank == overallRank && r.groupRank == groupRank;
    }

    @Override public int hashCode() { return patchId * 31 + overallRank; }

    @Override public String toString() {
        return "RankedPatch[" + patchId + ", " + group + ", score=" + score + ", rank=" + overallRank + "/" + groupRank + "]";
    }
}
