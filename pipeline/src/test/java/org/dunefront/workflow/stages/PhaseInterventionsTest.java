package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.RestorationAction;
import org.dunefront.plan.ScheduledPatch;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.Interventions;
import org.junit.jupiter.api.Test;

/** The phase interventions built strip by strip from the patch ids equal the whole-grid layers, by hand and at random. */
class PhaseInterventionsTest {
    private static ScheduledPatch scheduled(int id, RestorationAction a, Phase phase) {
        PlanPatch p = new PlanPatch(id, a, 1, 1, 10_000, new double[6], 1.0 / id, id, 1, 0, 0, 1000);
        return new ScheduledPatch(p, Optional.ofNullable(phase));
    }

    /**
     * 4 x 2 study grid, 2 x 2 blocks: ids [1 1 2 0 / 1 1 2 3]; patch 1 saline shrubs (phase 1; cover 0.25, z0 0.05,
     * no trap), patch 2 sand fixation (phase 2; 0.20, 0.05, trap), patch 3 unscheduled. Through phase 1: block 0 is all
     * patch 1 → cover 0.25, z0 0.05; block 1 none → 0. Through phase 2: block 1 holds 2 trap cells of 4 (not more
     * than half: no trap), cover (0.2 + 0.2 + 0 + 0) / 4 = 0.1, z0 (0.05 + 0.05) / 4 = 0.025.
     */
    @Test
    void blockMeansAndMajorityByHand() {
        int[] ids = {1, 1, 2, 0, 1, 1, 2, 3};
        List<ScheduledPatch> s = List.of(scheduled(1, RestorationAction.SHRUB_SALINE, Phase.PHASE_1),
                scheduled(2, RestorationAction.SHRUB_SAND_FIXATION, Phase.PHASE_2), scheduled(3, RestorationAction.MIXED_PLANTING, null));
        BlockAggregator agg = new BlockAggregator(4, 2, 2);
        InterventionEffects fx = InterventionEffects.defaults();
        Interventions p1 = PhaseInterventions.onModelGrid(ids, s, Phase.PHASE_1, fx, agg);
        assertArrayEquals(new float[] {0.25f, 0f}, p1.coverFloorFraction());
        assertArrayEquals(new float[] {(float) ((double) 0.05f), 0f}, p1.roughnessFloorM());
        assertArrayEquals(new boolean[] {false, false}, p1.trapMask());
        Interventions p2 = PhaseInterventions.onModelGrid(ids, s, Phase.PHASE_2, fx, agg);
        assertEquals((float) ((0.2f + 0.2f) / 4.0), p2.coverFloorFraction()[1]);
        assertEquals((float) (((double) 0.05f + (double) 0.05f) / 4.0), p2.roughnessFloorM()[1]);
        assertFalse(p2.trapMask()[1]);
        Interventions study = PhaseInterventions.onModelGrid(ids, s, Phase.PHASE_3, fx, new BlockAggregator(4, 2, 1));
        assertArrayEquals(new boolean[] {false, false, true, false, false, false, true, false}, study.trapMask());
        assertEquals(0f, study.coverFloorFraction()[7], "unscheduled patch 3: no floor");
    }

    /** Random ids on grids that are not multiples of the block factor, over several strips: same as whole-grid aggregation. */
    @Test
    void equalsAggregatingWholeGridLayers() {
        Random rnd = new Random(11);
        RestorationAction[] actions = RestorationAction.values();
        for (int[] shape : new int[][] {{37, 600, 1}, {37, 600, 2}, {50, 541, 3}, {13, 700, 7}}) {
            int w = shape[0], h = shape[1], k = shape[2];
            List<ScheduledPatch> s = new ArrayList<>();
            for (int id = 1; id <= 40; id++) {
                Phase ph = id % 4 == 0 ? null : Phase.values()[id % 3];
                s.add(scheduled(id, actions[rnd.nextInt(actions.length)], ph));
            }
            int[] ids = new int[w * h];
            for (int i = 0; i < ids.length; i++) ids[i] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(41); // 41: no such patch
            BlockAggregator agg = new BlockAggregator(w, h, k);
            for (Phase p : Phase.values()) {
                Interventions got = PhaseInterventions.onModelGrid(ids, s, p, InterventionEffects.defaults(), agg);
                Interventions want = wholeGrid(ids, s, p, agg);
                String at = w + "x" + h + "/" + k + " " + p;
                assertArrayEquals(want.coverFloorFraction(), got.coverFloorFraction(), at);
                assertArrayEquals(want.roughnessFloorM(), got.roughnessFloorM(), at);
                assertArrayEquals(want.trapMask(), got.trapMask(), at);
            }
        }
    }

    @Test
    void schedulesAnyTellsEmptyPhases() {
        List<ScheduledPatch> s = List.of(scheduled(1, RestorationAction.SHRUB_SALINE, Phase.PHASE_1),
                scheduled(2, RestorationAction.SHRUB_SALINE, null));
        assertTrue(TippingPoints.schedulesAny(s, Phase.PHASE_1));
        assertFalse(TippingPoints.schedulesAny(s, Phase.PHASE_2));
    }

    /** The former way: a whole-grid action-code array, whole-grid layers ({@link InterventionEffects#layers}), then block-aggregated. */
    private static Interventions wholeGrid(int[] ids, List<ScheduledPatch> s, Phase upTo, BlockAggregator agg) {
        int max = 0;
        for (ScheduledPatch x : s) max = Math.max(max, x.patch().id());
        int[] actionOfPatch = new int[max + 1];
        for (ScheduledPatch x : s) {
            if (x.phase().isPresent() && x.phase().get().number() <= upTo.number()) actionOfPatch[x.patch().id()] = x.patch().action().code();
        }
        int[] codes = new int[ids.length];
        for (int i = 0; i < ids.length; i++) codes[i] = ids[i] > 0 && ids[i] <= max ? actionOfPatch[ids[i]] : 0;
        InterventionEffects.Layers l = InterventionEffects.defaults().layers(codes);
        if (agg.factor() == 1) return new Interventions(l.coverFloorFraction(), l.roughnessFloorM(), l.trapMask());
        int mn = agg.modelWidth() * agg.modelHeight(), h = agg.studyHeight();
        float[] c = new float[mn], r = new float[mn];
        boolean[] t = new boolean[mn];
        agg.mean(l.coverFloorFraction(), 0, h, c);
        agg.mean(l.roughnessFloorM(), 0, h, r);
        agg.majority(l.trapMask(), 0, h, t);
        return new Interventions(c, r, t);
    }
}
