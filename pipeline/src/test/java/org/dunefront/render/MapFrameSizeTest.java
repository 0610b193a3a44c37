package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.junit.jupiter.api.Test;

/** The map frame follows the grid's aspect and stays within {@link ActionPlanMapRenderer#MAX_MAP_PIXELS}. */
class MapFrameSizeTest {
    private static GridGeometry grid(int w, int h) {
        return GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 0, 30, 30, w, h);
    }

    @Test
    void squareGridOfAnySizeAtTheDefaultWidthIsUnchanged() {
        assertArrayEquals(new int[] {1400, 1400}, ActionPlanMapRenderer.mapFrameSize(1400, grid(400, 400)));
        assertArrayEquals(new int[] {1400, 1400}, ActionPlanMapRenderer.mapFrameSize(1400, grid(20000, 20000)));
        assertArrayEquals(new int[] {1400, 700}, ActionPlanMapRenderer.mapFrameSize(1400, grid(20000, 10000)));
        assertArrayEquals(new int[] {1400, 100}, ActionPlanMapRenderer.mapFrameSize(1400, grid(20000, 10)), "at least 100 px high");
    }

    @Test
    void largeOrTallFramesShrinkToTheBudgetKeepingTheAspect() {
        // 20000 px wide on a square grid: 4.0e8 px → 4096 × 4096
        assertArrayEquals(new int[] {4096, 4096}, ActionPlanMapRenderer.mapFrameSize(20000, grid(20000, 20000)));
        // a 100 × 20000 strip at 1400 px: 1400 × 280000 → shrunk by sqrt(16777216 / 3.92e8) = 0.2069 → 289 × 57926
        int[] tall = ActionPlanMapRenderer.mapFrameSize(1400, grid(100, 20000));
        assertTrue((long) tall[0] * tall[1] <= ActionPlanMapRenderer.MAX_MAP_PIXELS);
        assertArrayEquals(new int[] {289, 57926}, tall);
    }
}
