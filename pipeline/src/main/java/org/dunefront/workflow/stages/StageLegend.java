package org.dunefront.workflow.stages;

import java.util.List;
import org.dunefront.legend.Legend;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;

/** The legend whose codes {@code ingest/landcover.tif} holds (the one the ingest stage resolved from {@code study.legendFile}). */
final class StageLegend {
    private StageLegend() { }

    /** {@code study.legendFile} when it names a file (not a built-in product), so that editing it reruns the stage. */
    static List<InputFile> inputs(RunContext ctx) {
        String f = ctx.config().study().legendFile();
        if (IngestStage.product(f).isPresent()) return List.of();
        return ctx.input("study.legendFile", f).map(List::of).orElse(List.of());
    }

    static Legend of(RunContext ctx) {
        return IngestStage.request(ctx).legend();
    }
}
