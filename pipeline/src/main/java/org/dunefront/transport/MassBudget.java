package org.dunefront.transport;

/**
 * Sand volumes of a run, m³ of deposit (bulk volume, thickness × cell area): initial = final +
 * outflow + sunk up to round-off.
 *
 * @param initialM3 sand on the grid at the start
 * @param finalM3   sand on the grid at the end (including sand trapped on assets)
 * @param outflowM3 sand that left through open boundaries
 * @param sunkM3    sand absorbed by sinks (water, wetland, dense forest)
 */
public record MassBudget(double initialM3, double finalM3, double outflowM3, double sunkM3) {

    /** (final + outflow + sunk − initial) / initial; 0 for an empty grid. */
    public double relativeError() {
        return initialM3 == 0 ? 0 : (finalM3 + outflowM3 + sunkM3 - initialM3) / initialM3;
    }
}
