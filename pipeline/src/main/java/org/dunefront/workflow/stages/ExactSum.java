package org.dunefront.workflow.stages;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact sum of float values, independent of the order they are added in (so a grid summed
 * tile by tile on several threads gives the same bits for any tile size or thread count). Every
 * float is an integer m (24 bits) times 2^(e − 150) for its biased exponent e; the m's are added
 * into one 64-bit accumulator per exponent (no rounding; 2^39 values fit), and {@link #value()}
 * rounds the total once to the nearest double (Kulisch's long accumulator, 1981, reduced to floats).
 *
 * <p>Not thread-safe: one per thread, then {@link #add(ExactSum)}.
 */
final class ExactSum {
    private static final BigDecimal TWO_POW_MINUS_150 = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(150)));
    private final long[] byExponent = new long[256];

    /** Adds a finite float (the caller leaves out NaN and infinities). */
    void add(float v) {
        int bits = Float.floatToRawIntBits(v);
        int e = (bits >>> 23) & 0xFF;
        int m = bits & 0x7FFFFF;
        if (e == 0) e = 1; else m |= 0x800000;
        byExponent[e] += bits < 0 ? -m : m;
    }

    void add(ExactSum other) {
        for (int i = 0; i < byExponent.length; i++) byExponent[i] += other.byExponent[i];
    }

    /** The sum rounded once to the nearest double. */
    double value() {
        BigInteger total = BigInteger.ZERO;
        for (int e = 255; e >= 1; e--) {
            if (byExponent[e] != 0) total = total.add(BigInteger.valueOf(byExponent[e]).shiftLeft(e));
        }
        return new BigDecimal(total).multiply(TWO_POW_MINUS_150).doubleValue();
    }
}
