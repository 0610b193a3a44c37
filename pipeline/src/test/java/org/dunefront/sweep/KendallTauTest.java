package org.dunefront.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kendall's τ-b on tiny cases computed by hand. */
class KendallTauTest {

    @Test
    void identicalAndReversedRankings() {
        assertEquals(1.0, KendallTau.tauB(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}), 1e-12);
        assertEquals(-1.0, KendallTau.tauB(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-12);
    }

    /**
     * x = (1, 2, 3, 4), y = (1, 3, 2, 4): of the 6 pairs only (2,3) is discordant, so
     * n_c = 5, n_d = 1, no ties: τ = (5 − 1) / 6 = 2/3.
     */
    @Test
    void oneSwapWithoutTies() {
        assertEquals(2.0 / 3.0, KendallTau.tauB(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-12);
    }

    /**
     * x = (1, 2, 2, 3), y = (1, 2, 3, 3). Pairs (i,j): (1,2) c, (1,3) c, (1,4) c, (2,3) tied in x,
     * (2,4) c, (3,4) tied in y. n_c = 4, n_d = 0, n_0 = 6, n_1 = 1 (one x tie pair), n_2 = 1.
     * τ_b = 4 / sqrt(5 · 5) = 0.8 (τ-a would give 4/6).
     */
    @Test
    void tiesInBothRankings() {
        assertEquals(0.8, KendallTau.tauB(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 3}), 1e-12);
    }

    /**
     * x = (1, 1, 2, 3), y = (3, 1, 2, 2). Pairs: (1,2) x-tie, (1,3) x↑ y↓ d, (1,4) d, (2,3) c,
     * (2,4) c, (3,4) y-tie. n_c = 2, n_d = 2 → τ_b = 0.
     */
    @Test
    void balancedPairsGiveZero() {
        assertEquals(0.0, KendallTau.tauB(new double[] {1, 1, 2, 3}, new double[] {3, 1, 2, 2}), 1e-12);
    }

    @Test
    void constantOrTooShortIsUndefined() {
        assertTrue(Double.isNaN(KendallTau.tauB(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(KendallTau.tauB(new double[] {1}, new double[] {1})));
    }
}
