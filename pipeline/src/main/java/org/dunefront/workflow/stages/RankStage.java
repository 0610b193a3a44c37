package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * rank: candidate cells per action, patches (minimum mapping unit, 4/8-connectivity) and AHP
 * ranking. Outputs: {@code patches.tif} (patch id per cell), {@code patches.csv}.
 * Seam: needs {@code org.dunefront.patch} and {@code org.dunefront.ranking}.
 */
final class RankStage extends PendingStage {
    RankStage() {
        super("rank", List.of("ingest", "drift", "migrate"), "needs org.dunefront.patch and org.dunefront.ranking");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("rank", c.rank());
    }
}
