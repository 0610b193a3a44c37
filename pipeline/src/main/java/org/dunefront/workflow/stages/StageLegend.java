package org.dunefront.workflow.stages;

import org.dunefront.legend.Legend;
import org.dunefront.workflow.RunContext;

/** The legend whose codes {@code ingest/landcover.tif} holds (the one the ingest stage resolved from {@code study.legendFile}). */
final class StageLegend {
    private StageLegend() { }

    static Legend of(RunContext ctx) {
        return IngestStage.request(ctx).legend();
    }
}
