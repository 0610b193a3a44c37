package org.dunefront.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Per-cell output of {@link CandidateRules}: which actions' rules select each cell, the single action
 * the cell gets after overlap resolution (the input of patch labelling), and the distance layers the
 * rules computed (reused by the criteria). Immutable; array accessors return copies.
 */
public final class CandidateResult {
    private final int width;
    private final int height;
    private final byte[] candidateBits;
    private final int[] actionCodes;
    private final double[] distanceToAssetsM;
    private final double[] distanceToSettlementM;
    private final double[] distanceToFarmlandM;
    private final double[] distanceToWaterM;

    CandidateResult(int width, int height, byte[] candidateBits, int[] actionCodes, double[] distanceToAssetsM,
                    double[] distanceToSettlementM, double[] distanceToFarmlandM, double[] distanceToWaterM) {
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
    public int[] actionCodes() { return actionCodes.clone(); }

    /** Resolved action code of cell i (0 = none). */
    public int actionCodeAt(int i) { return actionCodes[i]; }

    /** Number of cells whose resolved action is {@code a}. */
    public long cellCount(RestorationAction a) {
        long n = 0;
        for (int c : actionCodes) if (c == a.code()) n++;
        return n;
    }

    public double[] distanceToAssetsM() { return distanceToAssetsM.clone(); }
    public double[] distanceToSettlementM() { return distanceToSettlementM.clone(); }
    public double[] distanceToFarmlandM() { return distanceToFarmlandM.clone(); }
    /** Distance to water, wetland or river cells (m). */
    public double[] distanceToWaterM() { return distanceToWaterM.clone(); }

    int[] actionCodesView() { return actionCodes; }
    double settlementDistanceAt(int i) { return distanceToSettlementM[i]; }
    double farmlandDistanceAt(int i) { return distanceToFarmlandM[i]; }
    double waterDistanceAt(int i) { return distanceToWaterM[i]; }
}
