package org.dunefront.workflow.stages;

/**
 * File names of the plan stage's outputs that sweeps read: the per-patch table and the action map.
 * {@value #PRIORITIES_CSV} has the header {@value #PRIORITIES_HEADER} (one row per selected or
 * candidate patch; phase 0 = not selected); {@value #ACTION_MAP} holds the action code per cell
 * (0 = no action) with category names in the band metadata. Numbers in the plan tables are rounded per unit
 * ({@link TableNumbers}: ha 2 decimals, CNY whole, m³/yr 1 decimal, scores 4 decimals).
 */
public final class PlanOutputs {
    private PlanOutputs() { }

    public static final String PRIORITIES_CSV = "priorities.csv";
    public static final String PRIORITIES_HEADER = "patch_id,rank,phase,action,area_ha";
    public static final String ACTION_MAP = "action_plan.tif";
}
