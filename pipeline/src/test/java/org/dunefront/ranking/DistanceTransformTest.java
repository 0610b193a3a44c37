package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistanceTransformTest {

    @Test
    void handComputedCase() {
        // single feature at (0,0) in a 3×2 grid with 30 m × 40 m cells
        boolean[] f = {true, false, false, false, false, false};
        double[] d = DistanceTransform.distanceM(f, 3, 2, 30, 40);
        assertArrayEquals(new double[] {0, 30, 60, 40, 50, Math.hypot(60, 40)}, d, 1e-9);
    }

    @Test
    void noFeatureGivesInfinity() {
        double[] d = DistanceTransform.distanceM(new boolean[4], 2, 2, 10, 10);
        for (double v : d) assertEquals(Double.POSITIVE_INFINITY, v);
    }

    @Test
    void equalsBruteForceOnRandomGrids() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int w = 1 + rnd.nextInt(30), h = 1 + rnd.nextInt(30);
            double dx = 5 + rnd.nextInt(50), dy = 5 + rnd.nextInt(50);
            boolean[] f = new boolean[w * h];
            double density = rnd.nextDouble() * 0.2;
            for (int i = 0; i < f.length; i++) f[i] = rnd.nextDouble() < density;
            f[rnd.nextInt(f.length)] = true;
            double[] d = DistanceTransform.distanceM(f, w, h, dx, dy);
            for (int i = 0; i < f.length; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < f.length; j++) {
                    if (f[j]) best = Math.min(best, Math.hypot((i % w - j % w) * dx, (i / w - j / w) * dy));
                }
                assertEquals(best, d[i], 1e-9 * Math.max(1, best), "trial " + trial + " cell " + i);
            }
        }
    }

    /**
     * The column pass runs in chunks of at least 64 columns on several threads and the row pass in
     * place: a grid wider than several chunks, with empty columns, must still equal brute force.
     */
    @Test
    void wideGridAcrossColumnChunksEqualsBruteForce() {
        Random rnd = new Random(7);
        int w = 333, h = 41;
        double dx = 30, dy = 17;
        boolean[] f = new boolean[w * h];
        int[] fc = new int[12], fr = new int[12];
        for (int k = 0; k < fc.length; k++) {
            fc[k] = rnd.nextInt(w);
            fr[k] = rnd.nextInt(h);
            f[fr[k] * w + fc[k]] = true;
        }
        double[] d = DistanceTransform.distanceM(f, w, h, dx, dy);
        for (int i = 0; i < f.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < fc.length; k++) best = Math.min(best, Math.hypot((i % w - fc[k]) * dx, (i / w - fr[k]) * dy));
            assertEquals(best, d[i], 1e-9 * Math.max(1, best), "cell " + i);
        }
    }
}
