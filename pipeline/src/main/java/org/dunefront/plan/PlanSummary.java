package org.dunefront.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phase × action aggregation of a schedule ({@code summary.csv}): patches, hectares, cost, sand
 * intercepted and assets protected. Rows appear for every combination with at least one patch, phases
 * 1..3 then unscheduled, actions by code. Every total is the plain sum of the per-patch values, added
 * in overall rank order, so totals equal the sums over {@code patches.gpkg}.
 */
public final class PlanSummary {

    /**
     * One row.
     *
     * @param phase                  phase, empty for unscheduled candidates (or for a total row)
     * @param action                 action, null for total rows
     * @param patches                number of patches
     * @param hectares               total area (ha)
     * @param costCny                total cost (CNY)
     * @param sandInterceptedM3PerYr total sand intercepted (m³/yr)
     * @param assetsProtected        total value-weighted sand intercepted
     */
    public record Row(Optional<Phase> phase, RestorationAction action, int patches, double hectares, double costCny,
                      double sandInterceptedM3PerYr, double assetsProtected) {
        Row plus(PlanPatch p) {
            return new Row(phase, action, patches + 1, hectares + p.areaHa(), costCny + p.costCny(),
                    sandInterceptedM3PerYr + p.sandInterceptedM3PerYr(), assetsProtected + p.assetsProtected());
        }
    }

    private final List<Row> rows;
    private final Map<Phase, Row> phaseTotals;
    private final Row scheduledTotal;
    private final Row unscheduledTotal;

    private PlanSummary(List<Row> rows, Map<Phase, Row> phaseTotals, Row scheduledTotal, Row unscheduledTotal) {
        this.rows = rows;
        this.phaseTotals = phaseTotals;
        this.scheduledTotal = scheduledTotal;
        this.unscheduledTotal = unscheduledTotal;
    }

    public static PlanSummary of(List<ScheduledPatch> schedule) {
        Map<String, Row> byKey = new java.util.TreeMap<>();
        Map<Phase, Row> phaseTotals = new LinkedHashMap<>();
        for (Phase ph : Phase.values()) phaseTotals.put(ph, empty(Optional.of(ph), null));
        Row scheduled = empty(Optional.empty(), null), unscheduled = empty(Optional.empty(), null);
        List<ScheduledPatch> ordered = new ArrayList<>(schedule);
        ordered.sort(java.util.Comparator.comparingInt((ScheduledPatch s) -> s.patch().overallRank())
                .thenComparingInt(s -> s.patch().id()));
        for (ScheduledPatch s : ordered) {
            PlanPatch p = s.patch();
            String key = s.phase().map(Phase::number).orElse(9) + "/" + p.action().code();
            byKey.computeIfAbsent(key, k -> empty(s.phase(), p.action()));
            byKey.put(key, byKey.get(key).plus(p));
            if (s.phase().isPresent()) {
                phaseTotals.put(s.phase().get(), phaseTotals.get(s.phase().get()).plus(p));
                scheduled = scheduled.plus(p);
            } else {
                unscheduled = unscheduled.plus(p);
            }
        }
        return new PlanSummary(List.copyOf(byKey.values()), Collections.unmodifiableMap(phaseTotals),
                scheduled, unscheduled);
    }

    private static Row empty(Optional<Phase> ph, RestorationAction a) {
        return new Row(ph, a, 0, 0, 0, 0, 0);
    }

    /** Phase × action rows (phases 1..3, then unscheduled; actions by code). */
    public List<Row> rows() { return rows; }

    /** Total of one phase over all actions. */
    public Row phaseTotal(Phase p) { return phaseTotals.get(p); }

    /** Total over all scheduled patches. */
    public Row scheduledTotal() { return scheduledTotal; }

    /** Total over the candidates no budget could take. */
    public Row unscheduledTotal() { return unscheduledTotal; }

    /** Sand intercepted by the patches of phases 1..{@code upTo} together (m³/yr). */
    public double cumulativeSandInterceptedM3PerYr(Phase upTo) {
        double s = 0;
        for (Phase p : Phase.values()) if (p.number() <= upTo.number()) s += phaseTotals.get(p).sandInterceptedM3PerYr();
        return s;
    }
}
