package org.dunefront.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The in-place 3-4 chamfer transform on hand-computed grids (Borgefors 1986: 3 units a side step, 4 a diagonal). */
class ChamferTest {

    @Test
    void sideStepsAreThreeUnitsAndDiagonalsFour() {
        int[] d = Chamfer.field(3, 3);
        d[4] = 0; // centre
        Chamfer.transform(d, 3, 3);
        assertArrayEquals(new int[] {4, 3, 4, 3, 0, 3, 4, 3, 4}, d);
        assertEquals(4f / 3f, Chamfer.cells(d[0]));
        assertEquals(1f, Chamfer.cells(d[1]));
    }

    @Test
    void distancesAlongARowGrowByOneCellPerStep() {
        int[] d = Chamfer.field(5, 1);
        d[0] = 0;
        Chamfer.transform(d, 5, 1);
        assertArrayEquals(new int[] {0, 3, 6, 9, 12}, d);
        assertEquals(4f, Chamfer.cells(d[4]));
    }

    @Test
    void knightMoveIsADiagonalPlusASideStep() {
        // (2, 1) from the mask: one diagonal (4) + one side step (3) = 7 units = 2.33 cells (Euclidean 2.24)
        int[] d = Chamfer.field(3, 2);
        d[0] = 0;
        Chamfer.transform(d, 3, 2);
        assertEquals(7, d[5]);
    }

    @Test
    void anEmptyMaskLeavesEveryCellInfinitelyFar() {
        int[] d = Chamfer.field(4, 3);
        Chamfer.transform(d, 4, 3);
        for (int v : d) assertEquals(Float.POSITIVE_INFINITY, Chamfer.cells(v));
    }
}
