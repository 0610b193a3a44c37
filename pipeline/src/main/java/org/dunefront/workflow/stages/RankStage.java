package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * rank: candidate cells per action, patches (minimum mapping unit, 4/8-connectivity) and AHP
 * ranking ({@code plan.RestorationPlanner.rank} with {@link PlanMapping#planParameters}).
 * Outputs (read by {@link PlanStage}): {@link PatchTable#LABELS} (INT32 patch id per cell, 0 = none)
 * and {@link PatchTable#FILE} ({@code PatchTable.write(file, outcome.patches())}).
 * Seam: the algorithms have landed; it waits for the legend (land-cover traits for
 * {@code plan.PlanInputs}) and the ingest/drift outputs (land cover, flux, slope, aspect, rivers).
 */
final class RankStage extends PendingStage {
    RankStage() {
        super("rank", List.of("ingest", "drift", "migrate"), "needs the legend (org.dunefront.legend) and the ingest and drift stages");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("rank", c.rank());
    }
}
