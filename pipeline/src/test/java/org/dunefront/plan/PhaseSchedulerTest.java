package org.dunefront.plan;

import static org.dunefront.plan.RestorationAction.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseSchedulerTest {

    static PlanPatch patch(int rank, int id, RestorationAction a, double ha, double distSettlementM) {
        double cost = ActionCosts.defaults().costCny(a, ha);
        return new PlanPatch(id, a, Math.round(ha), ha, cost, new double[6], 1.0 - rank / 100.0, rank, 1,
                10.0 * id, 3.0 * id, distSettlementM);
    }

    /** Nine ranked patches; see {@link #hectareBudgetsFillPhasesInRankOrderWithEarlierPhasesLocked()}. */
    static List<PlanPatch> patches() {
        List<PlanPatch> ps = new ArrayList<>(List.of(
                patch(1, 1, SHRUB_SAND_FIXATION, 6, 20_000),
                patch(2, 2, SHRUB_SALINE, 5, 20_000),
                patch(3, 3, MIXED_PLANTING, 4, 1000),
                patch(4, 4, DE_CHANNELIZATION, 3, 500),
                patch(5, 5, DE_CHANNELIZATION, 2, 800),
                patch(6, 6, MOUNTAIN_BARRIER, 4, 2000),
                patch(7, 7, MIXED_PLANTING, 5, 9000),
                patch(8, 8, SHRUB_SALINE, 3, 20_000),
                patch(9, 9, SHRUB_SAND_FIXATION, 1, 20_000)));
        java.util.Collections.reverse(ps); // input order must not matter
        return ps;
    }

    /**
     * Budgets 10 ha per phase, one de-channelization pilot. Designated: 2, 3 (urban), 4 (first urban reach),
     * 8 → Phase 1; 6, 7 (not urban) → Phase 2; 5 (second urban reach) → Phase 3; 1, 9 fill.
     * Phase 1: 2 (5 ha, 5 left), 3 (4, 1 left), 4 and 8 do not fit; fillers: 1 (6) no, 9 (1) yes → {2, 3, 9}.
     * Phase 2: 6 (4, 6 left), 7 (5, 1 left); rolled-over 4, 8 and filler 1 do not fit → {6, 7}.
     * Phase 3: 5 (2, 8 left); then 1 (6, 2 left); 4 and 8 (3 ha) do not fit → {5, 1}; 4 and 8 stay unscheduled.
     */
    @Test
    void hectareBudgetsFillPhasesInRankOrderWithEarlierPhasesLocked() {
        PhaseRules rules = new PhaseRules(BudgetUnit.HECTARES,
                Map.of(Phase.PHASE_1, 10.0, Phase.PHASE_2, 10.0, Phase.PHASE_3, 10.0), 5000, 1);
        List<ScheduledPatch> s = PhaseScheduler.schedule(patches(), rules);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), s.stream().map(x -> x.patch().id()).toList());
        assertEquals(List.of(p(3), p(1), p(1), none(), p(3), p(2), p(2), none(), p(1)),
                s.stream().map(ScheduledPatch::phase).toList());
        Map<Phase, Double> used = PhaseScheduler.budgetUsed(s, BudgetUnit.HECTARES);
        assertEquals(10.0, used.get(Phase.PHASE_1), 1e-12);
        assertEquals(9.0, used.get(Phase.PHASE_2), 1e-12);
        assertEquals(8.0, used.get(Phase.PHASE_3), 1e-12);
        assertEquals("Phase 1a — saline-alkali shrubs", s.get(1).phaseLabel());
        assertEquals("Phase 3b — sand-fixing shrubs", s.get(0).phaseLabel());
        assertEquals("Unscheduled — seasonal-river de-channelization", s.get(3).phaseLabel());
        assertEquals(31, s.get(0).rasterCode());
        assertEquals(5, s.get(3).rasterCode());
    }

    @Test
    void costBudgetsUseCostInsteadOfArea() {
        // 100 000 CNY in Phase 1 only: saline 2 (75 000) fits, mixed 3 (80 000) does not; filler 9 (12 000) fits
        PhaseRules rules = new PhaseRules(BudgetUnit.COST_CNY,
                Map.of(Phase.PHASE_1, 100_000.0, Phase.PHASE_2, 0.0, Phase.PHASE_3, 0.0), 5000, 1);
        List<ScheduledPatch> s = PhaseScheduler.schedule(patches(), rules);
        List<Integer> phase1 = s.stream().filter(x -> x.phase().isPresent()).map(x -> x.patch().id()).toList();
        assertEquals(List.of(2, 9), phase1);
    }

    @Test
    void summaryTotalsEqualPerPatchSums() {
        PhaseRules rules = new PhaseRules(BudgetUnit.HECTARES,
                Map.of(Phase.PHASE_1, 10.0, Phase.PHASE_2, 10.0, Phase.PHASE_3, 10.0), 5000, 1);
        List<ScheduledPatch> s = PhaseScheduler.schedule(patches(), rules);
        PlanSummary sum = PlanSummary.of(s);
        double ha = 0, cost = 0, sand = 0, assets = 0;
        int n = 0;
        for (ScheduledPatch x : s) {
            if (x.phase().isEmpty()) continue;
            n++;
            ha += x.patch().areaHa();
            cost += x.patch().costCny();
            sand += x.patch().sandInterceptedM3PerYr();
            assets += x.patch().assetsProtected();
        }
        assertEquals(7, n);
        assertEquals(n, sum.scheduledTotal().patches());
        assertEquals(ha, sum.scheduledTotal().hectares(), 1e-9);
        assertEquals(27, sum.scheduledTotal().hectares(), 1e-9);
        assertEquals(cost, sum.scheduledTotal().costCny(), 1e-6);
        assertEquals(sand, sum.scheduledTotal().sandInterceptedM3PerYr(), 1e-9);
        assertEquals(assets, sum.scheduledTotal().assetsProtected(), 1e-9);
        // rows add up to the totals too, and each row is its own per-patch sum
        double rowsHa = sum.rows().stream().mapToDouble(PlanSummary.Row::hectares).sum();
        assertEquals(ha + sum.unscheduledTotal().hectares(), rowsHa, 1e-9);
        assertEquals(6, sum.unscheduledTotal().hectares(), 1e-12); // patches 4 and 8
        PlanSummary.Row first = sum.rows().get(0);
        assertEquals(Optional.of(Phase.PHASE_1), first.phase());
        assertEquals(SHRUB_SAND_FIXATION, first.action());
        assertEquals(1, first.patches());
        assertEquals(90, first.sandInterceptedM3PerYr(), 1e-12); // patch 9: 10 · 9
        // sand: phase 1 = 20 + 30 + 90, phase 2 = 60 + 70, phase 3 = 50 + 10
        assertEquals(140, sum.phaseTotal(Phase.PHASE_1).sandInterceptedM3PerYr(), 1e-12);
        assertEquals(270, sum.cumulativeSandInterceptedM3PerYr(Phase.PHASE_2), 1e-12);
        assertEquals(330, sum.cumulativeSandInterceptedM3PerYr(Phase.PHASE_3), 1e-12);
    }

    @Test
    void attributeRowsFollowTheFieldList() {
        PhaseRules rules = new PhaseRules(BudgetUnit.HECTARES,
                Map.of(Phase.PHASE_1, 10.0, Phase.PHASE_2, 10.0, Phase.PHASE_3, 10.0), 5000, 1);
        List<ScheduledPatch> s = PhaseScheduler.schedule(patches(), rules);
        List<PatchAttributes.Field> fields = PatchAttributes.fields();
        assertEquals(List.of("id", "action", "phase", "phase_label", "plan_code", "rank", "action_rank", "score",
                "protective_value", "slope", "distance_to_water", "distance_to_roads", "recharge_potential",
                "cost_per_ha", "area_ha", "cost_cny", "sand_intercepted_m3_per_yr", "assets_protected"),
                fields.stream().map(PatchAttributes.Field::name).toList());
        List<Object> second = PatchAttributes.values(s.get(1));
        assertEquals(fields.size(), second.size());
        assertEquals(2, second.get(0));
        assertEquals("shrub-saline", second.get(1));
        assertEquals(1, second.get(2));
        assertEquals("Phase 1a — saline-alkali shrubs", second.get(3));
        assertEquals(12, second.get(4));
        assertEquals(5.0, second.get(14));
        assertEquals(75_000.0, second.get(15));
        assertEquals(null, PatchAttributes.values(s.get(3)).get(2)); // unscheduled
    }

    private static Optional<Phase> p(int n) { return Optional.of(Phase.values()[n - 1]); }

    private static Optional<Phase> none() { return Optional.empty(); }
}
