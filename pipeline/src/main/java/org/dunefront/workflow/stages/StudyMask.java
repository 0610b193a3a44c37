package org.dunefront.workflow.stages;

import java.io.IOException;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * Study-grid cells inside the AOI: land cover not nodata (ingest sets every layer to nodata outside
 * the AOI). Read one window at a time, so the mask of a large grid is never held whole.
 */
final class StudyMask {
    private StudyMask() { }

    /** Row-major over {@code window}: true inside the AOI. */
    static boolean[] inside(RasterSource landcover, Window window) throws IOException {
        RasterBlock b = landcover.read(0, window);
        boolean[] in = new boolean[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) in[r * b.width() + c] = !b.isNoData(c, r);
        }
        return in;
    }
}
