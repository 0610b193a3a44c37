package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.workflow.StageContext;

/** Study-grid cells inside the AOI: land cover not nodata (ingest sets every layer to nodata outside the AOI). */
final class StudyMask {
    private StudyMask() { }

    static boolean[] inside(StageContext ctx, Path ingest) throws IOException {
        try (RasterSource src = ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER))) {
            RasterBlock b = src.read(0, src.grid().extent());
            boolean[] in = new boolean[b.width() * b.height()];
            for (int r = 0; r < b.height(); r++) {
                for (int c = 0; c < b.width(); c++) in[r * b.width() + c] = !b.isNoData(c, r);
            }
            return in;
        }
    }
}
