package org.dunefront.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dunefront.error.ConfigurationException;

/**
 * Criteria and their weights (Σ = 1), either from an AHP pairwise matrix ({@link #fromAhp}) or given
 * directly ({@link #direct}). Immutable.
 *
 * @param criteria the criteria, in the order of the weights and of {@link CriterionScores#raw()}
 * @param weights  one weight per criterion, each ≥ 0, summing to 1 ± 1e-9
 * @param ahp      the AHP analysis when the weights came from a pairwise matrix
 */
public record CriterionWeights(List<Criterion> criteria, List<Double> weights, Optional<AhpResult> ahp) {
    /** Tolerance on Σ weights = 1 for direct weights. */
    public static final double SUM_TOLERANCE = 1e-9;

    public CriterionWeights {
        criteria = List.copyOf(criteria);
        weights = List.copyOf(weights);
        ahp = ahp == null ? Optional.empty() : ahp;
        if (criteria.size() != weights.size() || criteria.isEmpty()) {
            throw new IllegalArgumentException(criteria.size() + " criteria but " + weights.size() + " weights");
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : criteria) {
            if (!ids.add(c.id())) throw new IllegalArgumentException("duplicate criterion " + c.id());
        }
    }

    /**
     * Weights given directly; they must be finite, ≥ 0 and sum to 1 ± 1e-9.
     *
     * @throws ConfigurationException naming {@code configKey} otherwise
     */
    public static CriterionWeights direct(List<Criterion> criteria, double[] weights, String configKey) {
        if (weights.length != criteria.size()) {
            throw new ConfigurationException(configKey, weights.length + " weights given for " + criteria.size()
                    + " criteria " + ids(criteria), "Give exactly one weight per criterion");
        }
        double sum = 0;
        List<Double> ws = new ArrayList<>();
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] >= 0) || !Double.isFinite(weights[k])) {
                throw new ConfigurationException(configKey, "weight of " + criteria.get(k).id() + " = " + weights[k]
                        + " is not a finite number ≥ 0", "Use weights between 0 and 1");
            }
            sum += weights[k];
            ws.add(weights[k]);
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new ConfigurationException(configKey, String.format(Locale.ROOT,
                    "the weights sum to %.12g, not 1", sum), "Scale the weights so that they sum to exactly 1");
        }
        return new CriterionWeights(criteria, ws, Optional.empty());
    }

    /** Weights from an AHP pairwise matrix; rejects CR ≥ 0.1 (see {@link Ahp#weights}). */
    public static CriterionWeights fromAhp(List<Criterion> criteria, double[][] pairwise, String configKey) {
        if (pairwise.length != criteria.size()) {
            throw new ConfigurationException(configKey, "the AHP matrix has " + pairwise.length + " rows for "
                    + criteria.size() + " criteria " + ids(criteria), "Give one row and column per criterion, in order");
        }
        AhpResult r = Ahp.weights(pairwise, configKey);
        List<Double> ws = new ArrayList<>();
        for (double w : r.weights()) ws.add(w);
        return new CriterionWeights(criteria, ws, Optional.of(r));
    }

    public int size() { return criteria.size(); }

    double weightAt(int k) { return weights.get(k); }

    private static String ids(List<Criterion> cs) {
        return cs.stream().map(Criterion::id).toList().toString();
    }
}
