package org.dunefront.plan;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.patch.PatchLabels;
import org.dunefront.ranking.Criterion;
import org.dunefront.ranking.CriterionWeights;
import org.dunefront.ranking.DistanceField;
import org.dunefront.ranking.DistanceStrips;
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
        in.loadRows(0, in.height());
        DistanceField dRoads = roadDistances(in);
        Sums sums = new Sums(n, in, labels.labelsView(), p);
        int[] lab = labels.labelsView();
        for (int i = 0; i < cells; i++) {
            if (lab[i] == 0) continue;
            sums.add(i, candidates.waterDistanceAt(i), dRoads == null ? 0 : dRoads.distanceM(i),
                    candidates.farmlandDistanceAt(i), candidates.settlementDistanceAt(i));
        }
        return sums.measured(labels, in, protection, p, dRoads != null);
    }

    /**
     * The same values as {@link #compute}, with the four distance layers (water, roads, farmland,
     * settlements) streamed strip by strip ({@link DistanceStrips}) instead of taken from whole-grid
     * fields: cells are still visited in row-major order, so every sum adds the same terms in the same
     * order and the results are identical for any strip height. The distances and the slope are computed
     * and loaded for strips with patch cells only.
     *
     * @param stripRows rows per strip (≥ 1)
     */
    public static List<Measured> computeInStrips(PatchLabels labels, PlanInputs in, List<PatchProtection> protection,
                                                 PlanParameters p, int stripRows) {
        int n = labels.count(), w = in.width(), h = in.height();
        if (protection.size() != n) throw new IllegalArgumentException("protection has " + protection.size() + " patches");
        double dx = in.cellWidthM(), dy = in.cellHeightM();
        CandidateRules.ClassTable t = new CandidateRules.ClassTable(in.traitsByClass());
        java.util.function.IntPredicate road = roadPredicate(in);
        boolean anyRoad = false;
        for (int i = 0; i < in.cellCount() && !anyRoad; i++) anyRoad = road.test(i);
        DistanceStrips dWater = DistanceStrips.of(
                i -> t.open[in.classAt(i)] || RiverFlag.RIVER.in(in.riverAt(i)), w, h, dx, dy, stripRows);
        DistanceStrips dRoads = anyRoad ? DistanceStrips.of(road, w, h, dx, dy, stripRows) : null;
        DistanceStrips dFarmland = DistanceStrips.ofClasses(in.landCover(), t.farmland, w, h, dx, dy, stripRows);
        DistanceStrips dSettlement = DistanceStrips.ofClasses(in.landCover(), t.settlement, w, h, dx, dy, stripRows);
        Sums sums = new Sums(n, in, labels.labelsView(), p);
        int[] lab = labels.labelsView();
        int stripHeight = Math.min(stripRows, h);
        for (int r0 = 0; r0 < h; r0 += stripHeight) {
            int start = r0 * w, end = Math.min(h, r0 + stripHeight) * w;
            // strips without patch cells: no distance or slope is read, so none is computed or decoded
            boolean patches = anyLabel(lab, start, end);
            dWater.next(patches);
            if (dRoads != null) dRoads.next(patches);
            dFarmland.next(patches);
            dSettlement.next(patches);
            if (!patches) continue;
            in.slopeDeg().load(r0, dWater.rows());
            for (int i = start; i < end; i++) {
                if (lab[i] == 0) continue;
                sums.add(i, dWater.distanceM(i), dRoads == null ? 0 : dRoads.distanceM(i), dFarmland.distanceM(i),
                        dSettlement.distanceM(i));
            }
        }
        return sums.measured(labels, in, protection, p, dRoads != null);
    }

    private static boolean anyLabel(int[] lab, int from, int to) {
        for (int i = from; i < to; i++) if (lab[i] != 0) return true;
        return false;
    }

    /** Per-patch running sums of the criteria, added cell by cell in row-major order. */
    private static final class Sums {
        final double[] slopeSum, waterSum, roadSum, minSettle;
        final long[] slopeN, nearFarm;
        final PlanInputs in;
        final int[] lab;
        final double nearFarmM;

        Sums(int n, PlanInputs in, int[] lab, PlanParameters p) {
            slopeSum = new double[n + 1];
            waterSum = new double[n + 1];
            roadSum = new double[n + 1];
            slopeN = new long[n + 1];
            nearFarm = new long[n + 1];
            minSettle = new double[n + 1];
            java.util.Arrays.fill(minSettle, Double.POSITIVE_INFINITY);
            this.in = in;
            this.lab = lab;
            this.nearFarmM = p.rechargeFarmlandAdjacencyM();
        }

        void add(int i, double waterM, double roadM, double farmlandM, double settlementM) {
            int id = lab[i];
            if (id == 0) return;
            double s = in.slopeDeg().at(i);
            if (!Double.isNaN(s)) { slopeSum[id] += s; slopeN[id]++; }
            waterSum[id] += waterM;
            roadSum[id] += roadM;
            if (farmlandM <= nearFarmM) nearFarm[id]++;
            minSettle[id] = Math.min(minSettle[id], settlementM);
        }

        List<Measured> measured(PatchLabels labels, PlanInputs in, List<PatchProtection> protection, PlanParameters p,
                                boolean roads) {
            int n = labels.count();
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
                    roads ? finiteOrNaN(roadSum[id] / count) : Double.NaN,
                    recharge,
                    p.costs().perHaCny(action)};
                out.add(new Measured(id, action, count, areaHa, p.costs().costCny(action, areaHa), raw,
                        protection.get(id - 1).sandInterceptedM3PerYr(), protection.get(id - 1).protectiveValue(),
                        minSettle[id]));
            }
            return out;
        }
    }

    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Distances to roads (input layer, else land-cover ROAD cells); null when there is no road anywhere. */
    private static DistanceField roadDistances(PlanInputs in) {
        int n = in.cellCount();
        java.util.function.IntPredicate road = roadPredicate(in);
        boolean any = false;
        for (int i = 0; i < n && !any; i++) any = road.test(i);
        if (!any) return null;
        return DistanceTransform.field(road, in.width(), in.height(), in.cellWidthM(), in.cellHeightM());
    }

    /** Road cells: the input road layer, else land-cover ROAD classes. */
    private static java.util.function.IntPredicate roadPredicate(PlanInputs in) {
        boolean[] roadClass = new CandidateRules.ClassTable(in.traitsByClass()).road;
        return i -> (in.roads() != null && in.roads()[i]) || roadClass[in.classAt(i)];
    }
}
