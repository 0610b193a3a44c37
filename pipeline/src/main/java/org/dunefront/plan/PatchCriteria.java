package org.dunefront.plan;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.Criterion;
import org.dunefront.ranking.CriterionWeights;
import org.dunefront.ranking.DistanceField;
import org.dunefront.ranking.DistanceTransform;
import org.dunefront.ranking.PatchProtection;

/**
 * Raw criterion values per patch, in the order of {@link #CRITERIA}:
 * <ol>
 *   <li>{@code protective-value} (benefit): value- and travel-weighted sand the patch intercepts
 *       ({@code PatchInterception});</li>
 *   <li>{@code slope} (cost): mean slope, degrees (cells with no slope data ignored);</li>
 *   <li>{@code distance-to-water} (cost): mean distance to water, wetland or river cells, m;</li>
 *   <li>{@code distance-to-roads} (cost): mean distance to road cells, m; not applicable (NaN) when there
 *       is no road anywhere;</li>
 *   <li>{@code recharge-potential} (benefit, de-channelization only, NaN otherwise): floodplain flatness
 *       max(0, 1 − mean slope / rechargeFlatSlopeDeg) × share of the patch's cells within
 *       rechargeFarmlandAdjacencyM of farmland;</li>
 *   <li>{@code cost-per-ha} (cost): the action's cost per hectare, CNY/ha.</li>
 * </ol>
 */
public final class PatchCriteria {
    /** The criteria in order; weights must be given in this order. */
    public static final List<Criterion> CRITERIA = List.of(Criterion.PROTECTIVE_VALUE, Criterion.SLOPE,
            Criterion.DISTANCE_TO_WATER, Criterion.DISTANCE_TO_ROADS, Criterion.RECHARGE_POTENTIAL,
            Criterion.COST_PER_HA);

    private PatchCriteria() {}

    /** Default direct weights: protective value 0.5, slope 0.1, water 0.1, roads 0.05, recharge 0.1, cost 0.15. */
    public static CriterionWeights defaultWeights() {
        return CriterionWeights.direct(CRITERIA, new double[] {0.5, 0.1, 0.1, 0.05, 0.1, 0.15}, "ranking.weights");
    }

    /**
     * Measured attributes of one patch.
     *
     * @param id                       patch id
     * @param action                   action of the patch
     * @param cellCount                cells
     * @param areaHa                   area (ha)
     * @param costCny                  total cost (CNY)
     * @param raw                      raw criterion values in {@link #CRITERIA} order
     * @param sandInterceptedM3PerYr   sand intercepted (m³/yr)
     * @param assetsProtected          value-weighted sand intercepted
     * @param minDistanceToSettlementM smallest distance of a patch cell to a settlement (m)
     */
    public record Measured(int id, RestorationAction action, long cellCount, double areaHa, double costCny,
                           double[] raw, double sandInterceptedM3PerYr, double assetsProtected,
                           double minDistanceToSettlementM) {
        public Measured {
            raw = raw.clone();
        }

        @Override public double[] raw() { return raw.clone(); }
    }

    /**
     * @param labels     patches (class = action code)
     * @param in         plan inputs
     * @param candidates candidate result (distance layers)
     * @param protection per-patch interception, in id order
     * @param p          parameters (costs, recharge settings)
     * @return one entry per patch in id order
     */
    public static List<Measured> compute(PatchLabels labels, PlanInputs in, CandidateResult candidates,
                                         List<PatchProtection> protection, PlanParameters p) {
        int n = labels.count(), cells = in.cellCount();
        if (protection.size() != n) throw new IllegalArgumentException("protection has " + protection.size() + " patches");
        DistanceField dRoads = roadDistances(in);
        double[] slopeSum = new double[n + 1], waterSum = new double[n + 1], roadSum = new double[n + 1];
        long[] slopeN = new long[n + 1], nearFarm = new long[n + 1];
        double[] minSettle = new double[n + 1];
        java.util.Arrays.fill(minSettle, Double.POSITIVE_INFINITY);
        int[] lab = labels.labelsView();
        for (int i = 0; i < cells; i++) {
            int id = lab[i];
            if (id == 0) continue;
            double s = in.slopeDeg()[i];
            if (!Double.isNaN(s)) { slopeSum[id] += s; slopeN[id]++; }
            waterSum[id] += candidates.waterDistanceAt(i);
            if (dRoads != null) roadSum[id] += dRoads.distanceM(i);
            if (candidates.farmlandDistanceAt(i) <= p.rechargeFarmlandAdjacencyM()) nearFarm[id]++;
            minSettle[id] = Math.min(minSettle[id], candidates.settlementDistanceAt(i));
        }
        double cellAreaM2 = in.grid().cellArea();
        List<Measured> out = new ArrayList<>(n);
        for (int id = 1; id <= n; id++) {
            RestorationAction action = RestorationAction.ofCode(labels.classOf(id))
                    .orElseThrow(() -> new IllegalArgumentException("patch class is not an action code"));
            long count = labels.cellCount(id);
            double areaHa = labels.areaHa(id, cellAreaM2);
            double meanSlope = slopeN[id] > 0 ? slopeSum[id] / slopeN[id] : Double.NaN;
            double recharge = Double.NaN;
            if (action == RestorationAction.DE_CHANNELIZATION) {
                double flat = Double.isNaN(meanSlope) ? 1 : Math.max(0, 1 - meanSlope / p.rechargeFlatSlopeDeg());
                recharge = flat * nearFarm[id] / (double) count;
            }
            double[] raw = {
                protection.get(id - 1).protectiveValue(),
                meanSlope,
                finiteOrNaN(waterSum[id] / count),
                dRoads == null ? Double.NaN : finiteOrNaN(roadSum[id] / count),
                recharge,
                p.costs().perHaCny(action)};
            out.add(new Measured(id, action, count, areaHa, p.costs().costCny(action, areaHa), raw,
                    protection.get(id - 1).sandInterceptedM3PerYr(), protection.get(id - 1).protectiveValue(),
                    minSettle[id]));
        }
        return out;
    }

    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Distances to roads (input layer, else land-cover ROAD cells); null when there is no road anywhere. */
    private static DistanceField roadDistances(PlanInputs in) {
        int n = in.cellCount();
        boolean[] roadClass = new CandidateRules.ClassTable(in.traitsByClass()).road;
        java.util.function.IntPredicate road = i -> (in.roads() != null && in.roads()[i]) || roadClass[in.classAt(i)];
        boolean any = false;
        for (int i = 0; i < n && !any; i++) any = road.test(i);
        if (!any) return null;
        return DistanceTransform.field(road, in.width(), in.height(), in.cellWidthM(), in.cellHeightM());
    }
}
