package org.dunefront.ranking;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.dunefront.error.ConfigurationException;

/**
 * Analytic Hierarchy Process weights from a pairwise-comparison matrix (Saaty 1977, J. Math. Psychol.
 * 15(3):234–281; Saaty 1980, <i>The Analytic Hierarchy Process</i>; Saaty 1990, Eur. J. Oper. Res.
 * 48(1):9–26).
 *
 * <p>Weights are the principal right eigenvector w of the positive reciprocal matrix A
 * (A·w = λmax·w), normalised to Σw = 1, computed with Commons Math {@link EigenDecomposition}.
 * Consistency: CI = (λmax − n)/(n − 1), CR = CI/RI with Saaty's random index
 * RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1…10. A matrix with CR ≥ 0.1 is
 * rejected by {@link #weights}; {@link #analyse} reports without judging.
 */
public final class Ahp {
    /** Saaty's random consistency index for n = 1..10 (index n − 1). */
    private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** Saaty's acceptance limit: CR must be below this. */
    public static final double MAX_CONSISTENCY_RATIO = 0.1;
    /** Relative tolerance of a[i][j]·a[j][i] = 1, loose enough for judgements written as 0.33 or 0.14. */
    private static final double RECIPROCAL_TOLERANCE = 0.025;

    private Ahp() {}

    /** Saaty's random index RI for an n × n matrix (1 ≤ n ≤ 10). */
    public static double randomIndex(int n) {
        if (n < 1 || n > RANDOM_INDEX.length) {
            throw new IllegalArgumentException("AHP random index is tabulated for n = 1..10, got " + n);
        }
        return RANDOM_INDEX[n - 1];
    }

    /**
     * Weights of a pairwise matrix, rejecting inconsistent judgements.
     *
     * @param pairwise  n × n positive reciprocal matrix, a[i][j] = importance of i over j (Saaty 1–9 scale)
     * @param configKey configuration key named in error messages (e.g. {@code ranking.ahp.matrix})
     * @throws ConfigurationException when the matrix is not square, not positive, not reciprocal, has
     *                                more than 10 criteria, or CR ≥ 0.1 (the message gives the CR)
     */
    public static AhpResult weights(double[][] pairwise, String configKey) {
        AhpResult r = analyse(pairwise, configKey);
        if (r.cr() >= MAX_CONSISTENCY_RATIO) {
            throw new ConfigurationException(configKey,
                    String.format(Locale.ROOT, "the AHP pairwise matrix is inconsistent: consistency ratio CR = %.3f "
                            + "(λmax = %.3f, CI = %.3f, RI = %.2f, n = %d) is not below %.1f",
                            r.cr(), r.lambdaMax(), r.ci(), r.ri(), r.size(), MAX_CONSISTENCY_RATIO),
                    "Revise the judgements that contradict each other (if A > B and B > C then A should be "
                            + "at least as important over C), or give the weights directly");
        }
        return r;
    }

    /** Weights, λmax, CI and CR of a valid pairwise matrix, without the CR &lt; 0.1 test. */
    public static AhpResult analyse(double[][] pairwise, String configKey) {
        int n = validate(pairwise, configKey);
        if (n == 1) return new AhpResult(new double[] {1}, 1, 0, 0, 0);
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(pairwise, true));
        double[] re = eig.getRealEigenvalues(), im = eig.getImagEigenvalues();
        int best = -1;
        for (int k = 0; k < n; k++) {
            // Perron root: real, largest; complex pairs of a reciprocal matrix are never the principal one
            if (Math.abs(im[k]) > 1e-9 * Math.max(1, Math.abs(re[k]))) continue;
            if (best < 0 || re[k] > re[best]) best = k;
        }
        double lambda = re[best];
        RealVector v = eig.getEigenvector(best);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) { w[i] = Math.abs(v.getEntry(i)); sum += w[i]; }
        for (int i = 0; i < n; i++) w[i] /= sum;
        double ci = Math.max(0, (lambda - n) / (n - 1));
        double ri = randomIndex(n);
        double cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(w, lambda, ci, ri, cr);
    }

    private static int validate(double[][] a, String key) {
        if (a == null || a.length == 0) {
            throw new ConfigurationException(key, "the AHP pairwise matrix is empty", "Give one row per criterion");
        }
        int n = a.length;
        if (n > RANDOM_INDEX.length) {
            throw new ConfigurationException(key, "the AHP pairwise matrix has " + n + " criteria; Saaty's random "
                    + "index is tabulated up to 10", "Group the criteria into at most 10, or give weights directly");
        }
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                throw new ConfigurationException(key, "row " + (i + 1) + " of the AHP pairwise matrix has "
                        + (a[i] == null ? 0 : a[i].length) + " values, expected " + n, "Make the matrix square");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new ConfigurationException(key, "AHP entry [" + (i + 1) + "][" + (j + 1) + "] = " + v
                            + " is not a positive number", "Use Saaty's scale 1/9 … 9");
                }
                if (i == j && Math.abs(v - 1) > 1e-9) {
                    throw new ConfigurationException(key, "AHP diagonal entry [" + (i + 1) + "][" + (i + 1) + "] = "
                            + v + " is not 1", "A criterion is equally important as itself: put 1 on the diagonal");
                }
                if (Math.abs(v * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw new ConfigurationException(key, "AHP entries [" + (i + 1) + "][" + (j + 1) + "] = " + v
                            + " and [" + (j + 1) + "][" + (i + 1) + "] = " + a[j][i] + " are not reciprocal",
                            "Set a[j][i] = 1 / a[i][j]");
                }
            }
        }
        return n;
    }
}
