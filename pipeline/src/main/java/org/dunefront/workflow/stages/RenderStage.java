package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * render: the action-plan map (PNG/PDF), styles, GeoPackage and tables.
 * Seam: {@code org.dunefront.render} has landed; it waits for the plan outputs and the GeoPackage writer.
 */
final class RenderStage extends PendingStage {
    RenderStage() {
        super("render", List.of("ingest", "drift", "plan"), "needs the plan stage outputs and org.dunefront.io.gpkg");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("render", c.render(), "plan", c.plan());
    }
}
