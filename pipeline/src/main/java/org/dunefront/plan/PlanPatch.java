package org.dunefront.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * One ranked patch with the attributes the plan and its outputs need (the {@code patches} layer fields).
 *
 * @param id                       patch id (1-based, as in the labels raster)
 * @param action                   restoration action
 * @param cellCount                number of cells
 * @param areaHa                   area in hectares
 * @param costCny                  total cost (CNY)
 * @param criteria                 raw criterion values in {@link PatchCriteria#CRITERIA} order (NaN = not applicable)
 * @param score                    weighted score (0..1)
 * @param overallRank              rank over all patches (1 = best)
 * @param actionRank               rank within the action
 * @param sandInterceptedM3PerYr   sand leaving the patch that would otherwise reach assets (m³/yr)
 * @param assetsProtected          the same weighted by asset value and travel (value-weighted m³/yr)
 * @param minDistanceToSettlementM distance from the patch's nearest cell to a settlement (m)
 */
public record PlanPatch(int id, RestorationAction action, long cellCount, double areaHa, double costCny,
                        double[] criteria, double score, int overallRank, int actionRank,
                        double sandInterceptedM3PerYr, double assetsProtected, double minDistanceToSettlementM) {
    public PlanPatch {
        Objects.requireNonNull(action, "action");
        criteria = criteria.clone();
    }

    @Override public double[] criteria() { return criteria.clone(); }

    /** Budget consumed by this patch in the given unit. */
    public double budgetUse(BudgetUnit unit) {
        return unit == BudgetUnit.HECTARES ? areaHa : costCny;
    }

    @Override public boolean equals(Object o) {
        return o instanceof PlanPatch p && p.id == id && p.action == action && p.cellCount == cellCount
                && p.areaHa == areaHa && p.costCny == costCny && Arrays.equals(p.criteria, criteria)
                && p.score == score && p.overallRank == overallRank && p.actionRank == actionRank
                && p.sandInterceptedM3PerYr == sandInterceptedM3PerYr && p.assetsProtected == assetsProtected
                && p.minDistanceToSettlementM == minDistanceToSettlementM;
    }

    @Override public int hashCode() { return id * 31 + overallRank; }

    @Override public String toString() {
        return "PlanPatch[" + id + ", " + action.id() + ", " + areaHa + " ha, rank " + overallRank + ", score " + score + "]";
    }
}
