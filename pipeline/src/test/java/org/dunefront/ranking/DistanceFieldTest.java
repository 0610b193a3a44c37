package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact {@link DistanceField} (int a² + b² on square cells, float32 otherwise) against the
 * double transform and brute force, on random grids wide enough to span several column chunks.
 */
class DistanceFieldTest {

    @Test
    void squareCellsAreBitIdenticalToTheDoubleTransformAndExact() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int w = 1 + rnd.nextInt(trial % 4 == 0 ? 200 : 40), h = 1 + rnd.nextInt(40);
            double cell = new double[] {30, 10, 2.5, 90}[trial % 4];
            boolean[] f = randomFeatures(rnd, w, h);
            double[] ref = DistanceTransform.distanceM(f, w, h, cell, cell);
            DistanceField d = DistanceTransform.field(i -> f[i], w, h, cell, cell);
            for (int i = 0; i < f.length; i++) {
                assertEquals(Double.doubleToLongBits(ref[i]), Double.doubleToLongBits(d.distanceM(i)),
                        "trial " + trial + " cell " + i + ": " + ref[i] + " vs " + d.distanceM(i));
                if (i % 7 == 0) assertEquals(bruteForce(f, w, i, cell, cell), d.distanceM(i), 1e-9 * Math.max(1, ref[i]));
            }
        }
    }

    @Test
    void anisotropicCellsAreWithinFloatPrecision() {
        Random rnd = new Random(6);
        for (int trial = 0; trial < 20; trial++) {
            int w = 1 + rnd.nextInt(80), h = 1 + rnd.nextInt(30);
            double dx = 5 + rnd.nextInt(50), dy = dx + 1 + rnd.nextInt(20);
            boolean[] f = randomFeatures(rnd, w, h);
            DistanceField d = DistanceTransform.field(i -> f[i], w, h, dx, dy);
            for (int i = 0; i < f.length; i++) {
                double best = bruteForce(f, w, i, dx, dy);
                assertEquals(best, d.distanceM(i), 1e-6 * Math.max(1, best), "trial " + trial + " cell " + i);
            }
        }
    }

    @Test
    void noFeatureGivesInfinity() {
        DistanceField d = DistanceTransform.field(i -> false, 70, 3, 30, 30);
        for (int i = 0; i < 210; i++) assertEquals(Double.POSITIVE_INFINITY, d.distanceM(i));
        DistanceField a = DistanceTransform.field(i -> false, 7, 3, 30, 20);
        assertEquals(Double.POSITIVE_INFINITY, a.distanceM(20));
    }

    private static boolean[] randomFeatures(Random rnd, int w, int h) {
        boolean[] f = new boolean[w * h];
        double density = rnd.nextDouble() * 0.1;
        for (int i = 0; i < f.length; i++) f[i] = rnd.nextDouble() < density;
        f[rnd.nextInt(f.length)] = true;
        return f;
    }

    private static double bruteForce(boolean[] f, int w, int i, double dx, double dy) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < f.length; j++) {
            if (f[j]) best = Math.min(best, Math.hypot((i % w - j % w) * dx, (i / w - j / w) * dy));
        }
        return best;
    }
}
