package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dunefront.grid.Window;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.junit.jupiter.api.Test;

/** Asset burning on hand-computed 10 × 10 grids (pixel coordinates, 10 m cells). */
class AssetShapesTest {
    static final Legend LEGEND = LegendFiles.defaultLegend();
    static final byte ROAD = 11, SETTLEMENT = 8, INDUSTRIAL = 9, SOLAR = 10;
    static final Window GRID = new Window(0, 0, 10, 10);

    static AssetShapes.ClassShapes lines(String id, double[]... paths) {
        return new AssetShapes.ClassShapes(LEGEND.require(id), paths.length, List.of(paths), List.of());
    }

    static AssetShapes.ClassShapes polygon(String id, double[] ring) {
        return new AssetShapes.ClassShapes(LEGEND.require(id), 1, List.of(), List.of(List.of(ring)));
    }

    static byte[] burn(AssetShapes s, Window w) {
        byte[] out = new byte[(int) w.cellCount()];
        s.burn(w, out);
        return out;
    }

    /** A 10 × 10 grid with {@code code} in the columns listed for each row ({@code rows[r]}; null = none). */
    static byte[] cells(byte code, int[]... rows) {
        byte[] out = new byte[100];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) continue;
            for (int c : rows[r]) out[r * 10 + c] = code;
        }
        return out;
    }

    /**
     * The line y = 2.2 + 0.5 x from (0, 2.2) to (10, 7.2). Width 0: the cells it crosses, per column c the rows of
     * y in [2.2 + 0.5c, 2.7 + 0.5c] — 15 cells. Width 20 m (half 10 m = 1 cell): also the centres with
     * |0.5(c+0.5) − (r+0.5) + 2.2| / √1.25 ≤ 1, i.e. 0.5c + 0.832 ≤ r ≤ 0.5c + 3.068 — 25 cells in all.
     */
    @Test
    void diagonalLineBurnsTheCrossedCellsPlusTheCentresWithinHalfTheWidth() {
        double[] line = {0, 2.2, 10, 7.2};
        byte[] thin = burn(AssetShapes.of(List.of(lines("road", line)), 0, 10, 10), GRID);
        // column → rows: 0:{2} 1:{2,3} 2:{3} 3:{3,4} 4:{4} 5:{4,5} 6:{5} 7:{5,6} 8:{6} 9:{6,7}
        byte[] expectedThin = cells(ROAD, null, null, new int[] {0, 1}, new int[] {1, 2, 3}, new int[] {3, 4, 5},
                new int[] {5, 6, 7}, new int[] {7, 8, 9}, new int[] {9}, null, null);
        assertArrayEquals(expectedThin, thin);
        assertEquals(15, count(thin));

        byte[] wide = burn(AssetShapes.of(List.of(lines("road", line)), 20, 10, 10), GRID);
        // column → rows: 0:{1,2,3} 1:{2,3} 2:{2,3,4} 3:{3,4} 4:{3,4,5} 5:{4,5} 6:{4,5,6} 7:{5,6} 8:{5,6,7} 9:{6,7}
        byte[] expectedWide = cells(ROAD, null, new int[] {0}, new int[] {0, 1, 2}, new int[] {0, 1, 2, 3, 4},
                new int[] {2, 3, 4, 5, 6}, new int[] {4, 5, 6, 7, 8}, new int[] {6, 7, 8, 9}, new int[] {8, 9}, null, null);
        assertArrayEquals(expectedWide, wide);
        assertEquals(25, count(wide));
    }

    /**
     * A horizontal segment through the centres of row 4 from x 1.5 to 7.5, 20 m wide on 10 m cells: rows 3 and 5 for
     * columns 1–7, and the round caps reach the centres (0.5, 4.5) and (8.5, 4.5), exactly 10 m from the ends.
     */
    @Test
    void lineWidthHasRoundCapsAndCountsInMetres() {
        double[] line = {1.5, 4.5, 7.5, 4.5};
        byte[] out = burn(AssetShapes.of(List.of(lines("road", line)), 20, 10, 10), GRID);
        int[] middle = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(cells(ROAD, null, null, null, middle, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, middle), out);
        // 22 m on 20 m × 5 m cells (half width 11 m): rows 2–6 (centres 10 m away at most), no cap column (20 m away)
        byte[] aniso = burn(AssetShapes.of(List.of(lines("road", line)), 22, 20, 5), GRID);
        int[] span = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(cells(ROAD, null, null, span, span, span, span, span), aniso);
    }

    /** Triangle (1, 1), (8, 1), (1, 8): centres with c ≥ 1, r ≥ 1 and c + r ≤ 7 (the hypotenuse x + y = 9) — 21 cells. */
    @Test
    void polygonBurnsTheCellsWhoseCentreIsInside() {
        byte[] out = burn(AssetShapes.of(List.of(polygon("solar_park", new double[] {1, 1, 8, 1, 1, 8, 1, 1})), 30, 10, 10), GRID);
        byte[] expected = new byte[100];
        for (int r = 1; r <= 6; r++) for (int c = 1; c <= 7 - r; c++) expected[r * 10 + c] = SOLAR;
        assertArrayEquals(expected, out);
        assertEquals(21, count(out));
    }

    /**
     * Overlaps take the class with the highest asset value (settlement 1.0 over road 0.6), ties the lower code
     * (industrial_mining 9 over solar_park 10, both 0.8), whatever order the classes come in.
     */
    @Test
    void overlapsTakeTheMostValuableClass() {
        AssetShapes.ClassShapes village = polygon("settlement", new double[] {2, 2, 6, 2, 6, 6, 2, 6, 2, 2});
        AssetShapes.ClassShapes road = lines("road", new double[] {0, 4.5, 10, 4.5});
        AssetShapes.ClassShapes solar = polygon("solar_park", new double[] {0, 7, 5, 7, 5, 10, 0, 10, 0, 7});
        AssetShapes.ClassShapes mine = polygon("industrial_mining", new double[] {3, 8, 10, 8, 10, 10, 3, 10, 3, 8});
        byte[] a = burn(AssetShapes.of(List.of(village, road, solar, mine), 0, 10, 10), GRID);
        byte[] b = burn(AssetShapes.of(List.of(mine, solar, road, village), 0, 10, 10), GRID);
        assertArrayEquals(a, b);
        assertEquals(ROAD, a[4 * 10 + 1]);
        assertEquals(SETTLEMENT, a[4 * 10 + 3]); // road row through the village
        assertEquals(ROAD, a[4 * 10 + 7]);
        assertEquals(SOLAR, a[8 * 10 + 2]);
        assertEquals(INDUSTRIAL, a[8 * 10 + 4]); // overlap of solar park and mine
        assertEquals(INDUSTRIAL, a[9 * 10 + 8]);
        assertEquals(0, a[0]);
    }

    /** Tiles give the same cells as the whole grid (halo-free: each cell is decided by its own centre and the lines). */
    @Test
    void tilesAgreeWithTheWholeGrid() {
        AssetShapes s = AssetShapes.of(List.of(lines("road", new double[] {0, 2.2, 10, 7.2}, new double[] {3.3, 0, 3.3, 10}),
                polygon("farmland", new double[] {1, 1, 8, 1, 1, 8, 1, 1})), 27, 10, 10);
        byte[] whole = burn(s, GRID);
        byte[] tiled = new byte[100];
        for (int r0 = 0; r0 < 10; r0 += 3) {
            for (int c0 = 0; c0 < 10; c0 += 4) {
                Window w = new Window(c0, r0, Math.min(4, 10 - c0), Math.min(3, 10 - r0));
                byte[] t = burn(s, w);
                for (int r = 0; r < w.height(); r++) System.arraycopy(t, r * w.width(), tiled, (r0 + r) * 10 + c0, w.width());
            }
        }
        assertArrayEquals(whole, tiled);
        assertEquals(true, count(whole) > 40, "lines and polygon cover many cells: " + count(whole));
    }

    static int count(byte[] a) {
        int n = 0;
        for (byte b : a) if (b != 0) n++;
        return n;
    }
}
