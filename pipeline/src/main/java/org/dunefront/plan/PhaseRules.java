package org.dunefront.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Phase membership and budgets ({@link PhaseScheduler}).
 *
 * @param budgetUnit                      what the budgets limit
 * @param budgets                         budget of each phase (in {@code budgetUnit}; finite, ≥ 0); not cumulative
 * @param urbanPeripheryM                 a mixed-planting or de-channelization patch is "urban-peripheral" when some
 *                                        cell lies within this distance of a settlement (m)
 * @param maxPhase1DeChannelizationPilots at most this many de-channelization pilots in Phase 1 (best ranked first)
 */
public record PhaseRules(BudgetUnit budgetUnit, Map<Phase, Double> budgets, double urbanPeripheryM,
                         int maxPhase1DeChannelizationPilots) {
    public PhaseRules {
        Objects.requireNonNull(budgetUnit, "budgetUnit");
        EnumMap<Phase, Double> m = new EnumMap<>(Phase.class);
        for (Phase ph : Phase.values()) {
            Double b = budgets.get(ph);
            if (b == null || !(b >= 0) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("budget of " + ph + " must be a finite number ≥ 0, got " + b);
            }
            m.put(ph, b);
        }
        budgets = java.util.Collections.unmodifiableMap(m);
        if (!(urbanPeripheryM >= 0) || !Double.isFinite(urbanPeripheryM)) {
            throw new IllegalArgumentException("urbanPeripheryM must be finite and ≥ 0");
        }
        if (maxPhase1DeChannelizationPilots < 0) throw new IllegalArgumentException("maxPhase1DeChannelizationPilots < 0");
    }

    /** Defaults: 2 000 / 3 000 / 5 000 ha for phases 1–3, urban periphery 5 km, 3 de-channelization pilots. */
    public static PhaseRules defaults() {
        return new PhaseRules(BudgetUnit.HECTARES,
                Map.of(Phase.PHASE_1, 2000.0, Phase.PHASE_2, 3000.0, Phase.PHASE_3, 5000.0), 5000, 3);
    }

    public double budget(Phase p) { return budgets.get(p); }
}
