package org.dunefront.ranking;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Exact Euclidean distance transform in metres: for every cell, the distance from its centre to the
 * centre of the nearest feature cell (0 on features, +∞ when the grid has no feature).
 *
 * <p>Algorithm: Felzenszwalb &amp; Huttenlocher (2012), "Distance Transforms of Sampled Functions",
 * Theory of Computing 8:415–428 — the squared distance is separable; a 1-D lower envelope of
 * parabolas is computed along every column (cell height Δy) and then along every row (cell width Δx),
 * giving exact results with anisotropic cells in O(N). For binary features the column transform reduces
 * to the distance to the nearest feature row (two row-major sweeps); rows and column chunks run on all
 * cores (the common fork-join pool) and the result is the same for any thread count. Memory: the
 * result array only (the row pass works in place). {@link #field} gives the same distances in a
 * compact {@link DistanceField} (4 bytes per cell) from a feature predicate, so callers need no
 * boolean mask either.
 */
public final class DistanceTransform {
    static final double FAR = 1e20;

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
        for (boolean f : features) if (f) { any = true; break; }
        if (!any) { java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY); return d2; }
        // Pass 1 (columns): for binary features the 1-D transform is the squared distance to the nearest
        // feature row, found by a forward and a backward row-major sweep (cache-friendly, no transpose);
        // chunks of columns run on all cores.
        double s2y = cellHeightM * cellHeightM;
        int chunk = Math.max(64, (width + 63) / 64);
        IntStream.range(0, (width + chunk - 1) / chunk).parallel().forEach(k ->
                columnPass(features, width, height, k * chunk, Math.min(width, (k + 1) * chunk), s2y, d2));
        // Pass 2 (rows): lower envelope of parabolas along each row, in place; rows run on all cores.
        double s2x = cellWidthM * cellWidthM;
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(width));
        IntStream.range(0, height).parallel().forEach(r -> {
            Scratch t = scratch.get();
            System.arraycopy(d2, r * width, t.f, 0, width);
            envelope(t.f, width, s2x, t.d, t.v, t.z);
            for (int c = 0; c < width; c++) d2[r * width + c] = Math.sqrt(t.d[c]);
        });
        return d2;
    }

    /**
     * The same distances as {@link #distanceM} in a {@link DistanceField} of 4 bytes per cell.
     *
     * @param feature true where cell i (row-major) is a feature; called once or twice per cell,
     *                possibly from several threads
     */
    public static DistanceField field(IntPredicate feature, int width, int height, double cellWidthM, double cellHeightM) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("size must be ≥ 1");
        if (!(cellWidthM > 0) || !(cellHeightM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        if (!storesSquaredCells(width, height, cellWidthM, cellHeightM)) {
            boolean[] f = new boolean[width * height];
            for (int i = 0; i < f.length; i++) f[i] = feature.test(i);
            double[] d = distanceM(f, width, height, cellWidthM, cellHeightM);
            float[] m = new float[d.length];
            for (int i = 0; i < m.length; i++) m[i] = (float) d[i];
            return new DistanceField(width, height, m);
        }
        int[] k = new int[width * height];
        // Pass 1 (columns): squared row distance to the nearest feature in the column, in cells² (NONE without).
        int chunk = Math.max(64, (width + 63) / 64);
        boolean[] any = new boolean[(width + chunk - 1) / chunk];
        IntStream.range(0, any.length).parallel().forEach(c ->
                any[c] = columnPassCells(feature, width, height, c * chunk, Math.min(width, (c + 1) * chunk), k));
        boolean anyFeature = false;
        for (boolean a : any) anyFeature |= a;
        if (!anyFeature) {
            java.util.Arrays.fill(k, -1);
            return new DistanceField(width, height, cellWidthM * cellWidthM, k);
        }
        // Pass 2 (rows): exact lower envelope in cell units, in place; rows on all cores.
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(width));
        IntStream.range(0, height).parallel().forEach(r -> {
            Scratch t = scratch.get();
            for (int c = 0; c < width; c++) t.f[c] = k[r * width + c];
            envelope(t.f, width, 1.0, t.d, t.v, t.z);
            for (int c = 0; c < width; c++) k[r * width + c] = (int) t.d[c];
        });
        return new DistanceField(width, height, cellWidthM * cellWidthM, k);
    }

    /**
     * True when {@link #field} stores squared cell distances (square cells, a² + b² fits an int);
     * false when it stores float32 metres.
     */
    static boolean storesSquaredCells(int width, int height, double cellWidthM, double cellHeightM) {
        long maxK = (long) width * width + (long) height * height;
        return cellWidthM == cellHeightM && maxK < Integer.MAX_VALUE / 2;
    }

    /** Column chunk of {@link #field}'s pass 1; returns whether the chunk has a feature. */
    private static boolean columnPassCells(IntPredicate feature, int width, int height, int c0, int c1, int[] k) {
        int n = c1 - c0;
        int[] last = new int[n];
        java.util.Arrays.fill(last, -1);
        boolean any = false;
        for (int r = 0; r < height; r++) {
            int row = r * width;
            for (int j = 0; j < n; j++) {
                int i = row + c0 + j;
                if (feature.test(i)) { last[j] = r; any = true; }
                long dq = r - last[j];
                k[i] = last[j] < 0 ? FAR_CELLS : (int) (dq * dq);
            }
        }
        java.util.Arrays.fill(last, -1);
        for (int r = height - 1; r >= 0; r--) {
            int row = r * width;
            for (int j = 0; j < n; j++) {
                int i = row + c0 + j;
                if (k[i] == 0) last[j] = r;
                if (last[j] < 0) continue;
                long dq = last[j] - r;
                if (dq * dq < k[i]) k[i] = (int) (dq * dq);
            }
        }
        return any;
    }

    /** "No feature in this column" in pass 1 of {@link #field}: larger than any real a² + b², far from overflow. */
    static final int FAR_CELLS = Integer.MAX_VALUE / 2;

    /** Squared distance s2·Δr² to the nearest feature in the same column (FAR when the column has none). */
    private static void columnPass(boolean[] features, int width, int height, int c0, int c1, double s2, double[] d2) {
        int n = c1 - c0;
        int[] last = new int[n];
        java.util.Arrays.fill(last, -1);
        for (int r = 0; r < height; r++) {
            int row = r * width;
            for (int j = 0; j < n; j++) {
                int i = row + c0 + j;
                if (features[i]) last[j] = r;
                double dq = r - last[j];
                d2[i] = last[j] < 0 ? FAR : s2 * dq * dq;
            }
        }
        java.util.Arrays.fill(last, -1);
        for (int r = height - 1; r >= 0; r--) {
            int row = r * width;
            for (int j = 0; j < n; j++) {
                int i = row + c0 + j;
                if (features[i]) last[j] = r;
                if (last[j] < 0) continue;
                double dq = last[j] - r;
                double v = s2 * dq * dq;
                if (v < d2[i]) d2[i] = v;
            }
        }
    }

    /** Per-thread work arrays of the row pass. */
    static final class Scratch {
        final double[] f, d, z;
        final int[] v;

        Scratch(int n) {
            f = new double[n];
            d = new double[n];
            z = new double[n + 1];
            v = new int[n];
        }
    }

    /** 1-D squared distance d(q) = min_p (s2·(q − p)² + f(p)) by the lower envelope of parabolas. */
    static void envelope(double[] f, int n, double s2, double[] d, int[] v, double[] z) {
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
