package org.dunefront.sample;

/**
 * Seeded 2-D value noise and fractal Brownian motion (fBm): random values on an integer lattice,
 * blended with a smoothstep (Perlin 1985 "An image synthesizer", value-noise variant). The
 * lattice values come from a SplitMix64 hash of (seed, ix, iy) (Steele, Lea &amp; Flood 2014), so
 * a value depends only on the seed and the position: no state, no thread-order effects.
 * Immutable and thread-safe.
 */
final class ValueNoise {
    private final long seed;

    ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Noise in [-1, 1] at (x, y) in lattice units. */
    double at(double x, double y) {
        double fx = Math.floor(x), fy = Math.floor(y);
        long ix = (long) fx, iy = (long) fy;
        double tx = smooth(x - fx), ty = smooth(y - fy);
        double a = lattice(ix, iy), b = lattice(ix + 1, iy);
        double c = lattice(ix, iy + 1), d = lattice(ix + 1, iy + 1);
        double top = a + (b - a) * tx, bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /**
     * fBm: Σ_{o<octaves} gain^o · noise(x·2^o / scale, y·2^o / scale), normalised to about [-1, 1].
     *
     * @param scale feature size in the units of x and y (the first octave's lattice spacing)
     */
    double fbm(double x, double y, double scale, int octaves, double gain) {
        double sum = 0, amp = 1, norm = 0, f = 1 / scale;
        for (int o = 0; o < octaves; o++) {
            // offset each octave so that lattice points of different octaves do not coincide
            sum += amp * at(x * f + 17.31 * o, y * f - 9.73 * o);
            norm += amp;
            amp *= gain;
            f *= 2;
        }
        return sum / norm;
    }

    private double lattice(long ix, long iy) {
        long h = mix(seed ^ mix(ix * 0x9E3779B97F4A7C15L + iy * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
