package org.dunefront.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A patch with the phase it was scheduled in (empty when it did not fit any budget).
 *
 * @param patch the ranked patch
 * @param phase the phase, or empty for an unscheduled candidate
 */
public record ScheduledPatch(PlanPatch patch, Optional<Phase> phase) {
    public ScheduledPatch {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(phase, "phase");
    }

    /** E.g. "Phase 1a — saline-alkali shrubs", or "Unscheduled — saline-alkali shrubs". */
    public String phaseLabel() {
        return phase.map(p -> p.label(patch.action())).orElse("Unscheduled — " + patch.action().phaseNoun());
    }

    /** The action-plan raster code of this patch ({@link PlanLegend#code}). */
    public int rasterCode() {
        return PlanLegend.code(patch.action(), phase);
    }
}
