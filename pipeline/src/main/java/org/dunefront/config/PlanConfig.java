package org.dunefront.config;

import java.util.List;

/** Phased action plan: one budget per phase, filled incrementally (science.md §8–9). */
public record PlanConfig(
        @Param(description = "Budget of each phase (Phase One, Two, Three, ...)", unit = "budget unit",
                min = 0, max = 1.0e13, defaultValue = "[2.0e7, 3.0e7, 5.0e7]") List<Double> budgetPerPhase,
        @Param(description = "Currency or unit of the budgets and costs", defaultValue = "CNY") String budgetUnit) {

    public PlanConfig {
        budgetPerPhase = List.copyOf(budgetPerPhase);
        if (budgetPerPhase.isEmpty() || budgetPerPhase.size() > 9) {
            throw new InvalidParameterException("budgetPerPhase", "expected 1 to 9 phases, got " + budgetPerPhase.size(),
                    "Give one budget per phase, e.g. [2.0e7, 3.0e7, 5.0e7]");
        }
        if (budgetUnit.isBlank()) throw new InvalidParameterException("budgetUnit", "must not be empty", "Use e.g. CNY");
    }

    public int phases() {
        return budgetPerPhase.size();
    }
}
