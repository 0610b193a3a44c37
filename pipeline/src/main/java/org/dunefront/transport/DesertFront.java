package org.dunefront.transport;

import java.util.Arrays;

/**
 * Desert-front measures based on an exact Euclidean distance transform (Felzenszwalb &amp;
 * Huttenlocher 2012, "Distance transforms of sampled functions", Theory of Computing 8:415–428),
 * separable over columns then rows with the true cell sizes. The advance of a front cell is its
 * distance (between cell centres) to the nearest initially sand-covered cell; dividing by the
 * elapsed time gives the advance rate (m/yr) along the front. This measures net outward
 * displacement only (a receding edge has advance 0).
 */
public final class DesertFront {
    private DesertFront() {
    }

    /**
     * Distance (m) from each cell centre to the nearest cell whose thickness exceeds {@code thresholdM};
     * 0 on such cells, +∞ everywhere when there is none.
     */
    public static float[] distanceToSandM(double[] thicknessM, int width, int height, double cellSizeXM,
                                          double cellSizeYM, double thresholdM) {
        int n = width * height;
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) d2[i] = thicknessM[i] > thresholdM ? 0 : Double.POSITIVE_INFINITY;
        double[] f = new double[Math.max(width, height)], out = new double[f.length];
        int[] v = new int[f.length];
        double[] z = new double[f.length + 1];
        for (int c = 0; c < width; c++) {
            for (int r = 0; r < height; r++) f[r] = d2[r * width + c];
            edt1d(f, height, cellSizeYM, out, v, z);
            for (int r = 0; r < height; r++) d2[r * width + c] = out[r];
        }
        float[] res = new float[n];
        for (int r = 0; r < height; r++) {
            System.arraycopy(d2, r * width, f, 0, width);
            edt1d(f, width, cellSizeXM, out, v, z);
            for (int c = 0; c < width; c++) res[r * width + c] = (float) Math.sqrt(out[c]);
        }
        return res;
    }

    /** One-dimensional squared-distance transform of {@code f[0..n)} with sample spacing {@code s}. */
    private static void edt1d(double[] f, int n, double s, double[] d, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) continue;
            double xq = q * s;
            while (k >= 0) {
                double xv = v[k] * s;
                double sep = ((f[q] + xq * xq) - (f[v[k]] + xv * xv)) / (2 * (xq - xv));
                if (sep <= z[k]) k--;
                else {
                    k++;
                    v[k] = q;
                    z[k] = sep;
                    z[k + 1] = Double.POSITIVE_INFINITY;
                    break;
                }
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
            }
        }
        if (k < 0) {
            Arrays.fill(d, 0, n, Double.POSITIVE_INFINITY);
            return;
        }
        int j = 0;
        for (int q = 0; q < n; q++) {
            double xq = q * s;
            while (z[j + 1] < xq) j++;
            double dx = xq - v[j] * s;
            d[q] = dx * dx + f[v[j]];
        }
    }

    /**
     * The front at {@code year}: front cells of {@code thicknessM} and the distribution of their
     * advance (distance to the initial sand, {@code distanceToInitialSandM}).
     */
    public static FrontStats stats(double[] thicknessM, float[] distanceToInitialSandM, int width, int height,
                                   double thresholdM, double year) {
        int front = 0;
        float[] adv = new float[16];
        int na = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                if (!(thicknessM[i] > thresholdM)) continue;
                boolean edge = (c > 0 && !(thicknessM[i - 1] > thresholdM))
                        || (c < width - 1 && !(thicknessM[i + 1] > thresholdM))
                        || (r > 0 && !(thicknessM[i - width] > thresholdM))
                        || (r < height - 1 && !(thicknessM[i + width] > thresholdM));
                if (!edge) continue;
                front++;
                float d = distanceToInitialSandM[i];
                if (d > 0 && d < Float.POSITIVE_INFINITY) {
                    if (na == adv.length) adv = Arrays.copyOf(adv, na * 2);
                    adv[na++] = d;
                }
            }
        }
        float[] a = Arrays.copyOf(adv, na);
        Arrays.sort(a);
        return new FrontStats(year, front, na, percentile(a, 0.5), percentile(a, 0.9));
    }

    /** Linear-interpolated percentile (Hyndman &amp; Fan type 7) of sorted values; 0 for none. */
    static double percentile(float[] sorted, double p) {
        if (sorted.length == 0) return 0;
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * ((double) sorted[hi] - sorted[lo]);
    }
}
