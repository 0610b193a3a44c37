package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * migrate: mass-conserving sand transport over the horizon, desert-front advance and first
 * arrival at assets. Outputs: {@code sand_thickness.tif}, {@code arrival_year.tif},
 * {@code front_advance.tif}; key numbers {@code sandReachingAssetsM3}, {@code medianFrontAdvanceM}.
 * Seam: needs {@code org.dunefront.transport}.
 */
final class MigrateStage extends PendingStage {
    MigrateStage() {
        super("migrate", List.of("ingest", "drift"), "needs org.dunefront.transport");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("migrate", c.migrate(), "drift", c.drift());
    }
}
