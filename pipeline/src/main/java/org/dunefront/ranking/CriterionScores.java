package org.dunefront.ranking;

import java.util.Arrays;
import java.util.Objects;

/**
 * Raw criterion values of one patch, in the order of the {@link CriterionWeights}' criteria.
 *
 * @param patchId patch id (1-based, as in {@code PatchLabels})
 * @param group   ranking group, e.g. the action id ({@code shrub-saline}); ranks are also given within groups
 * @param raw     raw criterion values (NaN = not applicable to this patch; its weight is redistributed)
 */
public record CriterionScores(int patchId, String group, double[] raw) {
    public CriterionScores {
        Objects.requireNonNull(group, "group");
        raw = raw.clone();
    }

    @Override public double[] raw() { return raw.clone(); }

    double rawAt(int k) { return raw[k]; }

    @Override public boolean equals(Object o) {
        return o instanceof CriterionScores s && s.patchId == patchId && s.group.equals(group) && Arrays.equals(s.raw, raw);
    }

    @Override public int hashCode() { return patchId * 31 + Arrays.hashCode(raw); }

    @Override public String toString() {
        return "CriterionScores[" + patchId + ", " + group + ", " + Arrays.toString(raw) + "]";
    }
}
