package org.dunefront.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dunefront.patch.PatchLabels;

/**
 * Result of the {@code plan} stage: the schedule, the action-plan raster codes and the summary.
 *
 * @param labels   the patches (same as the ranking's)
 * @param schedule every ranked patch with its phase, in overall rank order
 * @param summary  phase × action aggregation
 * @param rules    the phase rules used
 */
public record RestorationPlan(PatchLabels labels, List<ScheduledPatch> schedule, PlanSummary summary, PhaseRules rules) {
    public RestorationPlan {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rules, "rules");
        schedule = List.copyOf(schedule);
    }

    /**
     * The uint8 action-plan raster (row-major): {@link PlanLegend} codes per cell. Write with
     * {@code PlanLegend.palette()} and {@code PlanLegend.categoryNames()}.
     */
    public byte[] actionPlanCodes() {
        int[] codeOfPatch = new int[labels.count() + 1];
        for (ScheduledPatch s : schedule) codeOfPatch[s.patch().id()] = s.rasterCode();
        int[] lab = labels.labels();
        byte[] out = new byte[lab.length];
        for (int i = 0; i < lab.length; i++) out[i] = (byte) codeOfPatch[lab[i]];
        return out;
    }

    /**
     * Per-cell action codes ({@link RestorationAction#code()}, 0 = none) of the patches scheduled in
     * phases 1..{@code upTo}: the interventions to apply when re-running the transport model for that
     * phase's tipping-point indicators.
     */
    public int[] actionsThroughPhase(Phase upTo) {
        int[] actionOfPatch = new int[labels.count() + 1];
        for (ScheduledPatch s : schedule) {
            Optional<Phase> ph = s.phase();
            if (ph.isPresent() && ph.get().number() <= upTo.number()) actionOfPatch[s.patch().id()] = s.patch().action().code();
        }
        int[] lab = labels.labels();
        int[] out = new int[lab.length];
        for (int i = 0; i < lab.length; i++) out[i] = actionOfPatch[lab[i]];
        return out;
    }
}
