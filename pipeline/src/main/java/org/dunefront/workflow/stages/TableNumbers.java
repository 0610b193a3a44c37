package org.dunefront.workflow.stages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the plan stage's analyst tables ({@code summary.csv}, {@code priorities.csv}) print numbers: a fixed
 * number of decimals per unit, rounded half-up from the double's shortest decimal form ({@link Double#toString}:
 * 1.005 → "1.01", as a reader of the number expects), printed with a '.' decimal point and no grouping
 * whatever the default locale, so that the files are the same bytes on every machine. Sums are
 * rounded once, after adding the exact per-patch values, so a total can differ from the sum of its
 * rounded rows by the rounding of each row.
 *
 * <table>
 *   <caption>Precision per unit (docs/plan-outputs.md repeats it)</caption>
 *   <tr><th>unit</th><th>decimals</th><th>why</th></tr>
 *   <tr><td>hectares</td><td>2</td><td>0.01 ha = 100 m², a ninth of one 30 m cell</td></tr>
 *   <tr><td>CNY</td><td>0</td><td>whole yuan</td></tr>
 *   <tr><td>m³ and m³/yr of sand</td><td>1</td><td>a small patch intercepts a few m³/yr</td></tr>
 *   <tr><td>scores, criteria (0..1)</td><td>4</td><td>ties closer than 1e-4 are not meaningful</td></tr>
 *   <tr><td>years</td><td>1</td><td>the model's time step is at most a year</td></tr>
 * </table>
 *
 * Tables meant for re-reading by the pipeline (the rank stage's {@code patches.csv}) keep
 * {@link Double#toString} instead, so that they round-trip exactly.
 */
enum TableNumbers {
    HECTARES(2),
    CNY(0),
    CUBIC_METRES(1),
    SCORE(4),
    YEARS(1);

    private final int decimals;

    TableNumbers(int decimals) {
        this.decimals = decimals;
    }

    /** Decimals printed. */
    int decimals() {
        return decimals;
    }

    /** Half of the last printed decimal: the largest difference between a value and its printed form. */
    double halfUnit() {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** {@code value} with {@link #decimals()} decimals, e.g. HECTARES: 1042.1100000000001 → "1042.11"; never "-0.00". */
    String format(double value) {
        if (!Double.isFinite(value)) return "";
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }
}
