package org.dunefront.plan;

import static org.dunefront.plan.TestLandCover.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateRulesTest {
    private static final CandidateParameters P = CandidateParameters.defaults();

    private static int[] row(int n, int fill) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, fill);
        return a;
    }

    @Test
    void sandFixationOnlyNearAssetsAndNeverInTheProtectedDesertCore() {
        // farmland at cell 0, sand sea east of it, degraded sandy land at 3.0–3.4 km; sand blows west (towards the farm)
        int[] lc = row(40, SAND_SEA);
        lc[0] = FARM;
        for (int c = 30; c < 35; c++) lc[c] = DEGRADED_SAND;
        PlanInputs in = inputs(40, 1, lc, -2, 0);
        double[] reach = filled(40, 1);
        CandidateResult r = CandidateRules.evaluate(in, P, reach);
        for (int c = 0; c < 40; c++) {
            // sand sea up to 2 000 m (cells 1..20) is outside the core; degraded land up to 5 km qualifies
            boolean expected = (c >= 1 && c <= 20) || (c >= 30 && c <= 34);
            assertEquals(expected ? RestorationAction.SHRUB_SAND_FIXATION.code() : 0, r.actionCodeAt(c), "cell " + c);
        }
        assertEquals(2000, r.distanceToAssetsM()[20], 1e-9);
        // sand blowing away from the farm never reaches it: no sand-fixation candidates
        CandidateResult away = CandidateRules.evaluate(in, P, filled(40, 0));
        assertEquals(0, away.cellCount(RestorationAction.SHRUB_SAND_FIXATION));
        // too little flux
        CandidateResult calm = CandidateRules.evaluate(inputs(40, 1, lc, -0.5, 0), P, reach);
        assertEquals(0, calm.cellCount(RestorationAction.SHRUB_SAND_FIXATION));
    }

    @Test
    void salineLandWithinOneKilometreOfWetland() {
        int[] lc = row(15, SALINE_LAND);
        lc[0] = MARSH;
        CandidateResult r = CandidateRules.evaluate(inputs(15, 1, lc, 0, 0), P, null);
        for (int c = 0; c < 15; c++) {
            assertEquals(c >= 1 && c <= 10 ? RestorationAction.SHRUB_SALINE.code() : 0, r.actionCodeAt(c), "cell " + c);
        }
    }

    @Test
    void overlapsGoToTheFirstActionOfThePriorityList() {
        // a saline shelterbelt next to farmland qualifies for both saline shrubs and mixed planting
        int[] lc = {FARM, SALINE_BELT, BELT, TOWN};
        CandidateResult r = CandidateRules.evaluate(inputs(4, 1, lc, 0, 0), P, null);
        assertEquals(EnumSet.of(RestorationAction.SHRUB_SALINE, RestorationAction.MIXED_PLANTING), r.candidatesAt(1));
        assertEquals(RestorationAction.SHRUB_SALINE.code(), r.actionCodeAt(1));
        assertEquals(RestorationAction.MIXED_PLANTING.code(), r.actionCodeAt(2));
        assertEquals(Set.of(), r.candidatesAt(3)); // settlements are never planted
        CandidateParameters mixedFirst = new CandidateParameters(1, 5000, 0.05, 2000, 1000, 5, 60, 3000, 0.5, 10_000,
                500, 200, java.util.List.of(RestorationAction.MIXED_PLANTING, RestorationAction.SHRUB_SALINE,
                RestorationAction.DE_CHANNELIZATION, RestorationAction.MOUNTAIN_BARRIER,
                RestorationAction.SHRUB_SAND_FIXATION));
        assertEquals(RestorationAction.MIXED_PLANTING.code(),
                CandidateRules.evaluate(inputs(4, 1, lc, 0, 0), mixedFirst, null).actionCodeAt(1));
    }

    @Test
    void mountainBarriersOnWindwardSlopesNearSettlementsAndLeewardSlopesWithSand() {
        // town at cell 0, hills east of it; sand moves east (wind from the west, 270°)
        int[] lc = {TOWN, HILL, HILL, HILL, HILL, HILL};
        double[] slope = {0, 10, 10, 10, 2, 10};
        double[] aspect = {Double.NaN, 270, 90, 0, 270, 250};
        int n = lc.length;
        PlanInputs in = new PlanInputs(grid(n, 1), lc, LOOKUP, filled(n, 1), filled(n, 0), slope, aspect, null, null);
        CandidateResult r = CandidateRules.evaluate(in, P, null);
        int mb = RestorationAction.MOUNTAIN_BARRIER.code();
        assertEquals(mb, r.actionCodeAt(1)); // windward (faces the wind), 100 m from the town
        assertEquals(mb, r.actionCodeAt(2)); // leeward (faces downwind), sand flux 1 ≥ 0.5
        assertEquals(0, r.actionCodeAt(3));  // faces north: 90° off the wind
        assertEquals(0, r.actionCodeAt(4));  // too gentle
        assertEquals(mb, r.actionCodeAt(5)); // 20° off the upwind direction
        // weak flux: leeward needs sand arriving; windward still qualifies near the town
        PlanInputs calm = new PlanInputs(grid(n, 1), lc, LOOKUP, filled(n, 0.2), filled(n, 0), slope, aspect, null, null);
        CandidateResult rc = CandidateRules.evaluate(calm, P, null);
        assertEquals(mb, rc.actionCodeAt(1));
        assertEquals(0, rc.actionCodeAt(2));
        assertEquals(90, CandidateRules.angleBetweenDeg(350, 80), 1e-12);
        assertEquals(20, CandidateRules.angleBetweenDeg(-10, 370), 1e-12);
    }

    @Test
    void deChannelizationOfChannelizedSeasonalReachesNearFarmlandWithFloodplainBuffer() {
        // 7 × 3: farmland in column 0, a channelized seasonal river in column 3 (300 m from the farm)
        int w = 7, h = 3, n = w * h;
        int[] lc = new int[n], rivers = new int[n];
        for (int r = 0; r < h; r++) {
            lc[r * w] = FARM;
            rivers[r * w + 3] = RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED, RiverFlag.SEASONAL);
        }
        PlanInputs in = new PlanInputs(grid(w, h), lc, LOOKUP, filled(n, 0), filled(n, 0), filled(n, 0),
                filled(n, Double.NaN), rivers, null);
        CandidateResult r = CandidateRules.evaluate(in, P, null);
        for (int row = 0; row < h; row++) {
            for (int c = 0; c < w; c++) {
                boolean expected = c >= 1 && c <= 5; // the reach ± 200 m floodplain buffer
                assertEquals(expected ? RestorationAction.DE_CHANNELIZATION.code() : 0, r.actionCodeAt(row * w + c),
                        "cell " + c + "," + row);
            }
        }
        // a channelized but perennial river is not a de-channelization candidate
        int[] perennial = rivers.clone();
        for (int i = 0; i < n; i++) if (perennial[i] != 0) perennial[i] = RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED);
        PlanInputs in2 = new PlanInputs(grid(w, h), lc, LOOKUP, filled(n, 0), filled(n, 0), filled(n, 0),
                filled(n, Double.NaN), perennial, null);
        assertEquals(0, CandidateRules.evaluate(in2, P, null).cellCount(RestorationAction.DE_CHANNELIZATION));
    }
}
