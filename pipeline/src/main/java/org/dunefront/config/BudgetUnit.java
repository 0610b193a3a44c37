package org.dunefront.config;

/** What a phase budget limits; names match {@code org.dunefront.plan.BudgetUnit}. */
public enum BudgetUnit { HECTARES, COST_CNY }
