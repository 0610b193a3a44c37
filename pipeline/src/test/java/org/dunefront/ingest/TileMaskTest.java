package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * The per-tile AOI mask gives each tile the cells it was given (what the former whole-grid mask raster returned for
 * the tile's window), shares one array between full tiles wholly inside, and refuses windows that are not its tiles.
 */
class TileMaskTest {
    /** A 12 × 7 grid in 4 × 4 tiles: 3 × 2 tiles, the bottom row 3 high. */
    private final TileScheme scheme = new TileScheme(12, 7, 4, 4);

    @Test
    void tilesReturnTheirCellsAndFullInsideTilesShareOneArray() {
        TileMask m = new TileMask(scheme);
        byte[][] given = new byte[scheme.tileCount()][];
        int k = 0;
        for (Window w : scheme.tiles()) {
            byte[] cells = new byte[(int) w.cellCount()];
            Arrays.fill(cells, (byte) 1);
            if (k == 1) cells[5] = 0; // one cell outside the AOI in the second tile
            given[k++] = cells.clone();
            m.put(w, cells);
        }
        k = 0;
        for (Window w : scheme.tiles()) {
            byte[] t = m.tile(w);
            assertArrayEquals(given[k], Arrays.copyOf(t, (int) w.cellCount()), "tile " + w);
            assertTrue(t.length == w.cellCount(), "exactly the tile's cells: " + w);
            k++;
        }
        Window first = scheme.tile(0, 0), second = scheme.tile(1, 0), third = scheme.tile(2, 0), bottom = scheme.tile(0, 1);
        assertSame(m.tile(first), m.tile(third), "full tiles wholly inside share one array");
        assertTrue(!TileMask.inside(m.tile(second), 5) && TileMask.inside(m.tile(second), 4), "the outside cell of tile 2");
        assertTrue(m.tile(first) != m.tile(second), "a tile with an outside cell keeps its own array");
        assertTrue(m.tile(bottom) != m.tile(scheme.tile(1, 1)), "edge tiles (4 × 3) keep their own arrays");
    }

    @Test
    void windowsThatAreNotTilesAreRefused() {
        TileMask m = new TileMask(scheme);
        assertThrows(IllegalArgumentException.class, () -> m.put(new Window(1, 0, 4, 4), new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> m.tile(new Window(0, 0, 3, 4)));
        assertThrows(IllegalStateException.class, () -> m.tile(new Window(0, 0, 4, 4)), "a tile never put");
    }
}
