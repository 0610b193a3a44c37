package org.dunefront.sweep;

import java.util.SplittableRandom;

/**
 * Latin hypercube sampling (McKay, Beckman &amp; Conover 1979, Technometrics 21(2):239–245): each
 * of the {@code n} equal strata of every dimension holds exactly one sample; within a stratum the
 * position is uniform. Deterministic for a given seed (SplittableRandom).
 */
public final class LatinHypercube {
    private LatinHypercube() { }

    /** {@code n} points in [0, 1)^{dims}; {@code result[i][d]} lies in stratum {@code floor(result[i][d] * n)}. */
    public static double[][] unit(int n, int dims, long seed) {
        if (n < 1 || dims < 1) throw new IllegalArgumentException("need n >= 1 and dims >= 1, got " + n + ", " + dims);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] out = new double[n][dims];
        for (int d = 0; d < dims; d++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            for (int i = 0; i < n; i++) out[i][d] = (perm[i] + rnd.nextDouble()) / n;
        }
        return out;
    }

    /** Scales unit samples to [lo[d], hi[d]] per dimension. */
    public static double[][] scaled(int n, double[] lo, double[] hi, long seed) {
        double[][] u = unit(n, lo.length, seed);
        for (double[] p : u) for (int d = 0; d < lo.length; d++) p[d] = lo[d] + p[d] * (hi[d] - lo[d]);
        return u;
    }
}
