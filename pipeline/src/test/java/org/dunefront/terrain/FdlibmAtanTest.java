package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Java port of fdlibm's atan gives the bits of {@link StrictMath#atan} (and {@link Math#atan}). */
class FdlibmAtanTest {

    private static void same(double x) {
        long expected = Double.doubleToRawLongBits(StrictMath.atan(x));
        assertEquals(expected, Double.doubleToRawLongBits(FdlibmAtan.atan(x)), "atan(" + x + ")");
        assertEquals(Double.doubleToRawLongBits(Math.atan(x)), Double.doubleToRawLongBits(FdlibmAtan.atan(x)), "Math.atan(" + x + ")");
    }

    @Test
    void specialValuesAndEveryBranchBoundary() {
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 0.5, 1.5, 0.4375, 0.6875,
            1.1875, 2.4375, Math.scalb(1.0, 66), Math.scalb(1.0, -29), Math.scalb(1.0, -27), 1e-300, 1e300};
        for (double s : special) {
            same(s);
            same(Math.nextUp(s));
            same(Math.nextDown(s));
        }
    }

    @Test
    void randomArgumentsOverAllMagnitudes() {
        Random rnd = new Random(2002);
        for (int i = 0; i < 400_000; i++) {
            same(rnd.nextGaussian() * 0.05); // Sx tangents: mostly small slopes
            same((rnd.nextDouble() - 0.5) * 8); // every reduction interval
            same(Double.longBitsToDouble(rnd.nextLong())); // any bit pattern
        }
    }
}
