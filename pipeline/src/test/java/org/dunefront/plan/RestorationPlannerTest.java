package org.dunefront.plan;

import static org.dunefront.plan.TestLandCover.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.ProgressListener;
import org.dunefront.patch.PatchPolygonizer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The rank and plan stages end to end on a small synthetic basin (100 m cells). */
class RestorationPlannerTest {
    private static final int W = 40, H = 20;

    /**
     * Columns 0–3 farmland with a town at rows 8–11; a lake at the top left with saline land around it;
     * a shelterbelt in column 4; degraded sand in columns 5–14; sand sea beyond; hills in columns 30–33 facing
     * west; a channelized seasonal river along row 18 through the farmland. Sand blows west at 3 m³/m/yr.
     */
    static PlanInputs basin() {
        int n = W * H;
        int[] lc = new int[n], rivers = new int[n];
        double[] slope = new double[n], aspect = filled(n, Double.NaN);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                int i = r * W + c;
                int cls;
                if (c < 4) cls = r >= 8 && r < 12 ? TOWN : FARM;
                else if (c == 4) cls = BELT;
                else if (c < 15) cls = DEGRADED_SAND;
                else if (c >= 30 && c < 34) cls = HILL;
                else cls = SAND_SEA;
                if (c >= 5 && c < 8 && r < 3) cls = r == 0 && c == 5 ? LAKE : SALINE_LAND;
                lc[i] = cls;
                if (cls == HILL) { slope[i] = 12; aspect[i] = 90; } // facing east = windward for a west-moving sand
                if (r == 18 && c < 6) rivers[i] = RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED, RiverFlag.SEASONAL);
            }
        }
        return new PlanInputs(grid(W, H), lc, LOOKUP, filled(n, -3), filled(n, 0), slope, aspect, rivers, null);
    }

    @Test
    void rankAndPlanProduceConsistentOutputs() {
        PlanParameters params = PlanParameters.defaults();
        RankingOutcome ranking = RestorationPlanner.rank(basin(), params, ProgressListener.NONE);
        List<PlanPatch> patches = ranking.patches();
        assertFalse(patches.isEmpty());
        Set<RestorationAction> actions = EnumSet.noneOf(RestorationAction.class);
        patches.forEach(p -> actions.add(p.action()));
        // every action appears: the hills (2.7–3.0 km from the town, facing the east wind) are windward barriers
        assertEquals(EnumSet.allOf(RestorationAction.class), actions);
        // ranks 1..n in order, scores non-increasing
        for (int k = 0; k < patches.size(); k++) {
            assertEquals(k + 1, patches.get(k).overallRank());
            if (k > 0) assertTrue(patches.get(k).score() <= patches.get(k - 1).score());
        }
        // the sand-fixation block sits between the sand sea and the farm: it intercepts all of the westward flux
        PlanPatch sand = patches.stream().filter(p -> p.action() == RestorationAction.SHRUB_SAND_FIXATION)
                .findFirst().orElseThrow();
        assertTrue(sand.sandInterceptedM3PerYr() > 0);

        PhaseRules rules = new PhaseRules(BudgetUnit.HECTARES,
                Map.of(Phase.PHASE_1, 30.0, Phase.PHASE_2, 40.0, Phase.PHASE_3, 100.0), 5000, 3);
        RestorationPlan plan = RestorationPlanner.plan(ranking, rules);
        byte[] codes = plan.actionPlanCodes();
        int[] labels = plan.labels().labels();
        Map<Integer, Integer> codeOf = new java.util.HashMap<>();
        plan.schedule().forEach(s -> codeOf.put(s.patch().id(), s.rasterCode()));
        for (int i = 0; i < codes.length; i++) {
            assertEquals(labels[i] == 0 ? 0 : codeOf.get(labels[i]), codes[i] & 0xFF, "cell " + i);
        }
        double ha = plan.schedule().stream().mapToDouble(s -> s.patch().areaHa()).sum();
        PlanSummary s = plan.summary();
        assertEquals(ha, s.scheduledTotal().hectares() + s.unscheduledTotal().hectares(), 1e-9);
        for (Phase ph : Phase.values()) {
            assertTrue(PhaseScheduler.budgetUsed(plan.schedule(), BudgetUnit.HECTARES).get(ph) <= rules.budget(ph) + 1e-9);
        }
        // interventions through phase 3 cover every scheduled cell
        int[] through3 = plan.actionsThroughPhase(Phase.PHASE_3);
        for (int i = 0; i < codes.length; i++) assertEquals((codes[i] & 0xFF) >= 10, through3[i] != 0);

        // the interventions of phases 1..3 as transport-model layers
        InterventionEffects.Layers layers = InterventionEffects.defaults().layers(through3);
        for (int i = 0; i < codes.length; i++) {
            if (through3[i] == 0) {
                assertEquals(0f, layers.coverFloorFraction()[i]);
                assertFalse(layers.trapMask()[i]);
            } else {
                InterventionEffects.ActionEffect e = InterventionEffects.defaults()
                        .of(RestorationAction.ofCode(through3[i]).orElseThrow());
                assertEquals((float) e.coverFraction(), layers.coverFloorFraction()[i]);
                assertEquals((float) e.roughnessM(), layers.roughnessFloorM()[i]);
                assertEquals(e.trapsSand(), layers.trapMask()[i]);
            }
        }

        // polygons are valid and their areas match the patch areas
        List<Geometry> polys = PatchPolygonizer.polygonize(plan.labels(), basin().grid(), new GeometryFactory());
        for (PlanPatch p : patches) {
            Geometry g = polys.get(p.id() - 1);
            assertTrue(g.isValid());
            assertEquals(p.areaHa() * 10_000, g.getArea(), 1e-6);
        }
    }

    @Test
    void sameInputsGiveIdenticalResults() {
        RankingOutcome a = RestorationPlanner.rank(basin(), PlanParameters.defaults(), ProgressListener.NONE);
        RankingOutcome b = RestorationPlanner.rank(basin(), PlanParameters.defaults(), ProgressListener.NONE);
        assertEquals(a.patches(), b.patches());
        assertArrayEquals(RestorationPlanner.plan(a, PhaseRules.defaults()).actionPlanCodes(),
                RestorationPlanner.plan(b, PhaseRules.defaults()).actionPlanCodes());
    }

    @Test
    void progressIsMonotonicReachesOneAndCanCancel() {
        List<Double> seen = new java.util.ArrayList<>();
        RestorationPlanner.rank(basin(), PlanParameters.defaults(), (f, m) -> seen.add(f));
        for (int k = 1; k < seen.size(); k++) assertTrue(seen.get(k) >= seen.get(k - 1));
        assertEquals(1.0, seen.get(seen.size() - 1));
        org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class,
                () -> RestorationPlanner.rank(basin(), PlanParameters.defaults(), (f, m) -> f < 0.5));
    }
}
