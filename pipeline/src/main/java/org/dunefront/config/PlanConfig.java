package org.dunefront.config;

import java.util.List;

/**
 * Phased action plan: one budget per phase of the regional plan, filled incrementally with
 * earlier phases locked in (science.md §8–9). Maps onto {@code plan.PhaseRules}.
 */
public record PlanConfig(
        @Param(description = "What the budgets limit: total area (HECTARES) or total cost (COST_CNY)",
                defaultValue = "HECTARES") BudgetUnit budgetUnit,
        @Param(description = "Budget of Phase 1, 2 and 3, in budgetUnit (ha or CNY); not cumulative",
                unit = "ha or CNY", min = 0, max = 1.0e13, defaultValue = "[2000, 3000, 5000]") List<Double> budgetPerPhase,
        @Param(description = "Mixed-planting / de-channelization patches within this distance of a settlement are urban-peripheral",
                unit = "m", min = 0, max = 1.0e6, defaultValue = "5000") double urbanPeripheryM,
        @Param(description = "At most this many de-channelization pilots in Phase 1 (best ranked first)",
                min = 0, max = 1000, defaultValue = "3") int maxPhase1DeChannelizationPilots) {

    /** Number of phases of the regional plan. */
    public static final int PHASES = 3;

    public PlanConfig {
        budgetPerPhase = List.copyOf(budgetPerPhase);
        if (budgetPerPhase.size() != PHASES) {
            throw new InvalidParameterException("budgetPerPhase", "expected " + PHASES + " budgets (Phase 1, 2, 3), got "
                    + budgetPerPhase.size(), "Give one budget per phase, e.g. [2000, 3000, 5000], or set one with "
                    + "--set plan.budgetPerPhase[0]=1500");
        }
    }
}
