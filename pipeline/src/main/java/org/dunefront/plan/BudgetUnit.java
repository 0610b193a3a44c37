package org.dunefront.plan;

/** What a phase budget limits. */
public enum BudgetUnit {
    /** Total patch area in hectares. */
    HECTARES,
    /** Total cost in CNY. */
    COST_CNY
}
