package org.dunefront.workflow.stages;

import java.util.Arrays;
import org.dunefront.grid.Window;

/**
 * Bounding box of every patch id (&gt; 0) of a patch-id raster, accumulated strip by strip in row order
 * ({@link #accept}): four ints per id, never a per-cell array. Not thread-safe.
 */
final class PatchBoxes {
    private int[] minC = new int[0], minR = new int[0], maxC = new int[0], maxR = new int[0];
    private int maxId;

    /** Adds the cells of a strip of rows {@code row0 .. row0 + rows - 1} (row-major, {@code width} columns). */
    void accept(int row0, int rows, int[] ids, int width) {
        for (int r = 0; r < rows; r++) {
            int base = r * width, row = row0 + r;
            for (int c = 0; c < width; c++) {
                int id = ids[base + c];
                if (id <= 0) continue;
                if (id >= minC.length) grow(id);
                if (c < minC[id]) minC[id] = c;
                if (c > maxC[id]) maxC[id] = c;
                if (row < minR[id]) minR[id] = row;
                maxR[id] = row;
                if (id > maxId) maxId = id;
            }
        }
    }

    private void grow(int id) {
        int n = Math.max(id + 1, minC.length * 2);
        int old = minC.length;
        minC = Arrays.copyOf(minC, n);
        minR = Arrays.copyOf(minR, n);
        maxC = Arrays.copyOf(maxC, n);
        maxR = Arrays.copyOf(maxR, n);
        Arrays.fill(minC, old, n, Integer.MAX_VALUE);
        Arrays.fill(minR, old, n, Integer.MAX_VALUE);
        Arrays.fill(maxC, old, n, -1);
        Arrays.fill(maxR, old, n, -1);
    }

    /** The largest id seen (0 when none). */
    int maxId() { return maxId; }

    /** Whether {@code id} has at least one cell. */
    boolean has(int id) { return id > 0 && id < maxC.length && maxC[id] >= 0; }

    /** The box of {@code id}'s cells in grid coordinates (only when {@link #has}). */
    Window box(int id) {
        return new Window(minC[id], minR[id], maxC[id] - minC[id] + 1, maxR[id] - minR[id] + 1);
    }
}
