package org.dunefront.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns ranked patches to the plan's phases under per-phase budgets, one budget increment per phase
 * with earlier phases locked in (the incremental-budget idea of Jung et al. 2021, Nature Ecology &amp;
 * Evolution 5:1499–1509, and prioritizr's {@code eval_rank_importance}; science.md §8).
 *
 * <p><b>Membership (issue 6, science.md §9).</b> Each patch has a designated phase:
 * shrub-saline → Phase 1 (saline-alkali restoration around farmland/wetlands); mixed-planting →
 * Phase 1 when urban-peripheral (within {@link PhaseRules#urbanPeripheryM()} of a settlement), else
 * Phase 2 (remaining shelterbelt optimisation); de-channelization → Phase 1 for the best-ranked
 * urban-peripheral reaches up to {@link PhaseRules#maxPhase1DeChannelizationPilots()} (pilots in urban
 * farmland), else Phase 3 (regional seasonal-river restoration); mountain-barrier → Phase 2;
 * shrub-sand-fixation has none and only fills budgets.
 *
 * <p><b>Filling.</b> For phases 1, 2, 3 in turn: first the unscheduled patches designated for this
 * phase, then every other unscheduled patch whose designated phase is not later (late designated
 * members roll over; sand-fixation patches fill), each group in overall rank order; a patch is taken
 * when it fits the phase's remaining budget and skipped otherwise (first fit in rank order). Patches
 * never move once scheduled. Patches that fit no budget stay unscheduled.
 */
public final class PhaseScheduler {
    private PhaseScheduler() {}

    /** @return scheduled patches in overall rank order */
    public static List<ScheduledPatch> schedule(List<PlanPatch> patches, PhaseRules rules) {
        List<PlanPatch> ranked = new ArrayList<>(patches);
        ranked.sort(Comparator.comparingInt(PlanPatch::overallRank).thenComparingInt(PlanPatch::id));
        Map<Integer, Phase> designated = designate(ranked, rules);
        Map<Integer, Phase> assigned = new java.util.HashMap<>();
        for (Phase phase : Phase.values()) {
            double remaining = rules.budget(phase);
            for (int pass = 0; pass < 2; pass++) {
                for (PlanPatch p : ranked) {
                    if (assigned.containsKey(p.id())) continue;
                    Phase d = designated.get(p.id());
                    boolean eligible = pass == 0 ? d == phase : d == null || d.number() < phase.number();
                    if (!eligible) continue;
                    double use = p.budgetUse(rules.budgetUnit());
                    if (use <= remaining + 1e-9 * Math.max(1, Math.abs(remaining))) {
                        assigned.put(p.id(), phase);
                        remaining -= use;
                    }
                }
            }
        }
        List<ScheduledPatch> out = new ArrayList<>(ranked.size());
        for (PlanPatch p : ranked) out.add(new ScheduledPatch(p, Optional.ofNullable(assigned.get(p.id()))));
        return out;
    }

    /** Designated phase per patch id (absent = budget filler), following the regional plan. */
    static Map<Integer, Phase> designate(List<PlanPatch> ranked, PhaseRules rules) {
        Map<Integer, Phase> d = new java.util.HashMap<>();
        int pilots = 0;
        for (PlanPatch p : ranked) {
            boolean urban = p.minDistanceToSettlementM() <= rules.urbanPeripheryM();
            switch (p.action()) {
                case SHRUB_SALINE -> d.put(p.id(), Phase.PHASE_1);
                case MIXED_PLANTING -> d.put(p.id(), urban ? Phase.PHASE_1 : Phase.PHASE_2);
                case MOUNTAIN_BARRIER -> d.put(p.id(), Phase.PHASE_2);
                case DE_CHANNELIZATION -> {
                    if (urban && pilots < rules.maxPhase1DeChannelizationPilots()) {
                        pilots++;
                        d.put(p.id(), Phase.PHASE_1);
                    } else {
                        d.put(p.id(), Phase.PHASE_3);
                    }
                }
                case SHRUB_SAND_FIXATION -> { }
            }
        }
        return d;
    }

    /** Budget used per phase by a schedule (in the rules' unit). */
    public static Map<Phase, Double> budgetUsed(List<ScheduledPatch> schedule, BudgetUnit unit) {
        Map<Phase, Double> used = new EnumMap<>(Phase.class);
        for (Phase ph : Phase.values()) used.put(ph, 0.0);
        for (ScheduledPatch s : schedule) s.phase().ifPresent(ph -> used.merge(ph, s.patch().budgetUse(unit), Double::sum));
        return used;
    }
}
