package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DesertFrontTest {

    @Test
    void handBuiltFrontMovingThreeCellsInThreeYearsAdvancesTenMetresPerYear() {
        int w = 10, h = 5;
        double[] before = new double[w * h], after = new double[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                before[r * w + c] = c <= 4 ? 1.0 : 0.0;
                after[r * w + c] = c <= 7 ? 1.0 : 0.0;
            }
        }
        float[] d0 = DesertFront.distanceToSandM(before, w, h, 10, 10, 0.05);
        assertEquals(0f, d0[2 * w + 4]);
        assertEquals(30f, d0[2 * w + 7]);
        FrontStats s = DesertFront.stats(after, d0, w, h, 0.05, 3);
        assertEquals(5, s.frontCells(), "the front is column 7 (grid edges are not front)");
        assertEquals(5, s.advancedCells());
        assertEquals(30.0, s.medianAdvanceM(), 1e-6);
        assertEquals(10.0, s.medianAdvanceRateMPerYr(), 1e-6);
        assertEquals(10.0, s.p90AdvanceRateMPerYr(), 1e-6);
        FrontStats still = DesertFront.stats(before, d0, w, h, 0.05, 3);
        assertEquals(5, still.frontCells());
        assertEquals(0, still.advancedCells());
        assertEquals(0.0, still.medianAdvanceRateMPerYr(), 0);
    }

    @Test
    void unevenFrontHasTheRightMedianAndPercentile() {
        // Rows advance 1, 2, 3, 4, 5 cells of 20 m: advances 20..100 m → median 60, p90 = 92 (type 7).
        int w = 12, h = 5;
        double[] before = new double[w * h], after = new double[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                before[r * w + c] = c <= 2 ? 1 : 0;
                after[r * w + c] = c <= 2 + r + 1 ? 1 : 0;
            }
        }
        float[] d0 = DesertFront.distanceToSandM(before, w, h, 20, 20, 0.05);
        FrontStats s = DesertFront.stats(after, d0, w, h, 0.05, 2);
        assertEquals(60.0, s.medianAdvanceM(), 1e-4);
        assertEquals(92.0, s.p90AdvanceM(), 1e-4);
        assertEquals(30.0, s.medianAdvanceRateMPerYr(), 1e-4);
    }

    @Test
    void distanceTransformIsExactAgainstBruteForceWithRectangularCells() {
        Random rnd = new Random(3);
        int w = 17, h = 11;
        double dx = 30, dy = 20;
        double[] t = new double[w * h];
        for (int i = 0; i < t.length; i++) t[i] = rnd.nextInt(9) == 0 ? 1 : 0;
        float[] d = DesertFront.distanceToSandM(t, w, h, dx, dy, 0.5);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int r2 = 0; r2 < h; r2++) {
                    for (int c2 = 0; c2 < w; c2++) {
                        if (t[r2 * w + c2] > 0.5) best = Math.min(best, Math.hypot((c - c2) * dx, (r - r2) * dy));
                    }
                }
                assertEquals(best, d[r * w + c], 1e-3, "cell " + c + "," + r);
            }
        }
    }
}
