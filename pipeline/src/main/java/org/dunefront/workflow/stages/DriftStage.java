package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * drift: drift potential (Fryberger &amp; Dean 1979), resultant direction, shear velocity and
 * potential sand flux per cell, with vegetation and terrain shelter.
 * Outputs: {@code drift_potential.tif}, {@code resultant_direction.tif}, {@code flux_capacity.tif}.
 * Seam: needs {@code org.dunefront.wind}, {@code org.dunefront.terrain}, {@code org.dunefront.transport}.
 */
final class DriftStage extends PendingStage {
    DriftStage() {
        super("drift", List.of("ingest"), "needs org.dunefront.wind, org.dunefront.terrain and org.dunefront.transport");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("drift", c.drift());
    }
}
