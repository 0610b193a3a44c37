package org.dunefront.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-patch selection frequency, rank spread and phase agreement on a 4-run case worked by hand. */
class SelectionStatisticsTest {

    /**
     * Patch "1": ranks 1, 1, 2, 2 (mean 1.5, population sd 0.5), phases 1, 1, 1, 0 → selected in
     * 3 of 4 runs (0.75), modal phase 1, agreement 0.75.
     * Patch "2": ranks 2, 2, 1, 1, phases 2, 0, 1, 1 → selection 0.75, modal phase 1 (2 runs), agreement 0.5.
     * Patch "10": only in runs 1 and 2 with ranks 3 and 5, never selected → runs 2, selection 0,
     * mean 4, sd 1, modal phase 0 in all 4 runs (absent counts as not selected) → agreement 1.
     */
    @Test
    void handWorkedFourRuns() {
        List<Map<String, PatchOutcome>> runs = List.of(
                Map.of("1", new PatchOutcome(1, 1), "2", new PatchOutcome(2, 2), "10", new PatchOutcome(3, 0)),
                Map.of("1", new PatchOutcome(1, 1), "2", new PatchOutcome(2, 0), "10", new PatchOutcome(5, 0)),
                Map.of("1", new PatchOutcome(2, 1), "2", new PatchOutcome(1, 1)),
                Map.of("1", new PatchOutcome(2, 0), "2", new PatchOutcome(1, 1)));
        List<PatchStability> s = SelectionStatistics.of(runs);
        assertEquals(List.of("1", "2", "10"), s.stream().map(PatchStability::patchId).toList(), "numeric id order");
        assertEquals(new PatchStability("1", 4, 0.75, 1.5, 0.5, 1, 0.75), s.get(0));
        assertEquals(new PatchStability("2", 4, 0.75, 1.5, 0.5, 1, 0.5), s.get(1));
        assertEquals(new PatchStability("10", 2, 0.0, 4.0, 1.0, 0, 1.0), s.get(2));
    }

    /** Ranks of the common patches 1..4: baseline (1,2,3,4), run (1,3,2,4) → τ-b = 2/3; patch 5 is ignored. */
    @Test
    void tauAgainstBaselineUsesCommonPatches() {
        Map<String, PatchOutcome> base = Map.of("1", new PatchOutcome(1, 1), "2", new PatchOutcome(2, 1),
                "3", new PatchOutcome(3, 0), "4", new PatchOutcome(4, 0));
        Map<String, PatchOutcome> run = Map.of("1", new PatchOutcome(1, 1), "2", new PatchOutcome(3, 1),
                "3", new PatchOutcome(2, 0), "4", new PatchOutcome(4, 0), "5", new PatchOutcome(5, 0));
        assertEquals(2.0 / 3.0, SelectionStatistics.tauAgainst(base, run), 1e-12);
    }

    /** Three runs over 3 cells: actions (1,0,2), (1,2,2), (0,0,2) → action 1: 2/3, 0, 0; action 2: 0, 1/3, 1. */
    @Test
    void cellStabilityFractions() {
        CellStability c = new CellStability(3, 2);
        c.add(new int[] {1, 0, 2});
        c.add(new int[] {1, 2, 2});
        c.add(new int[] {0, 0, 2});
        assertEquals(3, c.runs());
        assertArrayEquals(new float[] {2f / 3, 0, 0}, c.fraction(1), 1e-6f);
        assertArrayEquals(new float[] {0, 1f / 3, 1}, c.fraction(2), 1e-6f);
        assertArrayEquals(new float[] {2f / 3, 1f / 3, 1}, c.anyAction(), 1e-6f);
    }
}
