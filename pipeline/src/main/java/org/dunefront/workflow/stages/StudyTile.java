package org.dunefront.workflow.stages;

import org.dunefront.grid.Window;
import org.dunefront.wind.DownscaleWeights;
import org.dunefront.wind.WindRegimeGrid;

/**
 * One tile of the drift stage's fused study-grid pass: its window, the bilinear weights from the
 * native wind grid (shared by every downscaled layer of the tile), which cells are inside the AOI,
 * and the downscaled regime already set to NaN outside it.
 */
record StudyTile(Window window, DownscaleWeights weights, boolean[] inside, WindRegimeGrid regime) {

    static void mask(float[] values, boolean[] inside) {
        for (int i = 0; i < values.length; i++) if (!inside[i]) values[i] = Float.NaN;
    }
}
