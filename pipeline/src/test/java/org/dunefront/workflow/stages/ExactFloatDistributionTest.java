package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact order statistics and sums against a full sort and BigDecimal, split over partials in any order. */
class ExactFloatDistributionTest {

    private static float[] values(long seed, int n) {
        Random rnd = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            switch (i % 7) {
                case 0 -> v[i] = (float) rnd.nextGaussian() * 1e-3f;
                case 1 -> v[i] = 0.0f;
                case 2 -> v[i] = -0.0f;
                case 3 -> v[i] = Float.NaN;
                case 4 -> v[i] = 12.5f;                                 // many ties in one bucket
                case 5 -> v[i] = (float) (rnd.nextDouble() * 1e6 - 5e5);
                default -> v[i] = Float.intBitsToFloat(rnd.nextInt() & 0x7F7FFFFF) * (rnd.nextBoolean() ? 1 : -1);
            }
        }
        return v;
    }

    private static ExactFloatDistribution twoPasses(float[] v, double[] p, int parts) {
        ExactFloatDistribution total = new ExactFloatDistribution(p);
        for (int pass = 0; pass < 2; pass++) {
            // partials over interleaved slices, merged in reverse order: order must not matter
            ExactFloatDistribution[] partial = new ExactFloatDistribution[parts];
            for (int k = 0; k < parts; k++) partial[k] = total.emptyCopy();
            for (int i = v.length - 1; i >= 0; i--) partial[i % parts].add(v[i]);
            for (int k = parts - 1; k >= 0; k--) total.merge(partial[k]);
            if (pass == 0) total.startSecondPass();
        }
        return total;
    }

    @Test
    void percentilesMinMaxAndMeanEqualAFullSort() {
        double[] p = {0.1, 0.5, 0.9, 0.37};
        float[] v = values(11, 20011);
        ExactFloatDistribution d = twoPasses(v, p, 3);
        float[] finite = new float[v.length];
        int k = 0;
        BigDecimal exact = BigDecimal.ZERO;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            finite[k++] = x;
            exact = exact.add(new BigDecimal(x));
        }
        float[] sorted = Arrays.copyOf(finite, k);
        Arrays.sort(sorted);
        assertEquals(k, d.count());
        for (double q : p) assertEquals(WindStatsMath.sortedPercentile(sorted, q), d.percentile(q), 0, "p" + q);
        assertEquals(Float.floatToRawIntBits(sorted[0]), Float.floatToRawIntBits((float) d.min()));
        assertEquals(sorted[k - 1], d.max(), 0);
        assertEquals(exact.doubleValue() / k, d.mean(), 0);
        assertEquals(d.percentile(0.5), twoPasses(v, p, 1).percentile(0.5), 0);
    }

    @Test
    void negativeZeroSortsBelowPositiveZero() {
        ExactFloatDistribution d = twoPasses(new float[] {0.0f, -0.0f, 1f}, new double[] {0.5}, 2);
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits((float) d.min()));
        assertEquals(0.0, d.percentile(0.5), 0);
        assertEquals(1, (int) d.max());
    }

    @Test
    void emptyGivesNaN() {
        ExactFloatDistribution d = twoPasses(new float[] {Float.NaN, Float.POSITIVE_INFINITY}, new double[] {0.5}, 2);
        assertEquals(0, d.count());
        assertEquals(Double.NaN, d.percentile(0.5));
        assertEquals(Double.NaN, d.mean());
    }

    @Test
    void exactSumIsTheCorrectlyRoundedSumInAnyOrder() {
        float[] v = {1e30f, 1f, -1e30f, 3.5e-40f, 1e-7f, -2.5f};
        ExactSum a = new ExactSum(), b = new ExactSum();
        BigDecimal exact = BigDecimal.ZERO;
        for (float x : v) {
            a.add(x);
            exact = exact.add(new BigDecimal(x));
        }
        for (int i = v.length - 1; i >= 0; i--) b.add(v[i]);
        assertEquals(exact.doubleValue(), a.value(), 0);
        assertEquals(a.value(), b.value(), 0);
        // naive double summation loses the 1 next to 1e30; the exact sum keeps it
        assertEquals(-1.5 + 1e-7f + 3.5e-40f, a.value(), 1e-15);
    }
}
