package org.dunefront.sweep;

/**
 * Kendall's rank correlation τ-b, which corrects for ties in either ranking:
 * <pre>
 *   τ_b = (n_c − n_d) / sqrt((n_0 − n_1)(n_0 − n_2))
 *   n_0 = n(n−1)/2, n_1 = Σ_i t_i(t_i−1)/2 over tie groups of x, n_2 = Σ_j u_j(u_j−1)/2 over tie groups of y
 * </pre>
 * with n_c / n_d the concordant / discordant pairs (pairs tied in x or y are neither). Kendall, M.G.
 * (1945) "The treatment of ties in ranking problems", Biometrika 33(3):239–251. The O(n²) pair
 * count is exact and fast enough for the few thousand patches of a plan.
 */
public final class KendallTau {
    private KendallTau() { }

    /** τ-b of two equally long samples; NaN when fewer than 2 values or either is constant. */
    public static double tauB(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("samples differ in length: " + x.length + " vs " + y.length);
        int n = x.length;
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int sx = Double.compare(x[i], x[j]), sy = Double.compare(y[i], y[j]);
                if (sx == 0) tiesX++;
                if (sy == 0) tiesY++;
                if (sx != 0 && sy != 0) {
                    if (sx == sy) concordant++; else discordant++;
                }
            }
        }
        long n0 = (long) n * (n - 1) / 2;
        double denom = Math.sqrt((double) (n0 - tiesX) * (n0 - tiesY));
        return denom == 0 ? Double.NaN : (concordant - discordant) / denom;
    }
}
