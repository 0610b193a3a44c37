package org.dunefront.ranking;

/**
 * Exact Euclidean distance transform in metres: for every cell, the distance from its centre to the
 * centre of the nearest feature cell (0 on features, +∞ when the grid has no feature).
 *
 * <p>Algorithm: Felzenszwalb &amp; Huttenlocher (2012), "Distance Transforms of Sampled Functions",
 * Theory of Computing 8:415–428 — the squared distance is separable; a 1-D lower envelope of
 * parabolas is computed along every column (cell height Δy) and then along every row (cell width Δx),
 * giving exact results with anisotropic cells in O(N).
 */
public final class DistanceTransform {
    private static final double FAR = 1e20;

    private DistanceTransform() {}

    /**
     * @param features    true where a feature (water, road, …) is; row-major, length width·height
     * @param cellWidthM  cell width Δx in metres (&gt; 0)
     * @param cellHeightM cell height Δy in metres (&gt; 0)
     * @return distances in metres, row-major
     */
    public static double[] distanceM(boolean[] features, int width, int height, double cellWidthM, double cellHeightM) {
        if ((long) width * height != features.length) throw new IllegalArgumentException("size mismatch");
        if (!(cellWidthM > 0) || !(cellHeightM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        double[] d2 = new double[features.length];
        boolean any = false;
        for (int i = 0; i < d2.length; i++) { d2[i] = features[i] ? 0 : FAR; any |= features[i]; }
        double[] out = new double[features.length];
        if (!any) { java.util.Arrays.fill(out, Double.POSITIVE_INFINITY); return out; }
        int len = Math.max(width, height);
        double[] f = new double[len], d = new double[len], z = new double[len + 1];
        int[] v = new int[len];
        for (int c = 0; c < width; c++) {
            for (int r = 0; r < height; r++) f[r] = d2[r * width + c];
            envelope(f, height, cellHeightM * cellHeightM, d, v, z);
            for (int r = 0; r < height; r++) d2[r * width + c] = d[r];
        }
        for (int r = 0; r < height; r++) {
            System.arraycopy(d2, r * width, f, 0, width);
            envelope(f, width, cellWidthM * cellWidthM, d, v, z);
            for (int c = 0; c < width; c++) out[r * width + c] = Math.sqrt(d[c]);
        }
        return out;
    }

    /** 1-D squared distance d(q) = min_p (s2·(q − p)² + f(p)) by the lower envelope of parabolas. */
    private static void envelope(double[] f, int n, double s2, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, s2, q, v[k]);
            while (s <= z[k]) { // z[0] = −∞ stops the loop at k = 0
                k--;
                s = intersection(f, s2, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) k++;
            double dq = q - v[k];
            d[q] = s2 * dq * dq + f[v[k]];
        }
    }

    /** Abscissa where the parabolas rooted at q and p intersect. */
    private static double intersection(double[] f, double s2, int q, int p) {
        return ((f[q] + s2 * (double) q * q) - (f[p] + s2 * (double) p * p)) / (2 * s2 * (q - p));
    }
}
