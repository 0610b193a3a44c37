package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dunefront.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * AHP against Saaty's published "choosing the best house" example: T.L. Saaty (1990), "How to make a
 * decision: The analytic hierarchy process", European Journal of Operational Research 48(1):9–26
 * (also in Saaty 1980, <i>The Analytic Hierarchy Process</i>, and Saaty, "Hard mathematics applied to
 * soft decisions"). The paper gives, for the eight criteria, priorities
 * .173 .054 .188 .018 .031 .036 .167 .333 with λmax = 9.669, CI = 0.238, CR = 0.169, and for the
 * "yard space" comparison of houses A, B, C priorities .674 .101 .226 with λmax = 3.086, CR = 0.074.
 * λmax is recomputed independently here by power iteration.
 */
class AhpTest {
    static final double[][] HOUSE_CRITERIA = {
        {1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0},
        {1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0},
        {1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0},
        {1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0},
        {1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0},
        {1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0},
        {3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0},
        {4, 7, 5, 8, 6, 6, 2, 1}};
    static final double[][] YARD = {{1, 5, 4}, {1 / 5.0, 1, 1 / 3.0}, {1 / 4.0, 3, 1}};

    @Test
    void saatyHouseCriteriaReproducePublishedWeightsAndConsistency() {
        AhpResult r = Ahp.analyse(HOUSE_CRITERIA, "ranking.ahp");
        double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
        assertArrayEquals(published, r.weights(), 0.0005);
        assertEquals(9.669, r.lambdaMax(), 0.0005);
        assertEquals(0.238, r.ci(), 0.0005);
        assertEquals(1.41, r.ri());
        assertEquals(0.169, r.cr(), 0.0005);
        assertEquals(powerIterationLambda(HOUSE_CRITERIA), r.lambdaMax(), 1e-9);
        assertEquals(1.0, sum(r.weights()), 1e-12);
    }

    @Test
    void saatyYardComparisonIsAcceptedWithPublishedWeights() {
        AhpResult r = Ahp.weights(YARD, "ranking.ahp");
        assertArrayEquals(new double[] {.674, .101, .226}, r.weights(), 0.0005);
        assertEquals(3.086, r.lambdaMax(), 0.0005);
        assertEquals(0.074, r.cr(), 0.0005);
        assertEquals(powerIterationLambda(YARD), r.lambdaMax(), 1e-9);
        // CR recomputed from the definitions
        assertEquals((r.lambdaMax() - 3) / 2 / 0.58, r.cr(), 1e-12);
    }

    @Test
    void inconsistentMatrixIsRejectedWithItsConsistencyRatioAndKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Ahp.weights(HOUSE_CRITERIA, "ranking.ahp.pairwise"));
        assertTrue(e.getMessage().contains("CR = 0.169"), e.getMessage());
        assertTrue(e.getMessage().startsWith("ranking.ahp.pairwise: "), e.getMessage());
        assertEquals(2, e.exitCode());
        // a cyclic judgement A > B > C > A is grossly inconsistent
        double[][] cyclic = {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}};
        ConfigurationException c = assertThrows(ConfigurationException.class, () -> Ahp.weights(cyclic, "k"));
        double cr = Ahp.analyse(cyclic, "k").cr();
        assertTrue(cr >= 0.1);
        assertTrue(c.getMessage().contains(String.format(java.util.Locale.ROOT, "CR = %.3f", cr)), c.getMessage());
    }

    @Test
    void perfectlyConsistentMatrixGivesExactRatiosAndZeroCr() {
        double[] w = {0.5, 0.25, 0.15, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) a[i][j] = w[i] / w[j];
        AhpResult r = Ahp.weights(a, "k");
        assertArrayEquals(w, r.weights(), 1e-12);
        assertEquals(4, r.lambdaMax(), 1e-9);
        assertEquals(0, r.cr(), 1e-9);
        assertArrayEquals(new double[] {1}, Ahp.weights(new double[][] {{1}}, "k").weights());
        assertArrayEquals(new double[] {0.75, 0.25}, Ahp.weights(new double[][] {{1, 3}, {1 / 3.0, 1}}, "k").weights(), 1e-12);
    }

    @Test
    void malformedMatricesAreConfigurationErrors() {
        assertThrows(ConfigurationException.class, () -> Ahp.weights(new double[][] {{1, 2}, {2, 1}}, "k"));
        assertThrows(ConfigurationException.class, () -> Ahp.weights(new double[][] {{1, 2}, {0.5}}, "k"));
        assertThrows(ConfigurationException.class, () -> Ahp.weights(new double[][] {{1, -2}, {-0.5, 1}}, "k"));
        assertThrows(ConfigurationException.class, () -> Ahp.weights(new double[][] {{2, 1}, {1, 2}}, "k"));
        assertThrows(ConfigurationException.class, () -> Ahp.weights(new double[11][11], "k"));
        // judgements rounded to two decimals are still reciprocal enough
        Ahp.weights(new double[][] {{1, 3, 5}, {0.33, 1, 2}, {0.2, 0.5, 1}}, "k");
    }

    @Test
    void directWeightsMustSumToOne() {
        List<Criterion> cs = List.of(Criterion.PROTECTIVE_VALUE, Criterion.COST_PER_HA);
        CriterionWeights ok = CriterionWeights.direct(cs, new double[] {0.7, 0.3}, "ranking.weights");
        assertEquals(List.of(0.7, 0.3), ok.weights());
        assertTrue(ok.ahp().isEmpty());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> CriterionWeights.direct(cs, new double[] {0.7, 0.31}, "ranking.weights"));
        assertTrue(e.getMessage().startsWith("ranking.weights: the weights sum to 1.01"), e.getMessage());
        assertThrows(ConfigurationException.class, () -> CriterionWeights.direct(cs, new double[] {1}, "k"));
        assertThrows(ConfigurationException.class, () -> CriterionWeights.direct(cs, new double[] {1.5, -0.5}, "k"));
        CriterionWeights fromAhp = CriterionWeights.fromAhp(
                List.of(Criterion.PROTECTIVE_VALUE, Criterion.SLOPE, Criterion.COST_PER_HA), YARD, "k");
        assertEquals(0.674, fromAhp.weights().get(0), 0.0005);
        assertEquals(0.074, fromAhp.ahp().orElseThrow().cr(), 0.0005);
    }

    /** λmax by power iteration: x ← A·x / |A·x|, λ = (A·x)ᵢ / xᵢ. */
    static double powerIterationLambda(double[][] a) {
        int n = a.length;
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double lambda = 0;
        for (int it = 0; it < 10_000; it++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) y[i] += a[i][j] * x[j];
            double s = sum(y);
            double next = s / sum(x);
            for (int i = 0; i < n; i++) x[i] = y[i] / s;
            if (Math.abs(next - lambda) < 1e-14) { lambda = next; break; }
            lambda = next;
        }
        return lambda;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }
}
