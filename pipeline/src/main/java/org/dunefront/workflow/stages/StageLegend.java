package org.dunefront.workflow.stages;

import java.nio.file.Path;
import java.util.List;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
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

    /**
     * The legend of {@code IngestStage.request(ctx)}: the built-in legend unless {@code study.legendFile} names a legend
     * file (not a built-in product, not a mapping file onto the built-in legend). Resolved without the rest of the
     * ingest request: parsing {@code study.crs} there opened the EPSG database (about 2 CPU s per stage).
     */
    static Legend of(RunContext ctx) {
        String f = ctx.config().study().legendFile();
        if (f == null || f.isBlank() || IngestStage.product(f).isPresent()) return LegendFiles.defaultLegend();
        Path file = ctx.resolve(f);
        return IngestStage.isMappingFile(file) ? LegendFiles.defaultLegend() : LegendFiles.load(file);
    }
}
