package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * plan: phases filled budget increment by budget increment with earlier phases locked in.
 * Outputs (read by sweeps, see {@link PlanOutputs}): {@code action_plan.tif} (action code per cell),
 * {@code priorities.csv}; key numbers {@code hectaresPhase1..n}.
 * Seam: needs {@code org.dunefront.plan}.
 */
final class PlanStage extends PendingStage {
    PlanStage() {
        super("plan", List.of("ingest", "rank"), "needs org.dunefront.plan");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("plan", c.plan(), "rank", c.rank());
    }
}
