package org.dunefront.ranking;

import java.util.Arrays;

/**
 * Result of an AHP pairwise-comparison analysis (Saaty 1980, <i>The Analytic Hierarchy Process</i>,
 * McGraw-Hill).
 *
 * @param weights   principal right eigenvector normalised to sum 1 (one weight per criterion)
 * @param lambdaMax principal eigenvalue λmax (≥ n for a positive reciprocal matrix)
 * @param ci        consistency index CI = (λmax − n)/(n − 1); 0 for n ≤ 2
 * @param ri        Saaty's random index RI for this n
 * @param cr        consistency ratio CR = CI/RI; 0 when RI = 0 (n ≤ 2, always consistent)
 */
public record AhpResult(double[] weights, double lambdaMax, double ci, double ri, double cr) {
    public AhpResult {
        weights = weights.clone();
    }

    @Override public double[] weights() { return weights.clone(); }

    public int size() { return weights.length; }

    @Override public boolean equals(Object o) {
        return o instanceof AhpResult r && Arrays.equals(r.weights, weights) && r.lambdaMax == lambdaMax
                && r.ci == ci && r.ri == ri && r.cr == cr;
    }

    @Override public int hashCode() { return Arrays.hashCode(weights) ^ Double.hashCode(cr); }

    @Override public String toString() {
        return "AhpResult[weights=" + Arrays.toString(weights) + ", lambdaMax=" + lambdaMax + ", CI=" + ci
                + ", RI=" + ri + ", CR=" + cr + "]";
    }
}
