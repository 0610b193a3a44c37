package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dunefront.legend.Legend;
import org.dunefront.style.RasterStyle;
import org.dunefront.workflow.StageContext;

/**
 * Writes the {@link OutputStyles} style of every GeoTIFF in a stage's folder beside it ({@code x.tif} →
 * {@code x.qml}, loaded by QGIS when it opens the raster, and {@code x.sld}). Text only: the rasters are
 * untouched. A GeoTIFF without a catalog entry is a programming error (a new output needs a style).
 */
final class StageStyles {
    private StageStyles() { }

    /** Styles of every {@code *.tif} now in {@code ctx}'s work folder; the run's legend styles the land cover. */
    static void writeBesideRasters(StageContext ctx) throws IOException {
        List<String> rasters;
        try (Stream<Path> s = Files.list(ctx.workDir())) {
            rasters = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tif")).sorted().toList();
        }
        Legend legend = null;
        for (String name : rasters) {
            OutputStyles.Entry e = OutputStyles.entry(ctx.stage(), name).orElseThrow(() -> new IllegalStateException(
                    "no style for " + ctx.stage() + "/" + name + ": add it to OutputStyles"));
            if (legend == null && name.equals(org.dunefront.ingest.IngestOutputs.LANDCOVER)) legend = StageLegend.of(ctx.run());
            RasterStyle style = e.style().apply(legend);
            String stem = name.substring(0, name.length() - 4);
            Files.writeString(ctx.output(stem + ".qml"), style.qml(), StandardCharsets.UTF_8);
            Files.writeString(ctx.output(stem + ".sld"), style.sld(e.styleName()), StandardCharsets.UTF_8);
        }
    }
}
