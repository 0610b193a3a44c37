package org.dunefront.plan;

import java.util.EnumSet;
import java.util.Set;
import org.dunefront.ranking.DistanceField;

/**
 * Per-cell output of {@link CandidateRules}: which actions' rules select each cell, the single action
 * the cell gets after overlap resolution (the input of patch labelling), and the distance layers the
 * rules computed (reused by the criteria). Compact: 2 bytes per cell plus four {@link DistanceField}s
 * (4 bytes per cell each). Immutable; array accessors return copies.
 */
public final class CandidateResult {
    private final int width;
    private final int height;
    private final byte[] candidateBits;
    private final byte[] actionCodes;
    private final DistanceField distanceToAssetsM;
    private final DistanceField distanceToSettlementM;
    private final DistanceField distanceToFarmlandM;
    private final DistanceField distanceToWaterM;

    CandidateResult(int width, int height, byte[] candidateBits, byte[] actionCodes, DistanceField distanceToAssetsM,
                    DistanceField distanceToSettlementM, DistanceField distanceToFarmlandM, DistanceField distanceToWaterM) {
        this.width = width;
        this.height = height;
        this.candidateBits = candidateBits;
        this.actionCodes = actionCodes;
        this.distanceToAssetsM = distanceToAssetsM;
        this.distanceToSettlementM = distanceToSettlementM;
        this.distanceToFarmlandM = distanceToFarmlandM;
        this.distanceToWaterM = distanceToWaterM;
    }

    public int width() { return width; }
    public int height() { return height; }

    /** Actions whose rules select cell i (before overlap resolution). */
    public Set<RestorationAction> candidatesAt(int i) {
        EnumSet<RestorationAction> s = EnumSet.noneOf(RestorationAction.class);
        for (RestorationAction a : RestorationAction.values()) {
            if ((candidateBits[i] & (1 << (a.code() - 1))) != 0) s.add(a);
        }
        return s;
    }

    /** The resolved action code per cell (0 = none), row-major: labelling input. */
    public int[] actionCodes() {
        int[] a = new int[actionCodes.length];
        for (int i = 0; i < a.length; i++) a[i] = actionCodes[i];
        return a;
    }

    /** Resolved action code of cell i (0 = none). */
    public int actionCodeAt(int i) { return actionCodes[i]; }

    /** Number of cells whose resolved action is {@code a}. */
    public long cellCount(RestorationAction a) {
        long n = 0;
        for (byte c : actionCodes) if (c == a.code()) n++;
        return n;
    }

    public double[] distanceToAssetsM() { return distanceToAssetsM.toArray(); }
    public double[] distanceToSettlementM() { return distanceToSettlementM.toArray(); }
    public double[] distanceToFarmlandM() { return distanceToFarmlandM.toArray(); }
    /** Distance to water, wetland or river cells (m). */
    public double[] distanceToWaterM() { return distanceToWaterM.toArray(); }

    byte[] actionCodesView() { return actionCodes; }
    double settlementDistanceAt(int i) { return distanceToSettlementM.distanceM(i); }
    double farmlandDistanceAt(int i) { return distanceToFarmlandM.distanceM(i); }
    double waterDistanceAt(int i) { return distanceToWaterM.distanceM(i); }
}
